import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { type BuildingShareHistory, ownersOn, quotaOn } from './building-shares';
import { type ChargeDistribution, distributeCharge, type DistributionInput } from './charge-distribution';
import type { KeyWeight } from './distribution-key';

/** The weights an expense is split by: a key's, or null for the quotas. */
export interface SplitKey {
  readonly id: string;
  readonly weights: readonly KeyWeight[];
}

/**
 * The building as registered on `day`: each unit's weight and active owners. With a key, only the key's units, by
 * its weights (their sum is the total); otherwise every unit with the quota it held that day over the building's
 * total quota (a unit without a quota that day, not yet created by the deed, takes no part).
 */
export function splitInputOn(
  history: BuildingShareHistory,
  key: SplitKey | null,
  amountCents: number,
  day: CalendarDate,
): DistributionInput {
  const weights = key ? new Map(key.weights.map((w) => [w.unitId, w.weight])) : null;
  const units = [];
  for (const unit of history.units) {
    const weight = weights ? weights.get(unit.unitId) : quotaOn(unit, day);
    if (weight === undefined || weight === null) continue;
    units.push({
      unitId: unit.unitId,
      unitNumber: unit.unitNumber,
      quota: weight,
      owners: ownersOn(unit.ownerships, day),
    });
  }
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
 * The days the registry changes (an ownership or a quota starts or ends), ascending. Two days with as many change
 * days on or before them see the same registry, so a period's registry states are computed once per stretch.
 */
export function changeDays(history: BuildingShareHistory): CalendarDate[] {
  const days = new Set<CalendarDate>();
  const add = (day: CalendarDate | null) => day !== null && days.add(day);
  for (const unit of history.units) {
    for (const o of unit.ownerships) [o.startDate, o.endDate].forEach(add);
    for (const q of unit.quotas ?? []) [q.validFrom, q.validTo].forEach(add);
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

