import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { BuildingShareHistory, OwnershipPeriod } from './building-shares';
import {
  type ChargeDistribution,
  distributeCharge,
  type DistributionInput,
  type OwnerInput,
} from './charge-distribution';
import type { KeyWeight } from './distribution-key';

/** The weights an expense is split by: a key's, or null for the quotas. */
export interface SplitKey {
  readonly id: string;
  readonly weights: readonly KeyWeight[];
}

/**
 * The building as registered on `day`: each unit's weight and active owners. With a key, only the key's units, by
 * its weights (their sum is the total); otherwise every unit by quota over the building's total quota.
 */
export function splitInputOn(
  history: BuildingShareHistory,
  key: SplitKey | null,
  amountCents: number,
  day: CalendarDate,
): DistributionInput {
  const weights = key ? new Map(key.weights.map((w) => [w.unitId, w.weight])) : null;
  const units = history.units
    .filter((unit) => !weights || weights.has(unit.unitId))
    .map((unit) => ({
      unitId: unit.unitId,
      unitNumber: unit.unitNumber,
      // The quota as the registry history gives it for `day`.
      quota: weights ? weights.get(unit.unitId)! : unit.quota,
      owners: ownersOn(unit.ownerships, day),
    }));
  const totalQuota = weights ? key!.weights.reduce((sum, w) => sum + w.weight, 0) : history.totalQuota;
  return { amountCents, totalQuota, units, on: day };
}

/** One expense (or one period total) split as the registry stood on `day`. */
export function distributeByKeyOn(
  history: BuildingShareHistory,
  key: SplitKey | null,
  amountCents: number,
  day: CalendarDate,
): ChargeDistribution {
  return distributeCharge(splitInputOn(history, key, amountCents, day));
}

/**
 * The registry state a split depends on (weights and owners), as text: two days with the same text split any
 * amount the same way, so a period's expenses of those days can be split as one total.
 */
export function stateSignature(input: DistributionInput): string {
  const units = [...input.units]
    .sort((a, b) => (a.unitId < b.unitId ? -1 : 1))
    .map(
      (u) =>
        `${u.unitId}:${u.quota}:${[...u.owners]
          .map((o) => `${o.ownerId}=${o.share}`)
          .sort()
          .join(',')}`,
    );
  return `${input.totalQuota}|${units.join(';')}`;
}

/**
 * The days the registry changes (an ownership starts or ends), ascending. Two days with as many change days on or
 * before them see the same registry, so a period's registry states are computed once per stretch between changes.
 * Dated quotas add their validity bounds here.
 */
export function changeDays(history: BuildingShareHistory): CalendarDate[] {
  const days = new Set<CalendarDate>();
  for (const unit of history.units) {
    for (const o of unit.ownerships) {
      days.add(o.startDate);
      if (o.endDate !== null) days.add(o.endDate);
    }
  }
  return [...days].sort();
}

/** How many of the (ascending) change days fall on or before `day`: the stretch of the registry `day` is in. */
export function stretchOf(days: readonly CalendarDate[], day: CalendarDate): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Active shares that day, one entry per owner (two rows of one owner the same day are merged). */
function ownersOn(ownerships: readonly OwnershipPeriod[], day: CalendarDate): OwnerInput[] {
  const shares = new Map<string, number>();
  for (const o of ownerships) {
    if (o.startDate <= day && (o.endDate === null || o.endDate > day)) {
      shares.set(o.ownerId, (shares.get(o.ownerId) ?? 0) + o.share);
    }
  }
  return [...shares].map(([ownerId, share]) => ({ ownerId, share }));
}
