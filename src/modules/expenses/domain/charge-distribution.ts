import {
  DuplicateOwner,
  DuplicateUnit,
  InvalidDistributionAmount,
  InvalidQuota,
  OwnershipOver100,
  QuotaExceeded,
} from './charge-distribution.errors';
import { apportion } from './largest-remainder';
import { CheckedUnit, RegistryIncomplete, registryGaps } from './registry-completeness';
import { FULL_SHARE, formatShare, formatShareSum, InvalidShare, isShare } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';

/**
 * 10 million euros either way (invoice or credit note): far above any co-ownership invoice; a larger figure is more
 * likely a typo than a bill.
 */
export const MAX_DISTRIBUTED_CENTS = 1_000_000_000;

/** An ownership active at the expense date; `share` in ten-thousandths of a percent (exact, see `FULL_SHARE`). */
export interface OwnerInput {
  readonly ownerId: string;
  readonly share: number;
}

export interface UnitInput {
  readonly unitId: string;
  readonly unitNumber: string;
  readonly quota: number;
  readonly owners: readonly OwnerInput[];
}

export interface DistributionInput {
  /** Signed: a credit note is negative and splits into negative parts. */
  readonly amountCents: number;
  /** The building's total quota, or the sum of a distribution key's weights. */
  readonly totalQuota: number;
  /** `quota` is the unit's weight in this split: its quota, or its weight in a distribution key. */
  readonly units: readonly UnitInput[];
  /** The date of the split, named in the reasons of a refusal. */
  readonly on?: CalendarDate;
}

export interface OwnerPart {
  readonly ownerId: string;
  /** The ownership share as a decimal string with 4 decimals ("60.0000"). */
  readonly share: string;
  readonly amountCents: number;
}

export interface UnitPart {
  readonly unitId: string;
  readonly unitNumber: string;
  /** The unit's weight in this split (its quota, or its weight in the key). */
  readonly quota: number;
  readonly amountCents: number;
  /** Ordered by ownerId; they sum exactly to the unit's part. */
  readonly owners: readonly OwnerPart[];
}

export interface ChargeDistribution {
  readonly amountCents: number;
  /** Ordered by unit number (plain string order), whatever the input order. */
  readonly units: readonly UnitPart[];
}

/**
 * Splits an amount over the units by weight, then each unit's part over its owners by share, to the cent.
 *
 * Stage 1: unit u's exact part is A × quota(u) / Q, rounded by the largest-remainder method; ties go to the smaller
 * unit number in plain string order (JavaScript `<`: "10" < "2" < "A" < "a").
 * Stage 2: a unit's rounded part is split over its owners in proportion to their shares; ties by ownerId order.
 * A credit note (A < 0) is rounded on |A| and negated, so it is always the exact mirror of the invoice of −A.
 * Refused (REGISTRY_INCOMPLETE) unless the weights add up to Q and every unit is fully owned: no cent is left to
 * nobody. The result depends only on the set of units and owners, not on their order.
 */
export function distributeCharge(input: DistributionInput): ChargeDistribution {
  assertValid(input);
  const units = [...input.units].sort((a, b) => compareStrings(a.unitNumber, b.unitNumber));
  const sign = input.amountCents < 0 ? -1n : 1n;
  const parts = apportion(
    sign * BigInt(input.amountCents),
    units.map((unit) => BigInt(unit.quota)),
  );
  return {
    amountCents: input.amountCents,
    units: units.map((unit, index) => toUnitPart(unit, parts[index], sign)),
  };
}

function toUnitPart(unit: UnitInput, magnitude: bigint, sign: bigint): UnitPart {
  const owners = [...unit.owners].sort((a, b) => compareStrings(a.ownerId, b.ownerId));
  const ownerCents = apportion(
    magnitude,
    owners.map((owner) => BigInt(owner.share)),
  );
  return {
    unitId: unit.unitId,
    unitNumber: unit.unitNumber,
    quota: unit.quota,
    amountCents: signed(magnitude, sign),
    owners: owners.map((owner, index) => ({
      ownerId: owner.ownerId,
      share: formatShare(owner.share),
      amountCents: signed(ownerCents[index], sign),
    })),
  };
}

/** Keeps "-0" out of the figures: a zero part of a credit note is 0. */
function signed(magnitude: bigint, sign: bigint): number {
  return magnitude === 0n ? 0 : Number(sign * magnitude);
}

function assertValid(input: DistributionInput): void {
  const { amountCents, totalQuota, units } = input;
  if (!Number.isSafeInteger(amountCents) || amountCents === 0 || Math.abs(amountCents) > MAX_DISTRIBUTED_CENTS) {
    throw new InvalidDistributionAmount(amountCents, MAX_DISTRIBUTED_CENTS);
  }
  if (!isPositiveInteger(totalQuota)) throw new InvalidQuota(totalQuota);
  assertUniqueUnits(units);
  let quotaSum = 0n;
  for (const unit of units) {
    if (!isPositiveInteger(unit.quota)) throw new InvalidQuota(unit.quota);
    assertValidOwners(unit);
    quotaSum += BigInt(unit.quota);
  }
  if (quotaSum > BigInt(totalQuota)) throw new QuotaExceeded(quotaSum, totalQuota);
  const gaps = registryGaps(input.on ?? 'the date of the charge', totalQuota, units.map(checkedUnit));
  if (gaps.length) throw new RegistryIncomplete(gaps);
}

function checkedUnit(unit: UnitInput): CheckedUnit {
  return { unitNumber: unit.unitNumber, weight: unit.quota, shares: unit.owners.map((owner) => owner.share) };
}

function assertUniqueUnits(units: readonly UnitInput[]): void {
  const ids = new Set<string>();
  const numbers = new Set<string>();
  for (const unit of units) {
    if (ids.has(unit.unitId) || numbers.has(unit.unitNumber)) throw new DuplicateUnit(unit.unitNumber);
    ids.add(unit.unitId);
    numbers.add(unit.unitNumber);
  }
}

function assertValidOwners(unit: UnitInput): void {
  const ids = new Set<string>();
  let activeShare = 0;
  for (const owner of unit.owners) {
    if (!isShare(owner.share)) throw new InvalidShare(owner.share);
    if (ids.has(owner.ownerId)) throw new DuplicateOwner(unit.unitNumber);
    ids.add(owner.ownerId);
    activeShare += owner.share;
  }
  if (activeShare > FULL_SHARE) throw new OwnershipOver100(unit.unitNumber, formatShareSum(activeShare));
}

function isPositiveInteger(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
