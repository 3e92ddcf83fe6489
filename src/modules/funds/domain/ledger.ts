import type { CalendarDate } from '../../../shared/domain';
import type { OwnerOverdue } from './arrears';

export type LedgerLineKind = 'call' | 'payment';

/** One dated line of an owner's ledger: a call item it owes (debit) or a payment it made (credit). */
export interface LedgerLine {
  readonly date: CalendarDate;
  readonly kind: LedgerLineKind;
  /** The call item or the payment. */
  readonly id: string;
  readonly callId: string | null;
  readonly fundId: string | null;
  readonly description: string;
  readonly ogm: string | null;
  readonly dueDate: CalendarDate | null;
  readonly debitCents: number;
  readonly creditCents: number;
  /** Of a payment: what no item took, a credit. */
  readonly unallocatedCents: number;
  /** Owed after this line (negative: the owner is in credit). */
  readonly balanceCents: number;
}

export interface FundBalance {
  /** Null: payments no call item took (the owner's credit). */
  readonly fundId: string | null;
  readonly balanceCents: number;
}

export interface Ledger {
  readonly ownerId: string;
  readonly buildingId: string;
  readonly from: CalendarDate | null;
  readonly to: CalendarDate;
  /** Owed before `from` (calls − payments); 0 without `from`. */
  readonly openingBalanceCents: number;
  readonly lines: readonly LedgerLine[];
  /** Owed at the end of `to`: the opening balance plus the lines. */
  readonly closingBalanceCents: number;
  /** The closing balance per fund; they sum to it. */
  readonly balances: readonly FundBalance[];
}

/** The books of the owners, read in SQL over a date range. */
export abstract class LedgerReads {
  /** One round trip: the opening balance, the lines with their running balance, the balances per fund. */
  abstract ledger(
    organizationId: string,
    ownerId: string,
    buildingId: string,
    from: CalendarDate | null,
    to: CalendarDate,
  ): Promise<Ledger>;
  /** Owners with items due before `asOf` and still owed on it, with their credit on it. */
  abstract overdue(organizationId: string, buildingId: string, asOf: CalendarDate): Promise<OwnerOverdue[]>;
  /** The building's late interest (basis points a year), null when none was set. */
  abstract lateInterestRate(organizationId: string, buildingId: string): Promise<number | null>;
}
