import type { Period } from '../../../../shared/domain/calendar-date';
import type { BuildingCharges, OwnerStatement } from '../../domain/charge-statements';
import type { ExpenseStatus } from '../../domain/expense';
import type { ExpenseCategory } from '../../domain/expense-category';
import { ApiCents, ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

export class StatementLineResponse {
  @ApiId()
  expenseId!: string;
  /** Expense date, YYYY-MM-DD. */
  @ApiDay()
  date!: string;
  @ApiId()
  buildingId!: string;
  @ApiId()
  unitId!: string;
  /** @example "A1.2" */
  unitNumber!: string;
  /** @example "maintenance" */
  category!: ExpenseCategory;
  /** @example "Entretien trimestriel des ascenseurs" */
  description!: string;
  /**
   * Status of the expense (pending, overdue or paid; cancelled expenses are left out).
   * @example "paid"
   */
  status!: ExpenseStatus;
  /** The whole expense, VAT included. */
  @ApiCents()
  expenseAmountCents!: number;
  /**
   * The owner's share of the unit at the expense date ("60.0000").
   * @example "60.0000"
   */
  share!: string;
  /** The owner's part of this expense alone, for information (the totals split the period's sums once). */
  @ApiCents()
  amountCents!: number;
}

export class CategoryTotalResponse {
  /** @example "maintenance" */
  category!: ExpenseCategory;
  @ApiCents()
  amountCents!: number;
}

export class OwnerStatementResponse {
  @ApiId()
  ownerId!: string;
  /** First day, inclusive, or null when open. */
  @ApiDay({ nullable: true })
  from!: string | null;
  /** Last day, inclusive, or null when open. */
  @ApiDay({ nullable: true })
  to!: string | null;
  /** The owner's part of each expense of the period, by expense date. */
  lines!: StatementLineResponse[];
  totalsByCategory!: CategoryTotalResponse[];
  @ApiCents()
  totalCents!: number;

  static from(s: OwnerStatement, period: Period): OwnerStatementResponse {
    return {
      ownerId: s.ownerId,
      from: period.from ?? null,
      to: period.to ?? null,
      lines: s.lines.map((line) => ({ ...line })),
      totalsByCategory: s.totalsByCategory.map((t) => ({ ...t })),
      totalCents: s.totalCents,
    };
  }
}

export class OwnerTotalResponse {
  @ApiId()
  ownerId!: string;
  @ApiCents()
  amountCents!: number;
}

export class UnitChargesResponse {
  @ApiId()
  unitId!: string;
  /** @example "A1.2" */
  unitNumber!: string;
  @ApiInteger({ example: 420 })
  quota!: number;
  /**
   * The unit's charges over the period: each (account, key, registry state) sum of the period split once, so the
   * unit's total is within one cent of its exact share of each sum (no rounding bias from many small invoices).
   */
  @ApiCents()
  amountCents!: number;
  /** Each owner's part of this unit's charges over the period. */
  owners!: OwnerTotalResponse[];
}

export class BuildingChargesResponse {
  @ApiId()
  buildingId!: string;
  @ApiDay({ nullable: true })
  from!: string | null;
  @ApiDay({ nullable: true })
  to!: string | null;
  /** Expenses of the period, cancelled ones left out. */
  @ApiInteger({ example: 37 })
  expenseCount!: number;
  @ApiCents()
  totalCents!: number;
  units!: UnitChargesResponse[];
  /** Per owner, over all its units. */
  owners!: OwnerTotalResponse[];

  static from(c: BuildingCharges, period: Period): BuildingChargesResponse {
    return {
      buildingId: c.buildingId,
      from: period.from ?? null,
      to: period.to ?? null,
      expenseCount: c.expenseCount,
      totalCents: c.totalCents,
      units: c.units.map((u) => ({ ...u, owners: u.owners.map((o) => ({ ...o })) })),
      owners: c.owners.map((o) => ({ ...o })),
    };
  }
}
