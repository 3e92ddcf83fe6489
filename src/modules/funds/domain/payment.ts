import type { CalendarDate, Page, PageRequest, Period } from '../../../shared/domain';
import type { Allocation, AllocationPlan, OpenItem } from './payment-allocation';

export interface PaymentSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly ownerId: string;
  readonly amountCents: number;
  readonly paidOn: CalendarDate;
  /** The 12 digits of the structured communication it carried, or null. */
  readonly ogm: string | null;
  readonly counterpartyIban: string | null;
  readonly allocations: readonly Allocation[];
  readonly unallocatedCents: number;
  readonly recordedBy: string;
  readonly createdAt: Date;
}

export type NewPayment = Omit<PaymentSnapshot, 'allocations' | 'unallocatedCents'>;

export const PAYMENT_SORTS = ['paidOn', 'amountCents', 'createdAt'] as const;
export type PaymentSort = (typeof PAYMENT_SORTS)[number];

export interface PaymentCriteria extends Period {
  readonly buildingId?: string;
  readonly ownerId?: string;
}

/** The call item a structured communication names in a building. */
export interface NamedItem {
  readonly id: string;
  readonly ownerId: string;
}

/** A call item still owed by an owner who paid before from `counterpartyIban` (bank reconciliation). */
export interface PayerItem {
  readonly callItemId: string;
  readonly ownerId: string;
  readonly counterpartyIban: string;
  readonly outstandingCents: number;
  readonly dueDate: CalendarDate;
}

export abstract class PaymentRepository {
  abstract findById(organizationId: string, id: string): Promise<PaymentSnapshot | null>;
  abstract itemByOgm(organizationId: string, buildingId: string, ogm: string): Promise<NamedItem | null>;
  /** The call item of the building, or null when the building has no such item. */
  abstract itemById(organizationId: string, buildingId: string, id: string): Promise<NamedItem | null>;
  /**
   * The building's call items (calls not cancelled) with something left to pay, of the owners whose earlier payments
   * of the organization came from one of `ibans`; oldest due first.
   */
  abstract openItemsOfPayers(
    organizationId: string,
    buildingId: string,
    ibans: readonly string[],
  ): Promise<PayerItem[]>;
  /**
   * In one transaction: locks every call item of the payment's owner in its building (in id order, the order a
   * cancellation locks them too), reads what each still owes (calls not cancelled), lets `plan` allocate the payment,
   * stores the payment with its allocations.
   */
  abstract record(payment: NewPayment, plan: (items: readonly OpenItem[]) => AllocationPlan): Promise<PaymentSnapshot>;
  abstract list(
    organizationId: string,
    criteria: PaymentCriteria,
    page: PageRequest<PaymentSort>,
  ): Promise<Page<PaymentSnapshot>>;
}
