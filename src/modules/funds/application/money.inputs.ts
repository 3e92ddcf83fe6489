import type { CalendarDate, SortOrder } from '../../../shared/domain';
import type { CallStatus } from '../domain/call-items';
import type { CallSort } from '../domain/call';
import type { PaymentSort } from '../domain/payment';

export interface IssueCallInput {
  readonly buildingId: string;
  readonly fundId: string;
  readonly title: string;
  readonly amountCents: number;
  readonly callDate: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly keyId?: string | null;
}

export interface ListCallsInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: CallSort;
  readonly order?: SortOrder;
  readonly buildingId?: string;
  readonly status?: CallStatus;
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

export interface RecordPaymentInput {
  readonly buildingId: string;
  readonly amountCents: number;
  readonly paidOn: CalendarDate;
  /** As the bank gave it: +++ddd/dddd/ddddd+++ or its 12 digits. */
  readonly ogm?: string | null;
  readonly ownerId?: string | null;
  readonly counterpartyIban?: string | null;
  /** A call item of the building the payment goes to first, whatever its structured communication names. */
  readonly callItemId?: string | null;
}

export interface ListPaymentsInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: PaymentSort;
  readonly order?: SortOrder;
  readonly buildingId?: string;
  readonly ownerId?: string;
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}

export interface LedgerInput {
  readonly buildingId: string;
  readonly from?: CalendarDate;
  readonly to?: CalendarDate;
}
