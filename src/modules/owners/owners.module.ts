import { Module } from '@nestjs/common';
import { OwnersService } from './application/owners.service';
import { OwnerRepository } from './domain/owner.repository';
import { OwnersController } from './http/owners.controller';
import { TypeOrmOwnerRepository } from './infrastructure/typeorm-owner.repository';

@Module({
  controllers: [OwnersController],
  providers: [OwnersService, { provide: OwnerRepository, useClass: TypeOrmOwnerRepository }],
  exports: [OwnersService],
})
export class OwnersModule {}
