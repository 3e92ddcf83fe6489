import { Module } from '@nestjs/common';
import { UnitsModule } from '@modules/units';
import { BuildingVisibility } from './application/building-visibility';
import { BuildingsService } from './application/buildings.service';
import { BuildingRepository } from './domain/building.repository';
import { registerBuildingProblems } from './http/building-problems';
import { BuildingsController } from './http/buildings.controller';
import { PostgresBuildingRepository } from './infrastructure/postgres-building.repository';
import { UnitsFacadeBuildingVisibility } from './infrastructure/units-facade.building-visibility';

@Module({
  imports: [UnitsModule],
  controllers: [BuildingsController],
  providers: [
    BuildingsService,
    { provide: BuildingRepository, useClass: PostgresBuildingRepository },
    { provide: BuildingVisibility, useClass: UnitsFacadeBuildingVisibility },
  ],
  exports: [BuildingsService],
})
export class BuildingsModule {
  constructor() {
    registerBuildingProblems();
  }
}
