import { DomainError, type DomainFieldError, FULL_SHARE, formatShareSum } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';

/**
 * How far below 100 % the shares of a unit may stay and still count as fully owned, in ten-thousandths of a percent.
 * Source: domain.md "Time" (0.0003 %): shares are recorded with 4 decimals, so thirds are 3 × 33.3333 = 99.9999 %.
 * Kept as data so a practitioner can correct it.
 */
export const FULL_OWNERSHIP_TOLERANCE = { tenThousandths: 3, source: 'domain.md, Time: 3 × 33.3333 %' } as const;

/** A unit as the completeness check sees it: its weight in the split and its active shares that day. */
export interface CheckedUnit {
  readonly unitNumber: string;
  readonly weight: number;
  readonly shares: readonly number[];
}

/** A unit is fully owned when its active shares reach 100 %, within the tolerance for thirds. */
export function isFullyOwned(shares: readonly number[]): boolean {
  const sum = shares.reduce((acc, share) => acc + share, 0);
  return sum <= FULL_SHARE && FULL_SHARE - sum <= FULL_OWNERSHIP_TOLERANCE.tenThousandths;
}

/**
 * Every reason a split dated `day` cannot be made: the association has no money of its own, so each cent must reach
 * an owner (domain.md "Time"). `totalWeight` null: the weights are a distribution key's, whose total is their sum.
 */
export function registryGaps(
  day: CalendarDate,
  totalWeight: number | null,
  units: readonly CheckedUnit[],
): DomainFieldError[] {
  const gaps: DomainFieldError[] = [];
  const weightSum = units.reduce((acc, unit) => acc + unit.weight, 0);
  if (totalWeight !== null && weightSum !== totalWeight) gaps.push(quotaGap(day, weightSum, totalWeight));
  for (const unit of units) if (!isFullyOwned(unit.shares)) gaps.push(ownershipGap(day, unit));
  return gaps;
}

function quotaGap(day: CalendarDate, quotaSum: number, totalQuota: number): DomainFieldError {
  return {
    field: 'quotas',
    message: `On ${day} the units' quotas add up to ${quotaSum} of ${totalQuota}`,
    code: 'REGISTRY_QUOTAS_INCOMPLETE',
    params: { day, quotaSum, totalQuota },
  };
}

function ownershipGap(day: CalendarDate, unit: CheckedUnit): DomainFieldError {
  const share = formatShareSum(unit.shares.reduce((acc, s) => acc + s, 0));
  return {
    field: `units.${unit.unitNumber}.owners`,
    message: `On ${day} unit ${unit.unitNumber} is owned ${share} %`,
    code: 'REGISTRY_UNIT_NOT_FULLY_OWNED',
    params: { day, unitNumber: unit.unitNumber, share },
  };
}

/** A split refused because on its date the registry leaves some of the charge to nobody; `errors` lists each gap. */
export class RegistryIncomplete extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'REGISTRY_INCOMPLETE';
  constructor(gaps: readonly DomainFieldError[]) {
    const days = [...new Set(gaps.map((gap) => String(gap.params?.day ?? '')))].filter(Boolean).sort().join(', ');
    super(`The registry is incomplete on ${days}: every charge must be borne by the owners (see errors)`, { days }, gaps);
  }
}
