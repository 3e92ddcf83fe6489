import { Module } from '@nestjs/common';
import { UnitsModule } from '@modules/units';
import { BuildingVisibility } from './application/building-visibility';
import { BookClosingsService } from './application/book-closings.service';
import { BuildingsService } from './application/buildings.service';
import { BookClosingRepository } from './domain/book-closing.repository';
import { BuildingRepository } from './domain/building.repository';
import { registerBuildingProblems } from './http/building-problems';
import { BuildingClosingsController } from './http/building-closings.controller';
import { BuildingsController } from './http/buildings.controller';
import { BookClosingHooks } from './infrastructure/book-closing-hooks';
import { PostgresBookClosingRepository } from './infrastructure/postgres-book-closing.repository';
import { PostgresBuildingRepository } from './infrastructure/postgres-building.repository';
import { UnitsFacadeBuildingVisibility } from './infrastructure/units-facade.building-visibility';

@Module({
  imports: [UnitsModule],
  controllers: [BuildingsController, BuildingClosingsController],
  providers: [
    BuildingsService,
    BookClosingsService,
    BookClosingHooks,
    { provide: BookClosingRepository, useClass: PostgresBookClosingRepository },
    { provide: BuildingRepository, useClass: PostgresBuildingRepository },
    { provide: BuildingVisibility, useClass: UnitsFacadeBuildingVisibility },
  ],
  exports: [BuildingsService, BookClosingHooks],
})
export class BuildingsModule {
  constructor() {
    registerBuildingProblems();
  }
}
