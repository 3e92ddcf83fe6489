import {
  type CalendarDate,
  ClosedBooks,
  FULL_SHARE,
  formatShareSum,
  ResourceNotFound,
  Share,
  sumShares,
} from '../../../shared/domain';
import { OwnershipAlreadyActive, OwnershipOver100, OwnershipPeriodInvalid, TransferToSameOwner } from './unit.errors';

/** One person's share of a unit over [startDate, endDate): endDate is the first day it no longer holds it. */
export interface OwnershipSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly unitId: string;
  readonly ownerId: string;
  /** Ten-thousandths of a percent: 600000 is 60.0000 %. */
  readonly shareTenThousandths: number;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate | null;
  readonly isPrimaryContact: boolean;
}

export interface NewOwnership {
  readonly id: string;
  readonly ownerId: string;
  readonly share: Share;
  readonly startDate: CalendarDate;
  readonly isPrimaryContact: boolean;
}

export interface OwnershipChanges {
  readonly added: readonly OwnershipSnapshot[];
  /** Existing rows whose end date was set. */
  readonly ended: readonly OwnershipSnapshot[];
  /** Rows that never took effect, superseded (assign-owner). */
  readonly removed: readonly string[];
}

export const isActiveOn = (o: Pick<OwnershipSnapshot, 'startDate' | 'endDate'>, day: CalendarDate): boolean =>
  o.startDate <= day && (o.endDate === null || o.endDate > day);

/**
 * The ownership history of one unit, loaded under the unit row's lock. Rule: on every day, the shares active that
 * day sum to at most 100 %; one owner holds at most one share of the unit at a time. No change may touch a day of
 * the building's closed books (409 PERIOD_CLOSED): a change counts from the first day it alters, the start of a new
 * or dropped ownership and the new end of an ended one.
 */
export class UnitOwnerships {
  private readonly original: ReadonlyMap<string, OwnershipSnapshot>;
  private items: OwnershipSnapshot[];

  private constructor(
    readonly organizationId: string,
    readonly unitId: string,
    items: readonly OwnershipSnapshot[],
    private readonly books: ClosedBooks,
  ) {
    this.items = items.map((o) => ({ ...o }));
    this.original = new Map(items.map((o) => [o.id, o]));
  }

  /** `books`: the building's books as read under the same locks (open on every day by default). */
  static restore(
    organizationId: string,
    unitId: string,
    items: readonly OwnershipSnapshot[],
    books: ClosedBooks = ClosedBooks.open(),
  ): UnitOwnerships {
    return new UnitOwnerships(organizationId, unitId, items, books);
  }

  activeOn(day: CalendarDate): OwnershipSnapshot[] {
    return this.items.filter((o) => isActiveOn(o, day));
  }

  count(): number {
    return this.items.length;
  }

  /** A new co-owner from `startDate` on, open-ended. */
  add(input: NewOwnership): OwnershipSnapshot {
    const clash = this.items.some(
      (o) => o.ownerId === input.ownerId && (o.endDate === null || o.endDate > input.startDate),
    );
    if (clash) throw new OwnershipAlreadyActive();
    this.books.assertOpen(input.startDate);
    const created: OwnershipSnapshot = {
      id: input.id,
      organizationId: this.organizationId,
      unitId: this.unitId,
      ownerId: input.ownerId,
      shareTenThousandths: input.share.tenThousandths,
      startDate: input.startDate,
      endDate: null,
      isPrimaryContact: input.isPrimaryContact,
    };
    this.assertSharesWithin100([...this.items, created], created.startDate);
    this.items.push(created);
    return created;
  }

  /** Ends the owner's open ownership: from `endDate` on it no longer holds the share. */
  end(ownerId: string, endDate: CalendarDate): OwnershipSnapshot {
    const open = this.openOf(ownerId);
    if (!open) throw new ResourceNotFound('ownership');
    return this.close(open, endDate);
  }

  /**
   * A sale of the seller's whole share on `date`: the seller's ownership ends that day and the buyer's starts. A buyer
   * who already co-owns the unit ends up with one ownership holding both shares.
   */
  transfer(input: { id: string; fromOwnerId: string; toOwnerId: string; date: CalendarDate }): OwnershipSnapshot {
    if (input.fromOwnerId === input.toOwnerId) throw new TransferToSameOwner();
    const seller = this.openOf(input.fromOwnerId);
    if (!seller) throw new ResourceNotFound('ownership');
    this.close(seller, input.date);
    const buyer = this.openOf(input.toOwnerId);
    if (buyer) this.close(buyer, input.date);
    return this.add({
      id: input.id,
      ownerId: input.toOwnerId,
      share: Share.of(seller.shareTenThousandths + (buyer?.shareTenThousandths ?? 0)),
      startDate: input.date,
      isPrimaryContact: seller.isPrimaryContact || (buyer?.isPrimaryContact ?? false),
    });
  }

  /**
   * Makes `ownerId` the sole owner (100 %) from `today`: current ownerships end today, ones that had not started yet
   * are dropped. Already the sole open owner: nothing changes.
   */
  assignSole(input: { id: string; ownerId: string; today: CalendarDate }): OwnershipSnapshot {
    const current = this.items.filter((o) => o.endDate === null || o.endDate > input.today);
    const only = current[0];
    if (current.length === 1 && only && only.ownerId === input.ownerId && only.endDate === null) {
      if (only.shareTenThousandths === FULL_SHARE && only.startDate <= input.today) return only;
    }
    for (const o of current) {
      if (o.startDate < input.today) this.replace({ ...o, endDate: input.today });
      else {
        this.books.assertOpen(o.startDate);
        this.items = this.items.filter((item) => item.id !== o.id);
      }
    }
    return this.add({
      id: input.id,
      ownerId: input.ownerId,
      share: Share.full(),
      startDate: input.today,
      isPrimaryContact: true,
    });
  }

  /** What to write: new rows, rows whose end date changed, rows removed. */
  changes(): OwnershipChanges {
    const current = new Map(this.items.map((o) => [o.id, o]));
    return {
      added: this.items.filter((o) => !this.original.has(o.id)),
      ended: this.items.filter((o) => this.original.has(o.id) && this.original.get(o.id)?.endDate !== o.endDate),
      removed: [...this.original.keys()].filter((id) => !current.has(id)),
    };
  }

  private openOf(ownerId: string): OwnershipSnapshot | undefined {
    return this.items.find((o) => o.ownerId === ownerId && o.endDate === null);
  }

  private close(ownership: OwnershipSnapshot, endDate: CalendarDate): OwnershipSnapshot {
    if (endDate <= ownership.startDate) throw new OwnershipPeriodInvalid(ownership.startDate, endDate);
    this.books.assertOpen(endDate);
    const ended = { ...ownership, endDate };
    this.replace(ended);
    return ended;
  }

  private replace(ownership: OwnershipSnapshot): void {
    this.items = this.items.map((o) => (o.id === ownership.id ? ownership : o));
  }

  /** The sum only rises where a period starts: checking `from` and every later start is enough. */
  private assertSharesWithin100(items: readonly OwnershipSnapshot[], from: CalendarDate): void {
    const days = new Set([from, ...items.map((o) => o.startDate).filter((d) => d > from)]);
    for (const day of days) {
      const total = sumShares(items.filter((o) => isActiveOn(o, day)).map((o) => o.shareTenThousandths));
      if (total > FULL_SHARE) throw new OwnershipOver100(formatShareSum(total), day);
    }
  }
}
