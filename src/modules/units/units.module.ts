import { Module } from '@nestjs/common';
import { OwnersModule } from '../owners';
import { OwnershipsService } from './application/ownerships.service';
import { ReaderScopes } from './application/reader-scope';
import { UnitsService } from './application/units.service';
import { UnitRepository } from './domain/unit.repository';
import { RelatedUnitsController } from './http/related-units.controller';
import { UnitOwnersController } from './http/unit-owners.controller';
import { UnitsController } from './http/units.controller';
import { TypeOrmUnitRepository } from './infrastructure/typeorm-unit.repository';

@Module({
  imports: [OwnersModule],
  controllers: [UnitsController, UnitOwnersController, RelatedUnitsController],
  providers: [
    UnitsService,
    OwnershipsService,
    ReaderScopes,
    { provide: UnitRepository, useClass: TypeOrmUnitRepository },
  ],
  exports: [UnitsService, OwnershipsService],
})
export class UnitsModule {}
