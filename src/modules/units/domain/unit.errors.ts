import { DomainError } from '../../../shared/domain';

export class InvalidUnit extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_UNIT';
  constructor(field: string, reason: string) {
    super(`Invalid unit ${field}: ${reason}`, { field });
  }
}

/** On some date (null: since the deed) the quotas of the building's units would exceed its total. */
export class QuotaExceeded extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'QUOTA_EXCEEDED';
  constructor(wouldBe: number, totalQuota: number, day?: string | null) {
    const when = day === undefined ? '' : day === null ? ' since the deed' : ` on ${day}`;
    // The database's own check (the last net) knows the date but not the figures.
    const what = totalQuota > 0 ? `reach ${wouldBe} of the building's ${totalQuota}` : "exceed the building's total";
    super(`The units' quotas would ${what}${when}`, {
      wouldBe,
      totalQuota,
      day: day === undefined ? '' : (day ?? 'since the deed'),
    });
  }
}

/** A new quota must start after the current period's start: an earlier date would rewrite recorded periods. */
export class QuotaHistoryConflict extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'QUOTA_HISTORY_CONFLICT';
  constructor(validFrom: string, currentFrom: string | null) {
    super(
      currentFrom === null
        ? `The unit has no current quota to end on ${validFrom}`
        : `A new quota from ${validFrom} must start after the current one, which holds from ${currentFrom}`,
      { validFrom, currentFrom: currentFrom ?? '' },
    );
  }
}

export class UnitLimitReached extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'UNIT_LIMIT_REACHED';
  constructor(totalUnits: number) {
    super(`The building already has its ${totalUnits} units`, { totalUnits });
  }
}

export class DuplicateUnitNumber extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'DUPLICATE_UNIT_NUMBER';
  constructor(unitNumber: string) {
    super(`The building already has a unit numbered "${unitNumber}"`, { unitNumber });
  }
}

export class UnitHasOwnerships extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'UNIT_HAS_OWNERSHIPS';
  constructor() {
    super('The unit has ownerships (current or past): deleting it would lose their history');
  }
}

/** Expenses of the building are distributed over all its units by quota: deleting one would rewrite past charges. */
export class UnitHasCharges extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'UNIT_HAS_CHARGES';
  constructor() {
    super("The unit's building has expenses distributed over its units: deleting it would change those charges");
  }
}

/** Civil Code art. 3.87 §10: the votes a unit carried at an assembly are part of its record and are kept. */
export class UnitHasAssemblyRecords extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'UNIT_HAS_ASSEMBLY_RECORDS';
  constructor() {
    super('The unit carried votes at a general assembly (its record is kept): it cannot be deleted');
  }
}

export class OwnershipOver100 extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'OWNERSHIP_OVER_100';
  constructor(peak: string, day: string) {
    super(`The active shares of the unit would reach ${peak} % on ${day}`, { peak, day });
  }
}

export class OwnershipAlreadyActive extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'OWNERSHIP_ALREADY_ACTIVE';
  constructor() {
    super('This owner already holds a share of the unit for that period; end it or transfer to it instead');
  }
}

export class OwnershipPeriodInvalid extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'OWNERSHIP_PERIOD_INVALID';
  constructor(startDate: string, endDate: string) {
    super(`An ownership that starts on ${startDate} cannot end on ${endDate}`, { startDate, endDate });
  }
}

export class TransferToSameOwner extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'TRANSFER_TO_SAME_OWNER';
  constructor() {
    super('A transfer needs two different owners');
  }
}
