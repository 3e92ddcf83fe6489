import { Module } from '@nestjs/common';
import { UnitsModule, UnitsService } from '../units';
import { BuildingVisibility } from './application/building-visibility';
import { BuildingsService } from './application/buildings.service';
import { BuildingRepository } from './domain/building.repository';
import { registerBuildingProblems } from './http/building-problems';
import { BuildingsController } from './http/buildings.controller';
import { PostgresBuildingRepository } from './infrastructure/postgres-building.repository';

@Module({
  imports: [UnitsModule],
  controllers: [BuildingsController],
  providers: [
    BuildingsService,
    { provide: BuildingRepository, useClass: PostgresBuildingRepository },
    { provide: BuildingVisibility, useExisting: UnitsService },
  ],
  exports: [BuildingsService],
})
export class BuildingsModule {
  constructor() {
    registerBuildingProblems();
  }
}
