import { BuildingShareHistory, distributeOn } from './building-shares';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { ExpenseStatus } from './expense';
import { EXPENSE_CATEGORIES, type ExpenseCategory } from './expense-category';

/** The fields of an expense the statements need; expenses come ordered by date then id. */
export interface ChargeableExpense {
  readonly id: string;
  readonly buildingId: string;
  readonly expenseDate: CalendarDate;
  readonly category: ExpenseCategory;
  readonly description: string;
  readonly amountCents: number;
  readonly status: ExpenseStatus;
}

export interface StatementLine {
  readonly expenseId: string;
  readonly date: CalendarDate;
  readonly buildingId: string;
  readonly unitId: string;
  readonly unitNumber: string;
  readonly category: ExpenseCategory;
  readonly description: string;
  readonly status: ExpenseStatus;
  readonly expenseAmountCents: number;
  /** The owner's share of the unit at the expense date, "60.0000". */
  readonly share: string;
  readonly amountCents: number;
}

export interface CategoryTotal {
  readonly category: ExpenseCategory;
  readonly amountCents: number;
}

export interface OwnerStatement {
  readonly ownerId: string;
  readonly lines: readonly StatementLine[];
  /** In the order of the categories list, only categories with lines. */
  readonly totalsByCategory: readonly CategoryTotal[];
  readonly totalCents: number;
}

export interface OwnerTotal {
  readonly ownerId: string;
  readonly amountCents: number;
}

export interface UnitCharges {
  readonly unitId: string;
  readonly unitNumber: string;
  readonly quota: number;
  readonly amountCents: number;
  /** By owner id; whoever owned a share at the date of at least one expense. */
  readonly owners: readonly OwnerTotal[];
}

export interface BuildingCharges {
  readonly buildingId: string;
  readonly expenseCount: number;
  readonly totalCents: number;
  /** The part of quotas no unit holds: it stays with the building. */
  readonly unallocatedCents: number;
  /** Unit parts of days when nobody owned the unit: charged to the unit, to no owner. */
  readonly unownedCents: number;
  readonly units: readonly UnitCharges[];
  readonly owners: readonly OwnerTotal[];
}

/**
 * Each share one owner carries of the expenses, expense by expense, exactly as `GET /expenses/:id/distribution`
 * splits them (owners as at each expense date). `histories` holds every building of the expenses, read once.
 */
export function ownerStatement(
  ownerId: string,
  expenses: readonly ChargeableExpense[],
  histories: ReadonlyMap<string, BuildingShareHistory>,
): OwnerStatement {
  const lines: StatementLine[] = [];
  for (const expense of expenses) {
    const history = histories.get(expense.buildingId);
    if (!history) continue;
    for (const unit of distributeOn(history, expense.amountCents, expense.expenseDate).units) {
      const part = unit.owners.find((owner) => owner.ownerId === ownerId);
      if (!part) continue;
      lines.push({
        expenseId: expense.id,
        date: expense.expenseDate,
        buildingId: expense.buildingId,
        unitId: unit.unitId,
        unitNumber: unit.unitNumber,
        category: expense.category,
        description: expense.description,
        status: expense.status,
        expenseAmountCents: expense.amountCents,
        share: part.share,
        amountCents: part.amountCents,
      });
    }
  }
  const byCategory = new Map<ExpenseCategory, number>();
  for (const line of lines) byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + line.amountCents);
  return {
    ownerId,
    lines,
    totalsByCategory: EXPENSE_CATEGORIES.filter((c) => byCategory.has(c)).map((c) => ({
      category: c,
      amountCents: byCategory.get(c) ?? 0,
    })),
    totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
  };
}

/** Totals per unit and per owner of a building's expenses, each expense distributed as at its own date. */
export function buildingCharges(
  history: BuildingShareHistory,
  expenses: readonly ChargeableExpense[],
): BuildingCharges {
  const units = new Map(history.units.map((u) => [u.unitId, { amountCents: 0, owners: new Map<string, number>() }]));
  const owners = new Map<string, number>();
  let totalCents = 0;
  let unallocatedCents = 0;
  let unownedCents = 0;
  for (const expense of expenses) {
    const distribution = distributeOn(history, expense.amountCents, expense.expenseDate);
    totalCents += expense.amountCents;
    unallocatedCents += distribution.unallocatedCents;
    for (const part of distribution.units) {
      const unit = units.get(part.unitId)!;
      unit.amountCents += part.amountCents;
      if (part.owners.length === 0) unownedCents += part.amountCents;
      for (const owner of part.owners) {
        unit.owners.set(owner.ownerId, (unit.owners.get(owner.ownerId) ?? 0) + owner.amountCents);
        owners.set(owner.ownerId, (owners.get(owner.ownerId) ?? 0) + owner.amountCents);
      }
    }
  }
  const sortedUnits = [...history.units].sort((a, b) =>
    a.unitNumber < b.unitNumber ? -1 : a.unitNumber > b.unitNumber ? 1 : 0,
  );
  return {
    buildingId: history.buildingId,
    expenseCount: expenses.length,
    totalCents,
    unallocatedCents,
    unownedCents,
    units: sortedUnits.map((u) => {
      const totals = units.get(u.unitId)!;
      return {
        unitId: u.unitId,
        unitNumber: u.unitNumber,
        quota: u.quota,
        amountCents: totals.amountCents,
        owners: ownerTotals(totals.owners),
      };
    }),
    owners: ownerTotals(owners),
  };
}

function ownerTotals(amounts: ReadonlyMap<string, number>): OwnerTotal[] {
  return [...amounts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ownerId, amountCents]) => ({ ownerId, amountCents }));
}
