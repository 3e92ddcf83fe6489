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

export abstract class PaymentRepository {
  abstract itemByOgm(organizationId: string, buildingId: string, ogm: string): Promise<NamedItem | null>;
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
