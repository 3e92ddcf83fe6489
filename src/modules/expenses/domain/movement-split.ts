import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { BuildingShareHistory } from './building-shares';
import type { ExpenseCategory } from './expense-category';
import { type PeriodPart, type SplitExpense, splitPeriod } from './period-split';
import type { SplitKey } from './registry-state';

/** A source's net movement on a charge account over the period, as the journal sums it. */
export interface ChargeMovement {
  readonly accountCode: string;
  /** The expense that posted it; null for a manual entry. */
  readonly expenseId: string | null;
  readonly amountCents: number;
  readonly date: CalendarDate;
}

/** What the split needs of the expense behind a movement. */
export interface MovementExpense {
  readonly expenseDate: CalendarDate;
  readonly category: ExpenseCategory;
  readonly keyId: string | null;
  readonly paidFromReserve: boolean;
}

export interface AccountAmount {
  readonly accountCode: string;
  readonly amountCents: number;
}

export interface MovementSplit {
  /** The owners' charges: each unit's (and owner's) part of each account, every period sum split once. */
  readonly parts: PeriodPart[];
  /** Per account, what the reserve fund covers (expenses paid from it): charged to nobody again. */
  readonly coveredByReserve: AccountAmount[];
}

/** Movements that no expense explains (manual entries) are split by the quotas, in the category "other". */
const MANUAL_CATEGORY: ExpenseCategory = 'other';

/**
 * The period statement of the journal's charges (domain.md "Time", rounding bias): the movements of expenses paid
 * from the reserve fund are covered by the fund and charged to nobody (domain.md "Books": works paid from the
 * reserve are not called a second time); every other movement joins its account's period sum per key and registry
 * state (`splitPeriod`), split once. So, per account, Σ unit parts + covered = Σ movements, to the cent.
 * REGISTRY_INCOMPLETE when the registry is incomplete on a date with a charge to split.
 */
export function splitMovements(
  history: BuildingShareHistory,
  keys: ReadonlyMap<string, SplitKey>,
  movements: readonly ChargeMovement[],
  expenses: ReadonlyMap<string, MovementExpense>,
): MovementSplit {
  const covered = new Map<string, number>();
  const charged: SplitExpense[] = [];
  for (const movement of movements) {
    const expense = movement.expenseId ? expenses.get(movement.expenseId) : undefined;
    if (expense?.paidFromReserve) {
      covered.set(movement.accountCode, (covered.get(movement.accountCode) ?? 0) + movement.amountCents);
      continue;
    }
    charged.push({
      expenseDate: expense?.expenseDate ?? movement.date,
      accountCode: movement.accountCode,
      category: expense?.category ?? MANUAL_CATEGORY,
      keyId: expense?.keyId ?? null,
      amountCents: movement.amountCents,
    });
  }
  // The split takes the registry of each group's first date: it reads the charges by date.
  charged.sort((a, b) => (a.expenseDate < b.expenseDate ? -1 : a.expenseDate > b.expenseDate ? 1 : 0));
  return {
    parts: splitPeriod(history, keys, charged),
    coveredByReserve: [...covered]
      .filter(([, amountCents]) => amountCents !== 0)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([accountCode, amountCents]) => ({ accountCode, amountCents })),
  };
}
