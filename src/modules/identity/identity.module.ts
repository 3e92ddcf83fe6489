import { Module } from '@nestjs/common';
import { SessionValidator } from '../../shared/http/session-validator';
import { DatabaseSessionValidator } from './infrastructure/database-session.validator';

@Module({
  providers: [{ provide: SessionValidator, useClass: DatabaseSessionValidator }],
  exports: [SessionValidator],
})
export class IdentityModule {}
