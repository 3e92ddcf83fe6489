import { Module } from '@nestjs/common';
import { IdentityModule } from '@modules/identity';
import { OwnerAccounts } from './application/owner-accounts';
import { OwnerPersonalData } from './application/owner-personal-data';
import { OwnerConsentsService } from './application/owner-consents.service';
import { OwnersService } from './application/owners.service';
import { ConsentRegister } from './domain/consent.register';
import { OwnerRepository } from './domain/owner.repository';
import { registerOwnerProblems } from './http/owner-problems';
import { OwnerConsentController } from './http/owner-consent.controller';
import { OwnersController } from './http/owners.controller';
import { PostgresConsentRegister } from './infrastructure/postgres-consent.register';
import { PostgresOwnerRepository } from './infrastructure/postgres-owner.repository';
import { UsersFacadeOwnerAccounts } from './infrastructure/users-facade.owner-accounts';

@Module({
  imports: [IdentityModule],
  controllers: [OwnersController, OwnerConsentController],
  providers: [
    OwnersService,
    OwnerPersonalData,
    OwnerConsentsService,
    { provide: OwnerRepository, useClass: PostgresOwnerRepository },
    { provide: OwnerAccounts, useClass: UsersFacadeOwnerAccounts },
    { provide: ConsentRegister, useClass: PostgresConsentRegister },
  ],
  exports: [OwnersService],
})
export class OwnersModule {
  constructor() {
    registerOwnerProblems();
  }
}
