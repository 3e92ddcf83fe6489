import type { CalendarDate } from '../../../shared/domain';

/** The parts of one split as the expenses context gives them: units by number, each with its owners' parts. */
export interface SplitUnit {
  readonly unitId: string;
  readonly unitNumber: string;
  readonly amountCents: number;
  readonly owners: readonly { readonly ownerId: string; readonly amountCents: number }[];
}

export interface ItemUnit {
  readonly unitId: string;
  readonly unitNumber: string;
  readonly amountCents: number;
}

/** What one owner owes on one call: the sum of its parts of every unit it held on the call date. */
export interface OwnerDue {
  readonly ownerId: string;
  readonly amountCents: number;
  /** By unit number. */
  readonly units: readonly ItemUnit[];
}

/**
 * One item per owner and call (domain.md "Money": one structured communication per owner and call): the owner's
 * parts of each unit added up. The split is exact, so the items sum to the call's amount; an owner whose parts round
 * to 0 cents gets no item (nothing to pay, no letter). Ordered by owner id.
 */
export function ownerDues(units: readonly SplitUnit[]): OwnerDue[] {
  const byOwner = new Map<string, ItemUnit[]>();
  for (const unit of units) {
    for (const owner of unit.owners) {
      if (owner.amountCents === 0) continue;
      const list = byOwner.get(owner.ownerId) ?? [];
      list.push({ unitId: unit.unitId, unitNumber: unit.unitNumber, amountCents: owner.amountCents });
      byOwner.set(owner.ownerId, list);
    }
  }
  return [...byOwner]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ownerId, parts]) => ({
      ownerId,
      amountCents: parts.reduce((sum, p) => sum + p.amountCents, 0),
      units: [...parts].sort((a, b) => (a.unitNumber < b.unitNumber ? -1 : a.unitNumber > b.unitNumber ? 1 : 0)),
    }));
}

export type CallStatus = 'open' | 'overdue' | 'paid' | 'cancelled';
export const CALL_STATUSES: readonly CallStatus[] = ['open', 'overdue', 'paid', 'cancelled'];

/** A call's status on `today`: cancelled, else paid once every item is, else overdue past its due date, else open. */
export function callStatusOn(
  call: { readonly cancelledAt: Date | null; readonly dueDate: CalendarDate; readonly outstandingCents: number },
  today: CalendarDate,
): CallStatus {
  if (call.cancelledAt) return 'cancelled';
  if (call.outstandingCents <= 0) return 'paid';
  return call.dueDate < today ? 'overdue' : 'open';
}
