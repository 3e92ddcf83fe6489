import { PcnQuotaInconsistent } from './pcn.errors';

export interface SplitUnit {
  readonly unitId: string;
  readonly unitNumber: string;
  readonly quota: number;
}

/**
 * The first stage of the charge distribution of the expenses context (domain.md), computed for many expenses of one
 * building: an amount A is split over the units by quota with the largest-remainder method, the missing quota
 * (totalQuota − Σ quotas) taking part as one more participant placed last ("unallocated"); ties go to the smaller unit
 * number in plain string order. Each expense is rounded on its own, exactly as `GET /expenses/:id/distribution` does,
 * so a unit's report amounts are the sums of its distributions.
 *
 * Participants with the same quota always have the same remainder, so they form one group: the work per expense is
 * one division per distinct quota, one numeric sort of the groups, and the leftover cents.
 */
export class UnitSplit {
  private readonly bases: Float64Array;
  private readonly keys: Float64Array;

  private constructor(
    readonly units: readonly SplitUnit[],
    private readonly totalQuota: number,
    /** Distinct weights, numbered in the order of their first position. */
    private readonly weights: readonly number[],
    /** Positions of each group's participants, ascending. */
    private readonly members: ReadonlyArray<readonly number[]>,
    private readonly groupOf: Int32Array,
  ) {
    this.bases = new Float64Array(weights.length);
    this.keys = new Float64Array(weights.length);
  }

  static of(totalQuota: number, units: readonly SplitUnit[]): UnitSplit {
    const sorted = [...units].sort((a, b) => (a.unitNumber < b.unitNumber ? -1 : a.unitNumber > b.unitNumber ? 1 : 0));
    const unallocated = totalQuota - sorted.reduce((sum, unit) => sum + unit.quota, 0);
    if (unallocated < 0) throw new PcnQuotaInconsistent();
    const positions = [...sorted.map((unit) => unit.quota), unallocated];
    const groupByWeight = new Map<number, number>();
    const weights: number[] = [];
    const members: number[][] = [];
    const groupOf = new Int32Array(positions.length);
    positions.forEach((weight, position) => {
      let group = groupByWeight.get(weight);
      if (group === undefined) {
        group = weights.push(weight) - 1;
        members.push([]);
        groupByWeight.set(weight, group);
      }
      members[group].push(position);
      groupOf[position] = group;
    });
    return new UnitSplit(sorted, totalQuota, weights, members, groupOf);
  }

  /** Adds each participant's part of `amountCents` to `into` (units by position, then the unallocated part). */
  addTo(into: number[], amountCents: number): void {
    const leftover = this.divide(amountCents);
    for (let position = 0; position < this.groupOf.length; position++) into[position] += this.bases[this.groupOf[position]];
    if (leftover > 0) this.handOut(into, leftover);
  }

  /**
   * Sets each group's floor, and its sort key: remainder × G + (G − 1 − group), so that one ascending numeric sort
   * read from the end orders groups by remainder, then by first position. Returns the cents left after the floors.
   */
  private divide(amountCents: number): number {
    const count = this.weights.length;
    const exact = amountCents * this.totalQuota <= Number.MAX_SAFE_INTEGER;
    let floors = 0;
    for (let g = 0; g < count; g++) {
      let remainder: number;
      if (exact) {
        const product = amountCents * this.weights[g];
        remainder = product % this.totalQuota;
        this.bases[g] = (product - remainder) / this.totalQuota;
      } else {
        const product = BigInt(amountCents) * BigInt(this.weights[g]);
        remainder = Number(product % BigInt(this.totalQuota));
        this.bases[g] = Number(product / BigInt(this.totalQuota));
      }
      this.keys[g] = remainder * count + (count - 1 - g);
      floors += this.bases[g] * this.members[g].length;
    }
    return amountCents - floors;
  }

  /** One cent each to the largest remainders; among equal remainders, the smaller position first. */
  private handOut(into: number[], leftover: number): void {
    const count = this.weights.length;
    const keys = this.keys.sort();
    let left = leftover;
    for (let i = count - 1; i >= 0 && left > 0; ) {
      const remainder = Math.floor(keys[i] / count);
      let end = i - 1;
      while (end >= 0 && Math.floor(keys[end] / count) === remainder) end--;
      const members = end === i - 1 ? this.members[count - 1 - (keys[i] % count)] : this.tiedMembers(keys, end + 1, i);
      for (let k = 0; k < members.length && left > 0; k++, left--) into[members[k]] += 1;
      i = end;
    }
  }

  /** Groups with equal remainders (rare): their participants merged in position order. */
  private tiedMembers(keys: Float64Array, from: number, to: number): number[] {
    const count = this.weights.length;
    const merged: number[] = [];
    for (let i = from; i <= to; i++) merged.push(...this.members[count - 1 - (keys[i] % count)]);
    return merged.sort((a, b) => a - b);
  }
}
