import type { CalendarDate } from '../../../shared/domain';

/** An overdue call item of one owner at a date: due before it, something left to pay. */
export interface OverdueItem {
  readonly callItemId: string;
  readonly callId: string;
  readonly fundId: string;
  readonly title: string;
  readonly ogm: string;
  readonly dueDate: CalendarDate;
  readonly outstandingCents: number;
}

export interface OwnerOverdue {
  readonly ownerId: string;
  readonly items: readonly OverdueItem[];
  /** Payments of the owner not allocated to any item (a credit), up to the date. */
  readonly creditCents: number;
}

export interface ArrearsItem extends OverdueItem {
  readonly daysLate: number;
  readonly lateInterestCents: number;
}

export interface OwnerArrears {
  readonly ownerId: string;
  readonly overdueCents: number;
  readonly oldestDueDate: CalendarDate;
  readonly daysLate: number;
  readonly lateInterestCents: number;
  /** Oldest first, each after the owner's credit has paid what it covers. */
  readonly items: readonly ArrearsItem[];
}

/**
 * The owners in arrears on `asOf` (domain.md "Money"): each overdue item less what the owner's credit covers, oldest
 * first; owners whose credit covers everything are left out. Late interest only with a rate the statutes or the
 * assembly set (`annualRateBp`, basis points a year): simple interest per day late, rounded down to the cent;
 * none by default. Ordered by oldest due date, then owner id.
 */
export function arrearsOn(
  asOf: CalendarDate,
  owners: readonly OwnerOverdue[],
  annualRateBp: number | null,
): OwnerArrears[] {
  const result: OwnerArrears[] = [];
  for (const owner of owners) {
    const items = afterCredit(owner).map((item) => {
      const daysLate = daysBetween(item.dueDate, asOf);
      return { ...item, daysLate, lateInterestCents: interestCents(item.outstandingCents, daysLate, annualRateBp) };
    });
    const oldest = items[0];
    if (!oldest) continue;
    result.push({
      ownerId: owner.ownerId,
      overdueCents: items.reduce((sum, i) => sum + i.outstandingCents, 0),
      oldestDueDate: oldest.dueDate,
      daysLate: oldest.daysLate,
      lateInterestCents: items.reduce((sum, i) => sum + i.lateInterestCents, 0),
      items,
    });
  }
  return result.sort((a, b) => compare(a.oldestDueDate, b.oldestDueDate) || compare(a.ownerId, b.ownerId));
}

function afterCredit(owner: OwnerOverdue): OverdueItem[] {
  let credit = owner.creditCents;
  const left: OverdueItem[] = [];
  const oldestFirst = [...owner.items].sort(
    (a, b) => compare(a.dueDate, b.dueDate) || compare(a.callItemId, b.callItemId),
  );
  for (const item of oldestFirst) {
    const covered = Math.min(credit, item.outstandingCents);
    credit -= covered;
    if (item.outstandingCents - covered > 0) left.push({ ...item, outstandingCents: item.outstandingCents - covered });
  }
  return left;
}

function interestCents(outstandingCents: number, daysLate: number, annualRateBp: number | null): number {
  if (!annualRateBp || daysLate <= 0) return 0;
  return Number((BigInt(outstandingCents) * BigInt(annualRateBp) * BigInt(daysLate)) / (10_000n * 365n));
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
