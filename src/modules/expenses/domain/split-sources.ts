import type { BuildingShareHistory } from './building-shares';
import type { ExpenseSnapshot } from './expense';
import type { SplitKey } from './registry-state';

/** One expense with what its split reads: the building's registry as it stood on the expense's date, and its key. */
export interface ExpenseSplitSources {
  readonly expense: ExpenseSnapshot;
  /** The units with the quota each held on the expense's date and the ownerships active that day only. */
  readonly history: BuildingShareHistory;
  /** The expense's distribution key, null when it is split by the quotas. */
  readonly key: SplitKey | null;
}

/**
 * The sources of one expense's distribution, read together (one round trip): the expense, its key and the registry
 * of its day, which is all `distributeByKeyOn` looks at for that day. Not filtered by role: the caller checks what
 * the tenant may see; the tenant scopes the read to its organization.
 */
export abstract class SplitSources {
  abstract forExpense(organizationId: string, expenseId: string): Promise<ExpenseSplitSources | null>;
}
