import { Module } from '@nestjs/common';
import { IdentityModule } from '@modules/identity';
import { OwnersModule } from '../owners';
import { OwnerHoldings } from './application/owner-holdings';
import { OwnershipPersonalData } from './application/ownership-personal-data';
import { OwnershipsService } from './application/ownerships.service';
import { ReaderScopes } from './application/reader-scope';
import { RepresentativesService } from './application/representatives.service';
import { UnitsService } from './application/units.service';
import { RepresentativeRepository } from './domain/representative.repository';
import { UnitRepository } from './domain/unit.repository';
import { RelatedUnitsController } from './http/related-units.controller';
import { UnitOwnersController } from './http/unit-owners.controller';
import { registerRepresentativeProblems } from './http/representative-problems';
import { registerUnitProblems } from './http/unit-problems';
import { UnitQuotasController } from './http/unit-quotas.controller';
import { UnitRepresentativeController } from './http/unit-representative.controller';
import { UnitsController } from './http/units.controller';
import { PostgresOwnerHoldings } from './infrastructure/postgres-owner-holdings';
import { PostgresRepresentativeRepository } from './infrastructure/postgres-representative.repository';
import { PostgresUnitRepository } from './infrastructure/postgres-unit.repository';

@Module({
  imports: [OwnersModule, IdentityModule],
  controllers: [
    UnitsController,
    UnitQuotasController,
    UnitOwnersController,
    RelatedUnitsController,
    UnitRepresentativeController,
  ],
  providers: [
    UnitsService,
    OwnershipsService,
    ReaderScopes,
    OwnershipPersonalData,
    RepresentativesService,
    { provide: UnitRepository, useClass: PostgresUnitRepository },
    { provide: OwnerHoldings, useClass: PostgresOwnerHoldings },
    { provide: RepresentativeRepository, useClass: PostgresRepresentativeRepository },
  ],
  exports: [UnitsService, OwnershipsService],
})
export class UnitsModule {
  constructor() {
    registerUnitProblems();
    registerRepresentativeProblems();
  }
}
