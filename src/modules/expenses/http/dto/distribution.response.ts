import type { ExpenseDistribution } from '../../application/charges.service';

export class OwnerPartResponse {
  ownerId!: string;
  /** The ownership share, a percentage with 4 decimals ("60.0000"). */
  share!: string;
  amountCents!: number;
}

export class UnitPartResponse {
  unitId!: string;
  unitNumber!: string;
  quota!: number;
  /** The unit's part, rounded first (largest remainder over units). */
  amountCents!: number;
  /** Sum of the shares active at the expense date; below "100.0000" the recorded owners carried the whole part. */
  activeShare!: string;
  /** Owners at the expense date, by owner id; they sum exactly to the unit's part (empty: nobody owned it). */
  owners!: OwnerPartResponse[];
}

export class DistributionResponse {
  expenseId!: string;
  amountCents!: number;
  /** The part of the quotas no unit holds (totalQuota − Σ unit quotas): it stays with the building. */
  unallocatedCents!: number;
  /** By unit number (plain string order); units + unallocated sum exactly to amountCents. */
  units!: UnitPartResponse[];

  static from(d: ExpenseDistribution): DistributionResponse {
    return {
      expenseId: d.expenseId,
      amountCents: d.amountCents,
      unallocatedCents: d.unallocatedCents,
      units: d.units.map((u) => ({
        unitId: u.unitId,
        unitNumber: u.unitNumber,
        quota: u.quota,
        amountCents: u.amountCents,
        activeShare: u.activeShare,
        owners: u.owners.map((o) => ({ ownerId: o.ownerId, share: o.share, amountCents: o.amountCents })),
      })),
    };
  }
}
