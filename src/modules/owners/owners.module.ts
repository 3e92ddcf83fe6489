import { Module } from '@nestjs/common';
import { IdentityModule } from '@modules/identity';
import { OwnerAccounts } from './application/owner-accounts';
import { OwnerPersonalData } from './application/owner-personal-data';
import { OwnersService } from './application/owners.service';
import { OwnerRepository } from './domain/owner.repository';
import { registerOwnerProblems } from './http/owner-problems';
import { OwnersController } from './http/owners.controller';
import { PostgresOwnerRepository } from './infrastructure/postgres-owner.repository';
import { UsersFacadeOwnerAccounts } from './infrastructure/users-facade.owner-accounts';

@Module({
  imports: [IdentityModule],
  controllers: [OwnersController],
  providers: [
    OwnersService,
    OwnerPersonalData,
    { provide: OwnerRepository, useClass: PostgresOwnerRepository },
    { provide: OwnerAccounts, useClass: UsersFacadeOwnerAccounts },
  ],
  exports: [OwnersService],
})
export class OwnersModule {
  constructor() {
    registerOwnerProblems();
  }
}
