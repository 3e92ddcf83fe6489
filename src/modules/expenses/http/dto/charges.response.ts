import type { Period } from '../../../../shared/domain/calendar-date';
import type { BuildingCharges, OwnerStatement } from '../../domain/charge-statements';
import type { ExpenseStatus } from '../../domain/expense';
import type { ExpenseCategory } from '../../domain/expense-category';

export class StatementLineResponse {
  expenseId!: string;
  /** Expense date, YYYY-MM-DD. */
  date!: string;
  buildingId!: string;
  unitId!: string;
  unitNumber!: string;
  category!: ExpenseCategory;
  description!: string;
  /** Status of the expense (pending, overdue or paid; cancelled expenses are left out). */
  status!: ExpenseStatus;
  /** The whole expense, VAT included. */
  expenseAmountCents!: number;
  /** The owner's share of the unit at the expense date ("60.0000"). */
  share!: string;
  /** The owner's part of this expense alone, for information (the totals split the period's sums once). */
  amountCents!: number;
}

export class CategoryTotalResponse {
  category!: ExpenseCategory;
  amountCents!: number;
}

export class OwnerStatementResponse {
  ownerId!: string;
  /** First day, inclusive, or null when open. */
  from!: string | null;
  /** Last day, inclusive, or null when open. */
  to!: string | null;
  /** The owner's part of each expense of the period, by expense date. */
  lines!: StatementLineResponse[];
  totalsByCategory!: CategoryTotalResponse[];
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
  ownerId!: string;
  amountCents!: number;
}

export class UnitChargesResponse {
  unitId!: string;
  unitNumber!: string;
  quota!: number;
  /**
   * The unit's charges over the period: each (account, key, registry state) sum of the period split once, so the
   * unit's total is within one cent of its exact share of each sum (no rounding bias from many small invoices).
   */
  amountCents!: number;
  /** Each owner's part of this unit's charges over the period. */
  owners!: OwnerTotalResponse[];
}

export class BuildingChargesResponse {
  buildingId!: string;
  from!: string | null;
  to!: string | null;
  /** Expenses of the period, cancelled ones left out. */
  expenseCount!: number;
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
