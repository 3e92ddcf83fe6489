import { Module } from '@nestjs/common';
import { SessionValidator } from '../../shared/http/session-validator';
import { AccountHooks } from './application/account-hooks';
import { CredentialsService } from './application/credentials.service';
import { OrganizationsService } from './application/organizations.service';
import { PersonalDataRegistry } from './application/personal-data.registry';
import { PersonalDataService } from './application/personal-data.service';
import { PlatformAccountsService } from './application/platform-accounts.service';
import { UsersService } from './application/users.service';
import { AuditLog } from './domain/audit-log';
import { OrganizationRepository } from './domain/organization.repository';
import { PasswordHasher } from './domain/password-hasher';
import { UserRepository } from './domain/user.repository';
import { OrganizationsController } from './http/organizations.controller';
import { UsersController } from './http/users.controller';
import { Argon2PasswordHasher } from './infrastructure/argon2-password.hasher';
import { DatabaseAuditLog } from './infrastructure/database-audit.log';
import { CachedSessionValidator } from './infrastructure/cached-session.validator';
import { PostgresOrganizationRepository } from './infrastructure/postgres-organization.repository';
import { PostgresUserRepository } from './infrastructure/postgres-user.repository';
import { registerIdentityProblems } from './http/identity-problems';

/** Organizations (tenants), their users, the audit trail and personal-data rights. */
@Module({
  controllers: [OrganizationsController, UsersController],
  providers: [
    OrganizationsService,
    UsersService,
    CredentialsService,
    PersonalDataService,
    PersonalDataRegistry,
    PlatformAccountsService,
    AccountHooks,
    { provide: OrganizationRepository, useClass: PostgresOrganizationRepository },
    { provide: UserRepository, useClass: PostgresUserRepository },
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    { provide: AuditLog, useClass: DatabaseAuditLog },
    { provide: SessionValidator, useClass: CachedSessionValidator },
  ],
  exports: [
    OrganizationsService,
    UsersService,
    CredentialsService,
    PersonalDataRegistry,
    PlatformAccountsService,
    AccountHooks,
    AuditLog,
    SessionValidator,
  ],
})
export class IdentityModule {
  constructor() {
    registerIdentityProblems();
  }
}
