import type { CalendarDate } from '../../../shared/domain';

/** A call item that can still take money: not cancelled, something left to pay. */
export interface OpenItem {
  readonly id: string;
  readonly dueDate: CalendarDate;
  readonly callDate: CalendarDate;
  readonly outstandingCents: number;
}

export interface Allocation {
  readonly callItemId: string;
  readonly amountCents: number;
}

export interface AllocationPlan {
  readonly allocations: readonly Allocation[];
  /** Left over: a credit on the owner's ledger. */
  readonly unallocatedCents: number;
}

/**
 * Where a payment goes (domain.md "Money", api.md): first to the call item its structured communication names, then
 * to the owner's oldest due items (due date, then call date, then id), and what is left stays as a credit. Never more
 * to an item than it still owes; the allocations and the credit always sum to the payment.
 */
export function allocatePayment(
  amountCents: number,
  namedItemId: string | null,
  items: readonly OpenItem[],
): AllocationPlan {
  const ordered = [...items].filter((i) => i.outstandingCents > 0).sort(oldestFirst);
  const named = ordered.find((i) => i.id === namedItemId);
  const queue = named ? [named, ...ordered.filter((i) => i !== named)] : ordered;
  const allocations: Allocation[] = [];
  let left = amountCents;
  for (const item of queue) {
    if (left === 0) break;
    const part = Math.min(left, item.outstandingCents);
    allocations.push({ callItemId: item.id, amountCents: part });
    left -= part;
  }
  return { allocations, unallocatedCents: left };
}

function oldestFirst(a: OpenItem, b: OpenItem): number {
  return compare(a.dueDate, b.dueDate) || compare(a.callDate, b.callDate) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
