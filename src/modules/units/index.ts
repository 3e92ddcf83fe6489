export { UnitsModule } from './units.module';
export { UnitsService } from './application/units.service';
export type { UnitForDistribution } from './application/unit.inputs';
export type {
  BuildingOwnershipHistory,
  HoldingSpan,
  OwnershipSpan,
  QuotaSpan,
  UnitOwnershipHistory,
} from './domain/unit.repository';
export type { UnitSnapshot, UnitType } from './domain/unit';
export type { CalendarDate } from '../../shared/domain/calendar-date';
export { OwnershipsService } from './application/ownerships.service';
export { RepresentativesService } from './application/representatives.service';
