import type { BuildingShareHistory } from './building-shares';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { ExpenseStatus } from './expense';
import { EXPENSE_CATEGORIES, type ExpenseCategory } from './expense-category';
import { type PeriodPart, splitPeriod } from './period-split';
import { distributeByKeyOn, type SplitKey } from './registry-state';

/** The fields of an expense the statements need; expenses come ordered by date then id. */
export interface ChargeableExpense {
  readonly id: string;
  readonly buildingId: string;
  readonly expenseDate: CalendarDate;
  readonly category: ExpenseCategory;
  readonly description: string;
  readonly amountCents: number;
  readonly status: ExpenseStatus;
  readonly accountCode: string;
  /** The distribution key it is split by; null: the quotas. */
  readonly keyId: string | null;
}

/** The keys of the expenses, by id. */
export type KeysById = ReadonlyMap<string, SplitKey>;

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
  /** The owner's part of this expense alone, for information: the totals split the period's sums once. */
  readonly amountCents: number;
}

export interface CategoryTotal {
  readonly category: ExpenseCategory;
  readonly amountCents: number;
}

export interface OwnerStatement {
  readonly ownerId: string;
  readonly lines: readonly StatementLine[];
  /** In the order of the categories list, only categories with charges; from the period split, like the total. */
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
  readonly units: readonly UnitCharges[];
  readonly owners: readonly OwnerTotal[];
}

/**
 * One owner's charges over the period. The lines give the owner's part of each expense alone, for information, as
 * `GET /expenses/:id/distribution` splits it; the totals split the period's sums once (`splitPeriod`), so they may
 * differ from the sum of the lines by the cents the per-expense rounding would have biased.
 */
export function ownerStatement(
  ownerId: string,
  expenses: readonly ChargeableExpense[],
  histories: ReadonlyMap<string, BuildingShareHistory>,
  keys: KeysById,
): OwnerStatement {
  const byCategory = new Map<ExpenseCategory, number>();
  for (const history of histories.values()) {
    const own = expenses.filter((e) => e.buildingId === history.buildingId);
    for (const part of splitPeriod(history, keys, own)) {
      const cents = part.owners.find((o) => o.ownerId === ownerId)?.amountCents ?? 0;
      if (cents !== 0) byCategory.set(part.category, (byCategory.get(part.category) ?? 0) + cents);
    }
  }
  const categories = EXPENSE_CATEGORIES.filter((c) => byCategory.has(c));
  return {
    ownerId,
    lines: expenses.flatMap((e) => linesOf(ownerId, e, histories, keys)),
    totalsByCategory: categories.map((category) => ({ category, amountCents: byCategory.get(category)! })),
    totalCents: categories.reduce((sum, c) => sum + byCategory.get(c)!, 0),
  };
}

function linesOf(
  ownerId: string,
  expense: ChargeableExpense,
  histories: ReadonlyMap<string, BuildingShareHistory>,
  keys: KeysById,
): StatementLine[] {
  const history = histories.get(expense.buildingId);
  if (!history) return [];
  const key = expense.keyId ? (keys.get(expense.keyId) ?? null) : null;
  const lines: StatementLine[] = [];
  for (const unit of distributeByKeyOn(history, key, expense.amountCents, expense.expenseDate).units) {
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
  return lines;
}

/** Totals per unit and per owner of a building's expenses over a period, each period sum split once (`splitPeriod`). */
export function buildingCharges(
  history: BuildingShareHistory,
  keys: KeysById,
  expenses: readonly ChargeableExpense[],
): BuildingCharges {
  const units = new Map(history.units.map((u) => [u.unitId, { amountCents: 0, owners: new Map<string, number>() }]));
  const owners = new Map<string, number>();
  for (const part of splitPeriod(history, keys, expenses)) addPart(units.get(part.unitId)!, owners, part);
  const sortedUnits = [...history.units].sort((a, b) =>
    a.unitNumber < b.unitNumber ? -1 : a.unitNumber > b.unitNumber ? 1 : 0,
  );
  return {
    buildingId: history.buildingId,
    expenseCount: expenses.length,
    totalCents: expenses.reduce((sum, e) => sum + e.amountCents, 0),
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

function addPart(
  unit: { amountCents: number; owners: Map<string, number> },
  owners: Map<string, number>,
  part: PeriodPart,
): void {
  unit.amountCents += part.amountCents;
  for (const owner of part.owners) {
    unit.owners.set(owner.ownerId, (unit.owners.get(owner.ownerId) ?? 0) + owner.amountCents);
    owners.set(owner.ownerId, (owners.get(owner.ownerId) ?? 0) + owner.amountCents);
  }
}

function ownerTotals(amounts: ReadonlyMap<string, number>): OwnerTotal[] {
  return [...amounts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ownerId, amountCents]) => ({ ownerId, amountCents }));
}
