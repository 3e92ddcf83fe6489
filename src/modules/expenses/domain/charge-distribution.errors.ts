import { DomainError } from '@shared/domain';

/** The amount is not a whole, non-zero number of cents within the distribution ceiling either way. */
export class InvalidDistributionAmount extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_AMOUNT';
  constructor(amount: unknown, maxCents: number) {
    super(
      `An amount must be a whole number of cents other than 0, from -${maxCents} to ${maxCents}, got ${String(amount)}`,
      {
        amount: String(amount),
        maxCents,
      },
    );
  }
}

/** A quota (of a unit or of the building) that is not a positive whole number. */
export class InvalidQuota extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_QUOTA';
  constructor(quota: unknown) {
    super(`A quota must be a positive whole number, got ${String(quota)}`, { quota: String(quota) });
  }
}

/** The units' quotas add up to more than the building's total quota. */
export class QuotaExceeded extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'QUOTA_EXCEEDED';
  constructor(quotaSum: bigint, totalQuota: number) {
    super(`The units' quotas sum to ${quotaSum}, above the building's total of ${totalQuota}`, {
      quotaSum: quotaSum.toString(),
      totalQuota,
    });
  }
}

/** The active shares of one unit add up to more than 100 % (same code as the ownership endpoints). */
export class OwnershipOver100 extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'OWNERSHIP_OVER_100';
  constructor(unitNumber: string, activeShare: string) {
    super(`The active shares of unit ${unitNumber} sum to ${activeShare} %, above 100 %`, { unitNumber, activeShare });
  }
}

/** Two entries for the same unit (id or number): the tie-break by unit number would no longer be a total order. */
export class DuplicateUnit extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'DUPLICATE_UNIT';
  constructor(unitNumber: string) {
    super(`Unit ${unitNumber} appears more than once`, { unitNumber });
  }
}

/** The same owner listed twice in one unit: the caller merges the ownerships before distributing. */
export class DuplicateOwner extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'DUPLICATE_OWNER';
  constructor(unitNumber: string) {
    super(`An owner appears more than once in unit ${unitNumber}`, { unitNumber });
  }
}
