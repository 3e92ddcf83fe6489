import { normalizeOgm, type CalendarDate } from '@shared/domain';
import type { ParsedStatement, StatementMovement } from './bank-statement-file';
import { MalformedStatement } from './bank-statement.errors';
import { readCodaAccount, type CodaAccount } from './coda-account';
import { counterpartyAccount, ddmmyyToDate, freeText } from './statement-text';

/*
 * Febelfin "Standard CODA" version 2 (coded statements of account): records of 128 characters, 0 header, 1 old
 * balance, 2.1-2.3 movements, 3.1-3.3 information, 4 free communication, 8 new balance, 9 trailer. A file may hold
 * several statements (one 0...9 group each). Positions below are the specification's, counted from 1.
 */

const RECORD_LENGTH = 128;
const FORMAT = 'CODA';

/** True when the text starts like a CODA file: a header record "0" followed by four zeros. */
export function looksLikeCoda(text: string): boolean {
  return /^\uFEFF?0000\d/.test(text);
}

/** Every statement of a CODA file, in file order. Refuses (STATEMENT_MALFORMED) a record it cannot read. */
export function parseCoda(text: string): ParsedStatement[] {
  const statements: ParsedStatement[] = [];
  let current: StatementDraft | null = null;
  codaRecords(text).forEach((record, index) => {
    const at = `record ${index + 1}`;
    const kind = record[0];
    if (kind === '0') {
      if (current) throw new MalformedStatement(FORMAT, `${at}: header before the trailer of the previous statement`);
      if (record[127] !== '2') throw new MalformedStatement(FORMAT, `${at}: only CODA version 2 is read`);
      current = new StatementDraft();
      return;
    }
    if (!current) throw new MalformedStatement(FORMAT, `${at}: record before the header`);
    if (kind === '9') {
      statements.push(current.finish(at));
      current = null;
      return;
    }
    current.read(record, at);
  });
  if (current) throw new MalformedStatement(FORMAT, 'the file ends before the trailer record 9');
  if (!statements.length) throw new MalformedStatement(FORMAT, 'no statement in the file');
  return statements;
}

/** Records as lines (LF or CRLF) or, without line breaks, as 128-character blocks; short lines are padded. */
function codaRecords(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '').replace(/(\r?\n)+$/, '');
  const lines =
    !/[\r\n]/.test(body) && body.length > RECORD_LENGTH && body.length % RECORD_LENGTH === 0
      ? (body.match(/[\s\S]{128}/g) ?? [])
      : body.split(/\r?\n/);
  return lines.map((line, index) => {
    if (line.length > RECORD_LENGTH) {
      throw new MalformedStatement(FORMAT, `record ${index + 1}: longer than ${RECORD_LENGTH} characters`);
    }
    return line.padEnd(RECORD_LENGTH, ' ');
  });
}

/** A movement being read: its 2.1 record, completed by the 2.2 and 2.3 records that follow it. */
interface MovementDraft {
  key: string;
  bankReference: string;
  amountCents: number;
  bookingDate: CalendarDate;
  valueDate: CalendarDate | null;
  ogm: string | null;
  communication: string;
  counterpartyIban: string | null;
  counterpartyName: string | null;
  /** Details of a globalised movement are read for their records but are not movements of the statement. */
  detail: boolean;
}

class StatementDraft {
  private account: CodaAccount | null = null;
  private accountZone = '';
  private statementNumber = '';
  private opening: { cents: number; date: CalendarDate } | null = null;
  private closing: { cents: number; date: CalendarDate } | null = null;
  private readonly movements: MovementDraft[] = [];

  read(record: string, at: string): void {
    const kind = record[0];
    if (kind === '1') return this.readOldBalance(record, at);
    if (!this.opening) throw new MalformedStatement(FORMAT, `${at}: record before the old balance record 1`);
    if (this.closing && kind !== '4') throw new MalformedStatement(FORMAT, `${at}: record after the new balance`);
    if (kind === '2') return this.readMovement(record, at);
    if (kind === '8') return this.readNewBalance(record, at);
    if (kind === '3' || kind === '4') return; // information and free communication: nothing the books use
    throw new MalformedStatement(FORMAT, `${at}: unknown record type "${kind}"`);
  }

  finish(at: string): ParsedStatement {
    if (!this.account || !this.opening || !this.closing) {
      throw new MalformedStatement(FORMAT, `${at}: trailer before the old and new balance records`);
    }
    return {
      format: 'coda',
      accountIban: this.account.iban,
      currency: this.account.currency || 'EUR',
      statementNumber: this.statementNumber,
      openingCents: this.opening.cents,
      openingDate: this.opening.date,
      closingCents: this.closing.cents,
      closingDate: this.closing.date,
      movements: this.movements.filter((movement) => !movement.detail).map(toMovement),
    };
  }

