import type { DomainFieldError } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { BuildingShareHistory } from './building-shares';
import { distributeCharge, type DistributionInput, type UnitPart } from './charge-distribution';
import type { ExpenseCategory } from './expense-category';
import { RegistryIncomplete, registryGaps } from './registry-completeness';
import { changeDays, type SplitKey, splitInputOn, stateSignature, stretchOf } from './registry-state';

/** What the period split needs of an expense. */
export interface SplitExpense {
  readonly expenseDate: CalendarDate;
  readonly accountCode: string;
  readonly category: ExpenseCategory;
  readonly keyId: string | null;
  readonly amountCents: number;
}

/** One group's total split once: a unit's part and its owners' parts. */
export interface PeriodPart extends UnitPart {
  readonly accountCode: string;
  readonly category: ExpenseCategory;
  readonly keyId: string | null;
}

interface Group {
  readonly accountCode: string;
  readonly category: ExpenseCategory;
  readonly keyId: string | null;
  readonly input: DistributionInput;
  totalCents: number;
}

/**
 * The rounding-bias rule of a period statement (domain.md "Time"): splitting each small invoice on its own hands
 * the spare cent to the same unit every time, so the period's expenses are summed first, then each sum is split once.
 * One sum per account (and category), per key, and per registry state: expenses of days with the same weights and
 * owners share one sum, and a change of quota or owner within the period starts another, since a split must use the
 * registry of its date. Each unit's total for a group is then within one cent of its exact share.
 * Refused (REGISTRY_INCOMPLETE) when the registry is incomplete on any expense date, with the first such date of
 * each distinct registry state.
 */
export function splitPeriod(
  history: BuildingShareHistory,
  keys: ReadonlyMap<string, SplitKey>,
  expenses: readonly SplitExpense[],
): PeriodPart[] {
  const groups = groupExpenses(history, keys, expenses);
  const gaps = new Map<string, DomainFieldError[]>();
  for (const [signature, group] of groups) {
    const state = signature.slice(signature.indexOf('#') + 1);
    if (!gaps.has(state)) gaps.set(state, gapsOf(group));
  }
  const all = [...gaps.values()].flat();
  if (all.length) throw new RegistryIncomplete(all);
  const parts: PeriodPart[] = [];
  for (const group of groups.values()) {
    if (group.totalCents === 0) continue;
    const { accountCode, category, keyId } = group;
    for (const unit of distributeCharge({ ...group.input, amountCents: group.totalCents }).units)
      parts.push({ ...unit, accountCode, category, keyId });
  }
  return parts;
}

/**
 * Expenses are read by date, so each group's input is the registry of its first date. A registry state is computed
 * once per (key, stretch between registry changes) and its long signature interned as a small number, so grouping
 * costs one short key a line.
 */
function groupExpenses(
  history: BuildingShareHistory,
  keys: ReadonlyMap<string, SplitKey>,
  expenses: readonly SplitExpense[],
): Map<string, Group> {
  const groups = new Map<string, Group>();
  const states = new Map<string, { input: DistributionInput; id: number }>();
  const ids = new Map<string, number>();
  const days = changeDays(history);
  for (const expense of expenses) {
    const stateKey = `${expense.keyId ?? ''}@${stretchOf(days, expense.expenseDate)}`;
    let state = states.get(stateKey);
    if (!state) {
      const key = expense.keyId ? (keys.get(expense.keyId) ?? null) : null;
      const input = splitInputOn(history, key, expense.amountCents, expense.expenseDate);
      const signature = `${expense.keyId ?? ''}/${stateSignature(input)}`;
      if (!ids.has(signature)) ids.set(signature, ids.size);
      state = { input, id: ids.get(signature)! };
      states.set(stateKey, state);
    }
    const id = `${expense.accountCode}/${expense.category}#${state.id}`;
    const group = groups.get(id);
    if (group) group.totalCents += expense.amountCents;
    else groups.set(id, { ...pick(expense), input: state.input, totalCents: expense.amountCents });
  }
  return groups;
}

function pick(e: SplitExpense): Pick<Group, 'accountCode' | 'category' | 'keyId'> {
  return { accountCode: e.accountCode, category: e.category, keyId: e.keyId };
}

function gapsOf(group: Group): DomainFieldError[] {
  const { input, keyId } = group;
  const units = input.units.map((u) => ({
    unitNumber: u.unitNumber,
    weight: u.quota,
    shares: u.owners.map((o) => o.share),
  }));
  return registryGaps(input.on!, keyId ? null : input.totalQuota, units);
}
