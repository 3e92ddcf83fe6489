import type { CalendarDate, Page, PageRequest, Period } from '../../../shared/domain';
import type { CallStatus, ItemUnit } from './call-items';

export interface CallItemSnapshot {
  readonly id: string;
  readonly ownerId: string;
  readonly amountCents: number;
  /** The owner's part of each unit it held on the call date, by unit number. */
  readonly units: readonly ItemUnit[];
  /** The 12 digits of its structured communication. */
  readonly ogm: string;
  /** Σ payments allocated to it. */
  readonly paidCents: number;
}

export interface CallSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly fundId: string;
  readonly title: string;
  readonly amountCents: number;
  readonly callDate: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly keyId: string | null;
  readonly cancelledAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** By owner id; they sum to `amountCents`. */
  readonly items: readonly CallItemSnapshot[];
}

export const CALL_SORTS = ['callDate', 'dueDate', 'amountCents', 'createdAt'] as const;
export type CallSort = (typeof CALL_SORTS)[number];

export interface CallCriteria extends Period {
  readonly buildingId?: string;
  readonly status?: CallStatus;
  /** `overdue` and `open` are told apart on this day. */
  readonly today: CalendarDate;
}

/**
 * Calls for funds and their items. `insert` refuses (OgmTaken) a structured communication already given in the
 * organization, so the caller draws new ones; `cancel` locks the call's items in id order, then refuses
 * (CALL_HAS_PAYMENTS) when a payment is allocated to one of them.
 */
export abstract class CallRepository {
  abstract insert(call: CallSnapshot): Promise<void>;
  abstract findById(organizationId: string, id: string): Promise<CallSnapshot | null>;
  abstract list(
    organizationId: string,
    criteria: CallCriteria,
    page: PageRequest<CallSort>,
  ): Promise<Page<CallSnapshot>>;
  /** Null when there is no such call. */
  abstract cancel(organizationId: string, id: string, now: Date): Promise<CallSnapshot | null>;
  /** Σ the calls on the building's reserve funds dated in `year`, cancelled ones left out. */
  abstract reserveCalledIn(organizationId: string, buildingId: string, year: number): Promise<number>;
}

/** A structured communication drawn twice in one organization: the caller draws again. */
export class OgmTaken extends Error {
  constructor() {
    super('structured communication already given');
  }
}
