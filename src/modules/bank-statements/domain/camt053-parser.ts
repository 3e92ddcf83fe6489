import { isCalendarDate, normalizeIban, normalizeOgm, type CalendarDate } from '@shared/domain';
import type { ParsedStatement, StatementMovement } from './bank-statement-file';
import { MalformedStatement, UnknownStatementFormat } from './bank-statement.errors';
import { counterpartyAccount, decimalToCents, freeText } from './statement-text';
import { child, children, readXmlTree, textAt, XmlRefused, type XmlElement } from './xml-tree';

/*
 * ISO 20022 camt.053 "BankToCustomerStatement" (versions 001.02 and later, as Belgian banks deliver it following the
 * Febelfin implementation guide): Document/BkToCstmrStmt/Stmt, each with its account (Acct/Id/IBAN), balances (Bal:
 * OPBD or PRCD opening, CLBD closing) and booked entries (Ntry), whose details (NtryDtls/TxDtls) carry the remittance
 * information (RmtInf: Strd/CdtrRefInf with type SCOR and issuer BBA for a Belgian structured communication, or Ustrd)
 * and the counterparty (RltdPties: Dbtr/DbtrAcct for a credit, Cdtr/CdtrAcct for a debit).
 */

const FORMAT = 'CAMT.053';
const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}$/;

/** True when the text starts like an XML document (a CAMT.053 file is checked further when parsed). */
export function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** Every statement of a CAMT.053 document. An XML document of another kind is not a statement (format unknown). */
export function parseCamt053(text: string): ParsedStatement[] {
  let root: XmlElement;
  try {
    root = readXmlTree(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof XmlRefused) throw new MalformedStatement(FORMAT, error.message);
    throw error;
  }
  if (root.name !== 'Document' || !NAMESPACE.test(root.namespace)) throw new UnknownStatementFormat();
  const statements = children(child(root, 'BkToCstmrStmt'), 'Stmt');
  if (!statements.length) throw new MalformedStatement(FORMAT, 'no Stmt in BkToCstmrStmt');
  return statements.map((statement, index) => readStatement(statement, `Stmt ${index + 1}`));
}

function readStatement(statement: XmlElement, at: string): ParsedStatement {
  const accountIban = normalizeIban(textAt(statement, 'Acct/Id/IBAN') ?? '');
  if (!accountIban) throw new MalformedStatement(FORMAT, `${at}: Acct/Id/IBAN`);
  const balances = children(statement, 'Bal');
  const opening = balance(balances, ['OPBD', 'PRCD'], at);
  const closing = balance(balances, ['CLBD'], at);
  const entries = children(statement, 'Ntry').filter(isBooked);
  return {
    format: 'camt053',
    accountIban,
    currency: textAt(statement, 'Acct/Ccy') ?? opening.currency,
    statementNumber:
      textAt(statement, 'LglSeqNb') ?? textAt(statement, 'ElctrncSeqNb') ?? textAt(statement, 'Id') ?? '',
    openingCents: opening.cents,
    openingDate: opening.date,
    closingCents: closing.cents,
    closingDate: closing.date,
    movements: entries.flatMap((entry, index) => readEntry(entry, `${at} Ntry ${index + 1}`)),
  };
}

interface Balance {
  readonly cents: number;
  readonly date: CalendarDate;
  readonly currency: string;
}

function balance(balances: readonly XmlElement[], codes: readonly string[], at: string): Balance {
  for (const code of codes) {
    const found = balances.find((candidate) => textAt(candidate, 'Tp/CdOrPrtry/Cd') === code);
    if (found) {
      const where = `${at} Bal ${code}`;
      return {
        cents: signedAmount(found, where),
        date: dateOf(child(found, 'Dt'), where),
        currency: child(found, 'Amt')?.attributes['Ccy'] ?? '',
      };
    }
  }
  throw new MalformedStatement(FORMAT, `${at}: no balance ${codes.join(' or ')}`);
}

/** Only booked entries move the balance ("BOOK"; `Sts` is a code in 001.02-001.07, `Sts/Cd` from 001.08). */
function isBooked(entry: XmlElement): boolean {
  const status = textAt(entry, 'Sts/Cd') ?? textAt(entry, 'Sts');
  return status === null || status === 'BOOK';
}

/**
 * One movement per entry, or one per transaction when a batch entry lists its transactions with amounts adding up
 * to the entry (a collective credit), so that each owner's transfer can be matched on its own.
 */
