import type { CalendarDate } from '@shared/domain';

/** The two formats Belgian banks deliver statements in. */
export type StatementFormat = 'coda' | 'camt053';

/** One booked movement as the bank reported it. Credits are positive, debits negative, in integer cents. */
export interface StatementMovement {
  /** The bank's own reference of the movement (CODA 2.1 positions 11-31, CAMT `AcctSvcrRef` or `NtryRef`). */
  readonly bankReference: string;
  readonly amountCents: number;
  readonly bookingDate: CalendarDate;
  readonly valueDate: CalendarDate | null;
  /** The 12 digits of a Belgian structured communication with a valid check, when the payer used one. */
  readonly ogm: string | null;
  /** Free text of the communication (or a structured one whose check failed, kept as the payer wrote it). */
  readonly communication: string | null;
  readonly counterpartyIban: string | null;
  readonly counterpartyName: string | null;
}

/** One statement of one account, read from a file but not yet checked for balance. */
export interface ParsedStatement {
  readonly format: StatementFormat;
  /** The statement's account, an IBAN without spaces. */
  readonly accountIban: string;
  readonly currency: string;
  /** The bank's statement number (CODA paper sequence number, CAMT legal or electronic sequence number, else Id). */
  readonly statementNumber: string;
  readonly openingCents: number;
  readonly openingDate: CalendarDate;
  readonly closingCents: number;
  readonly closingDate: CalendarDate;
  readonly movements: readonly StatementMovement[];
}
