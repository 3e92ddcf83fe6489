import {
  DuplicateOwner,
  DuplicateUnit,
  InvalidDistributionAmount,
  InvalidQuota,
  OwnershipOver100,
  QuotaExceeded,
} from './charge-distribution.errors';
import { apportion } from './largest-remainder';
import { FULL_SHARE, formatShare, formatShareSum, InvalidShare, isShare } from '../../../shared/domain';

/** 10 million euros: far above any co-ownership invoice; a larger figure is more likely a typo than a bill. */
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
  readonly amountCents: number;
  readonly totalQuota: number;
  readonly units: readonly UnitInput[];
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
  readonly quota: number;
  readonly amountCents: number;
  /** Sum of the active shares ("100.0000" normally); below 100 the owners present carried the whole unit part. */
  readonly activeShare: string;
  /** Ordered by ownerId; empty when nobody owns the unit at the expense date (the unit part stays on the unit). */
  readonly owners: readonly OwnerPart[];
}

export interface ChargeDistribution {
  readonly amountCents: number;
  /** The part of the missing quota (totalQuota − Σ unit quotas): it stays with the building, never spread. */
  readonly unallocatedCents: number;
  /** Ordered by unit number (plain string order), whatever the input order. */
  readonly units: readonly UnitPart[];
}

/**
 * Splits an expense over the units by quota, then each unit's part over its active owners by share, to the cent.
 *
 * Stage 1: unit u's exact part is A × quota(u) / Q. The missing quota Q − Σquota joins the largest-remainder pass
 * as one more participant, so units + unallocated sum to exactly A; ties go to the smaller unit number in plain
 * string order (JavaScript `<`: "10" < "2" < "A" < "a"), and the unallocated part loses every tie.
 * Stage 2: a unit's rounded part is split over its owners in proportion to share / Σ active shares of the unit, so
 * the owners always sum to the unit's part even when the recorded shares sum below 100 %; ties by ownerId order.
 * The result depends only on the set of units and owners, not on their order.
 */
export function distributeCharge(input: DistributionInput): ChargeDistribution {
  assertValid(input);
  const units = [...input.units].sort((a, b) => compareStrings(a.unitNumber, b.unitNumber));
  const quotas = units.map((unit) => BigInt(unit.quota));
  const unallocatedQuota = BigInt(input.totalQuota) - sumOf(quotas);
  const parts = apportion(BigInt(input.amountCents), [...quotas, unallocatedQuota]);
  return {
    amountCents: input.amountCents,
    unallocatedCents: Number(parts[units.length]),
    units: units.map((unit, index) => toUnitPart(unit, parts[index])),
  };
}

function toUnitPart(unit: UnitInput, amountCents: bigint): UnitPart {
  const owners = [...unit.owners].sort((a, b) => compareStrings(a.ownerId, b.ownerId));
  const shares = owners.map((owner) => BigInt(owner.share));
  // With no owner there is nobody to split among: the whole part stays on the unit.
  const ownerCents = owners.length === 0 ? [] : apportion(amountCents, shares);
  return {
    unitId: unit.unitId,
    unitNumber: unit.unitNumber,
    quota: unit.quota,
    amountCents: Number(amountCents),
    activeShare: formatShare(Number(sumOf(shares))),
    owners: owners.map((owner, index) => ({
      ownerId: owner.ownerId,
      share: formatShare(owner.share),
      amountCents: Number(ownerCents[index]),
    })),
  };
}

function assertValid(input: DistributionInput): void {
  const { amountCents, totalQuota, units } = input;
  if (!Number.isSafeInteger(amountCents) || amountCents < 1 || amountCents > MAX_DISTRIBUTED_CENTS) {
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

function sumOf(values: readonly bigint[]): bigint {
  return values.reduce((acc, value) => acc + value, 0n);
}