function readEntry(entry: XmlElement, at: string): StatementMovement[] {
  const amountCents = signedAmount(entry, at);
  const bookingDate = dateOf(child(entry, 'BookgDt'), `${at} BookgDt`);
  const valueDate = child(entry, 'ValDt') ? dateOf(child(entry, 'ValDt'), `${at} ValDt`) : null;
  const reference = textAt(entry, 'AcctSvcrRef') ?? textAt(entry, 'NtryRef') ?? '';
  const details = children(entry, 'NtryDtls').flatMap((group) => children(group, 'TxDtls'));
  const base = { bookingDate, valueDate, credit: amountCents >= 0 };
  const parts = details.length > 1 ? splitAmounts(details, amountCents, at) : null;
  if (!parts) return [movement({ ...base, amountCents, reference, details: details[0] ?? null })];
  return details.map((details, index) =>
    movement({
      ...base,
      amountCents: parts[index] ?? 0,
      reference: textAt(details, 'Refs/AcctSvcrRef') ?? `${reference}/${index + 1}`,
      details,
    }),
  );
}

/** The signed amounts of a batch's transactions, or null when they are not all given or do not add up. */
function splitAmounts(details: readonly XmlElement[], total: number, at: string): number[] | null {
  const amounts: number[] = [];
  for (const [index, transaction] of details.entries()) {
    const holder = child(transaction, 'Amt') ? transaction : child(transaction, 'AmtDtls/TxAmt');
    if (!holder || !child(holder, 'Amt')) return null;
    const cents = unsigned(holder, `${at} TxDtls ${index + 1}`);
    const indicator = textAt(transaction, 'CdtDbtInd');
    const debit = indicator ? indicator === 'DBIT' : total < 0;
    amounts.push(debit ? 0 - cents : cents);
  }
  return amounts.reduce((sum, cents) => sum + cents, 0) === total ? amounts : null;
}

interface EntryPart {
  readonly amountCents: number;
  readonly bookingDate: CalendarDate;
  readonly valueDate: CalendarDate | null;
  readonly reference: string;
  readonly credit: boolean;
  readonly details: XmlElement | null;
}

function movement(part: EntryPart): StatementMovement {
  const remittance = child(part.details, 'RmtInf');
  const structured = children(remittance, 'Strd').flatMap((strd) => children(strd, 'CdtrRefInf'));
  const reference = structured.find(isBelgianReference);
  const ogm = reference ? normalizeOgm(textAt(reference, 'Ref') ?? '') : null;
  const unstructured = children(remittance, 'Ustrd')
    .map((line) => line.text.trim())
    .filter(Boolean);
  const refusedReference = reference && !ogm ? [textAt(reference, 'Ref') ?? ''] : [];
  // The counterparty of a credit is the payer (debtor), of a debit the payee (creditor); 001.08+ wraps names in Pty.
  const role = part.credit ? 'Dbtr' : 'Cdtr';
  const party = child(part.details, `RltdPties/${role}`);
  return {
    bankReference: part.reference,
    amountCents: part.amountCents,
    bookingDate: part.bookingDate,
    valueDate: part.valueDate,
    ogm,
    communication: freeText([...refusedReference, ...unstructured].join(' ')),
    counterpartyIban: counterpartyAccount(textAt(part.details, `RltdPties/${role}Acct/Id/IBAN`) ?? ''),
    counterpartyName: textAt(party, 'Nm') ?? textAt(party, 'Pty/Nm'),
  };
}

/** A creditor reference of type SCOR whose issuer is BBA (Belgian Bankers' Association) or not given. */
function isBelgianReference(reference: XmlElement): boolean {
  const type = textAt(reference, 'Tp/CdOrPrtry/Cd');
  const issuer = textAt(reference, 'Tp/Issr');
  return type === 'SCOR' && (issuer === null || issuer === 'BBA');
}

function signedAmount(holder: XmlElement, at: string): number {
  const cents = unsigned(holder, at);
  const indicator = textAt(holder, 'CdtDbtInd');
  if (indicator !== 'CRDT' && indicator !== 'DBIT') throw new MalformedStatement(FORMAT, `${at}: CdtDbtInd`);
  return indicator === 'DBIT' ? 0 - cents : cents;
}

function unsigned(holder: XmlElement, at: string): number {
  const cents = decimalToCents(textAt(holder, 'Amt') ?? '');
  if (cents === null) throw new MalformedStatement(FORMAT, `${at}: Amt`);
  return cents;
}

/** A `Dt` (YYYY-MM-DD) or `DtTm` (the date as the bank wrote it, its time left aside). */
function dateOf(holder: XmlElement | null, at: string): CalendarDate {
  const value = textAt(holder, 'Dt') ?? textAt(holder, 'DtTm')?.slice(0, 10) ?? '';
  if (!isCalendarDate(value)) throw new MalformedStatement(FORMAT, `${at}: date`);
  return value;
}