  /** Record 1: 2 account structure, 3-5 paper statement number, 6-42 account, 43 sign, 44-58 amount, 59-64 date. */
  private readOldBalance(record: string, at: string): void {
    if (this.opening) throw new MalformedStatement(FORMAT, `${at}: a second old balance record`);
    this.accountZone = record.slice(5, 42);
    this.account = readCodaAccount(record[1] ?? '', this.accountZone);
    if (!this.account) throw new MalformedStatement(FORMAT, `${at}: account number`);
    const paper = record.slice(2, 5).trim();
    const coded = record.slice(125, 128).trim();
    this.statementNumber = /^0*$/.test(paper) ? coded : paper;
    this.opening = { cents: signedAmount(record[42], record.slice(43, 58), at), date: date(record.slice(58, 64), at) };
  }

  /** Record 8: 5-41 account (as in record 1), 42 sign, 43-57 amount, 58-63 date. */
  private readNewBalance(record: string, at: string): void {
    if (record.slice(4, 41) !== this.accountZone) {
      throw new MalformedStatement(FORMAT, `${at}: the new balance names another account than the old balance`);
    }
    this.closing = { cents: signedAmount(record[41], record.slice(42, 57), at), date: date(record.slice(57, 63), at) };
  }

  private readMovement(record: string, at: string): void {
    const article = record[1];
    const key = record.slice(2, 10);
    if (article === '1') return this.readMovementStart(record, key, at);
    const movement = this.movements.at(-1);
    if (!movement || movement.key !== key) {
      throw new MalformedStatement(FORMAT, `${at}: record 2.${article} without its record 2.1`);
    }
    if (article === '2') {
      movement.communication += record.slice(10, 63); // 11-63 communication (continued)
    } else if (article === '3') {
      movement.counterpartyIban = counterpartyAccount(record.slice(10, 44)); // 11-47 account (34) + currency
      movement.counterpartyName = freeText(record.slice(47, 82)); // 48-82 name
      movement.communication += record.slice(82, 125); // 83-125 communication (continued)
    } else {
      throw new MalformedStatement(FORMAT, `${at}: unknown movement record 2.${article}`);
    }
  }

  /**
   * Record 2.1: 3-6 sequence, 7-10 detail number, 11-31 bank reference, 32 sign, 33-47 amount, 48-53 value date,
   * 54-61 transaction code, 62 communication type (1 structured), 63-115 communication, 116-121 entry date.
   */
  private readMovementStart(record: string, key: string, at: string): void {
    const structured = record[61] === '1';
    const zone = record.slice(62, 115);
    const ogm = structured && ['101', '102'].includes(zone.slice(0, 3)) ? normalizeOgm(zone.slice(3, 15)) : null;
    const valueDate = record.slice(47, 53);
    this.movements.push({
      key,
      bankReference: record.slice(10, 31).trim(),
      amountCents: signedAmount(record[31], record.slice(32, 47), at),
      bookingDate: date(record.slice(115, 121), at),
      valueDate: valueDate === '000000' ? null : date(valueDate, at),
      ogm,
      communication: ogm ? '' : structured ? zone.slice(3) : zone,
      counterpartyIban: null,
      counterpartyName: null,
      detail: record.slice(6, 10) !== '0000',
    });
  }
}

function toMovement(draft: MovementDraft): StatementMovement {
  return {
    bankReference: draft.bankReference,
    amountCents: draft.amountCents,
    bookingDate: draft.bookingDate,
    valueDate: draft.valueDate,
    ogm: draft.ogm,
    communication: freeText(draft.communication),
    counterpartyIban: draft.counterpartyIban,
    counterpartyName: draft.counterpartyName,
  };
}

/** Sign 0 credit, 1 debit; 15 digits of which 3 decimals, the last always 0 for a euro amount in cents. */
function signedAmount(sign: string | undefined, digits: string, at: string): number {
  if (sign !== '0' && sign !== '1') throw new MalformedStatement(FORMAT, `${at}: amount sign "${sign}"`);
  if (!/^\d{14}0$/.test(digits)) throw new MalformedStatement(FORMAT, `${at}: amount "${digits}"`);
  const cents = Number(digits.slice(0, 14));
  return sign === '1' ? 0 - cents : cents;
}

function date(text: string, at: string): CalendarDate {
  const value = ddmmyyToDate(text);
  if (!value) throw new MalformedStatement(FORMAT, `${at}: date "${text}"`);
  return value;
}
