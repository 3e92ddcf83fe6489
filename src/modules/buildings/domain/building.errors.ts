import { DomainError } from '../../../shared/domain';

/** A field breaks a building rule the HTTP validation should have caught first. */
export class InvalidBuilding extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_BUILDING';
  constructor(field: string, reason: string) {
    super(`Invalid building ${field}: ${reason}`, { field });
  }
}

export class InvalidPostalAddress extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_ADDRESS';
  constructor(field: string, value: string) {
    super(`Invalid ${field} "${value}"`, { field });
  }
}

export class BuildingHasUnits extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'BUILDING_HAS_UNITS';
  constructor(unitCount: number) {
    super(`The building still has ${unitCount} unit(s); delete them first`, { unitCount });
  }
}

export class TotalQuotaBelowAllocated extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'TOTAL_QUOTA_BELOW_ALLOCATED';
  constructor(totalQuota: number, allocatedQuota: number) {
    super(`The units already hold ${allocatedQuota} quotas: the total cannot be ${totalQuota}`, {
      totalQuota,
      allocatedQuota,
    });
  }
}

export class TotalUnitsBelowCount extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'TOTAL_UNITS_BELOW_COUNT';
  constructor(totalUnits: number, unitCount: number) {
    super(`The building already has ${unitCount} units: the total cannot be ${totalUnits}`, { totalUnits, unitCount });
  }
}
