import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { IdentityModule } from '../identity';
import { AuthService } from './application/auth.service';
import { LoginThrottle } from './application/login-throttle';
import { RefreshSessionStore } from './domain/refresh-session.store';
import { AuthController } from './http/auth.controller';
import { MemoryLoginThrottle } from './infrastructure/memory-login.throttle';
import { RedisLoginThrottle } from './infrastructure/redis-login.throttle';
import { PostgresRefreshSessionStore } from './infrastructure/postgres-refresh-session.store';
import { registerAuthProblems } from './http/auth-problems';

/** Sign-in, token refresh with rotation, sign-out, and the login rate limit. */
@Module({
  imports: [IdentityModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    { provide: RefreshSessionStore, useClass: PostgresRefreshSessionStore },
    {
      provide: LoginThrottle,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        config.redisUrl ? RedisLoginThrottle.connect(config.redisUrl) : new MemoryLoginThrottle(),
    },
  ],
})
export class AuthModule {
  constructor() {
    registerAuthProblems();
  }
}
