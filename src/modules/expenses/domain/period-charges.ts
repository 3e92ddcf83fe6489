import type { BuildingShareHistory } from './building-shares';
import { heldOn, type HoldingPeriod } from './holding-periods';
import { type ChargeMovement, type MovementExpense, type MovementSplit, splitMovements } from './movement-split';
import type { SplitKey } from './registry-state';

/** An expense of the period as the period statement needs it. */
export interface PeriodExpense extends MovementExpense {
  readonly id: string;
}

export interface ReadablePeriodCharges<E extends PeriodExpense> extends MovementSplit {
  /** The expenses the caller may read (an owner's: dated within its holdings), in the order given. */
  readonly expenses: readonly E[];
  /** The journal's movements the caller may read: those of its expenses and, for manual entries, of its holding days. */
  readonly movements: readonly ChargeMovement[];
}

/**
 * A building's period statement as the caller may read it: `held` null for a caller that reads every day of the
 * building's books, else (role owner) its holding periods; then the split of the readable movements
 * (`splitMovements`: reserve-paid expenses covered by the fund, the rest split once per account, key and registry state).
 */
export function periodChargesOf<E extends PeriodExpense>(
  buildingId: string,
  history: BuildingShareHistory,
  keys: ReadonlyMap<string, SplitKey>,
  expenses: readonly E[],
  movements: readonly ChargeMovement[],
  held: readonly HoldingPeriod[] | null,
): ReadablePeriodCharges<E> {
  const readable = held ? expenses.filter((e) => heldOn(held, buildingId, e.expenseDate)) : expenses;
  const byId = new Map(readable.map((e) => [e.id, e]));
  const readableMovements = held
    ? movements.filter((m) => (m.expenseId ? byId.has(m.expenseId) : heldOn(held, buildingId, m.date)))
    : movements;
  return {
    expenses: readable,
    movements: readableMovements,
    ...splitMovements(history, keys, readableMovements, byId),
  };
}
