import type { ExpenseDistribution } from '../../application/charges.service';
import { ApiCents, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

export class OwnerPartResponse {
  @ApiId()
  ownerId!: string;
  /**
   * The ownership share, a percentage with 4 decimals ("60.0000").
   * @example "60.0000"
   */
  share!: string;
  @ApiCents()
  amountCents!: number;
}

export class UnitPartResponse {
  @ApiId()
  unitId!: string;
  /** @example "A1.2" */
  unitNumber!: string;
  /** The unit's weight in the split: its quota, or its weight in the expense's distribution key. */
  @ApiInteger({ example: 420 })
  quota!: number;
  /** The unit's part, rounded first (largest remainder over units); negative for a credit note. */
  @ApiCents()
  amountCents!: number;
  /** Owners at the expense date, by owner id; they sum exactly to the unit's part. */
  owners!: OwnerPartResponse[];
}

export class DistributionResponse {
  @ApiId()
  expenseId!: string;
  @ApiCents()
  amountCents!: number;
  /** By unit number (plain string order), only the key's units when it has one; they sum exactly to amountCents. */
  units!: UnitPartResponse[];

  static from(d: ExpenseDistribution): DistributionResponse {
    return {
      expenseId: d.expenseId,
      amountCents: d.amountCents,
      units: d.units.map((u) => ({
        unitId: u.unitId,
        unitNumber: u.unitNumber,
        quota: u.quota,
        amountCents: u.amountCents,
        owners: u.owners.map((o) => ({ ownerId: o.ownerId, share: o.share, amountCents: o.amountCents })),
      })),
    };
  }
}
