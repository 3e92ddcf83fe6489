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

/** Expenses are accounting history: a building with expenses (cancelled ones too) is never deleted. */
export class BuildingHasExpenses extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'BUILDING_HAS_EXPENSES';
  constructor() {
    super('The building has expenses (accounting history): it cannot be deleted');
  }
}

/** General assemblies are the owners' history: a building with meetings is never deleted. */
export class BuildingHasMeetings extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'BUILDING_HAS_MEETINGS';
  constructor() {
    super('The building has general assemblies: deleting it would erase their history');
  }
}

/** Deleting a building would orphan its documents and their files: delete the documents first. */
export class BuildingHasDocuments extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'BUILDING_HAS_DOCUMENTS';
  constructor() {
    super('The building has documents: delete them first');
  }
}

/** The building's funds, calls for funds and owners' payments are accounting facts: they keep the building. */
export class BuildingHasFunds extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'BUILDING_HAS_FUNDS';
  constructor() {
    super(
      'The building has funds, calls for funds, payments or bank statements (accounting history): it cannot be deleted',
    );
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
