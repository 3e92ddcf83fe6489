import type { ParsedStatement, StatementMovement } from '@modules/bank-statements';

/*
 * Writers of bank statement files from the published formats, for tests: Febelfin Standard CODA version 2 (records of
 * 128 characters) and ISO 20022 camt.053 (001.02 and 001.08 layouts). They write what a bank writes for a day of
 * SEPA credit transfers and debits, not every option of the formats.
 */

export type StatementToWrite = Omit<ParsedStatement, 'format'>;

/** A statement of a day with the given movements; the closing balance is the opening plus the movements. */
export function aStatement(overrides: Partial<StatementToWrite> = {}): StatementToWrite {
  const movements = overrides.movements ?? [];
  const openingCents = overrides.openingCents ?? 1_000_000;
  return {
    accountIban: 'BE68539007547034',
    currency: 'EUR',
    statementNumber: '42',
    openingDate: '2026-03-02',
    closingDate: '2026-03-03',
    ...overrides,
    openingCents,
    movements,
    closingCents:
      overrides.closingCents ?? openingCents + movements.reduce((sum, movement) => sum + movement.amountCents, 0),
  };
}

export function aMovement(overrides: Partial<StatementMovement> = {}): StatementMovement {
  return {
    bankReference: 'REF0001',
    amountCents: 14_063,
    bookingDate: '2026-03-03',
    valueDate: '2026-03-03',
    ogm: null,
    communication: null,
    counterpartyIban: null,
    counterpartyName: null,
    ...overrides,
  };
}

/** The 12 digits of the structured communication whose first ten are `base` (check = base mod 97, 0 → 97). */
export function ogmOf(base: number): string {
  const digits = String(base).padStart(10, '0');
  return `${digits}${String(base % 97 || 97).padStart(2, '0')}`;
}

/** The IBAN of a 12-digit Belgian account number. */
export function belgianIban(bban: string): string {
  let remainder = 0;
  for (const digit of `${bban}111400`) remainder = (remainder * 10 + Number(digit)) % 97;
  return `BE${String(98 - remainder).padStart(2, '0')}${bban}`;
}

// ---------------------------------------------------------------------------------------------------------------- CODA

const ddmmyy = (date: string) => `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(2, 4)}`;
const left = (value: string, width: number) => value.slice(0, width).padEnd(width, ' ');
const digits = (value: number, width: number) => String(value).padStart(width, '0');
const sign = (cents: number) => (cents < 0 ? '1' : '0');
const codaAmount = (cents: number) => digits(Math.abs(cents) * 10, 15);

/** A CODA file of the statement: header, old balance, three records per movement, new balance, trailer. */
export function writeCoda(
  statement: StatementToWrite,
  options: { lineEnd?: string; information?: boolean } = {},
): string {
  const paper = digits(Number(statement.statementNumber) % 1000, 3);
  const account = left(statement.accountIban, 34) + left(statement.currency, 3);
  const structure = statement.accountIban.startsWith('BE') ? '2' : '3';
  const records = [
    '0' +
      '0000' +
      ddmmyy(statement.closingDate) +
      '000' +
      '05' +
      ' ' +
      ' '.repeat(7) +
      left('KOPROGO', 10) +
      left('ACP RESIDENCE TEST', 26) +
      left('GEBABEBB', 11) +
      '00123456749' +
      ' ' +
      '00000' +
      ' '.repeat(16) +
      ' '.repeat(16) +
      ' '.repeat(7) +
      '2',
    '1' +
      structure +
      paper +
      account +
      sign(statement.openingCents) +
      codaAmount(statement.openingCents) +
      ddmmyy(statement.openingDate) +
      left('ACP RESIDENCE TEST', 26) +
      left('Compte courant', 35) +
      paper,
    ...statement.movements.flatMap((movement, index) =>
      codaMovement(movement, digits(index + 1, 4), paper, options.information ?? false),
    ),
    '8' +
      paper +
      account +
      sign(statement.closingCents) +
      codaAmount(statement.closingCents) +
      ddmmyy(statement.closingDate) +
      ' '.repeat(64) +
      (options.information ? '1' : '0'),
  ];
  // A free communication (record 4) after the new balance, as banks add notices to the day's statement.
  if (options.information)
    records.push(
      '4 ' + '0001' + '0000' + ' '.repeat(22) + left('Avis: nouveaux tarifs au 1er avril', 80) + ' '.repeat(15) + '0',
    );
  const debit = statement.movements.filter((m) => m.amountCents < 0).reduce((s, m) => s - m.amountCents, 0);
  const credit = statement.movements.filter((m) => m.amountCents > 0).reduce((s, m) => s + m.amountCents, 0);
  records.push(
    '9' +
      ' '.repeat(15) +
      digits(records.filter((r) => r[0] !== '0' && r[0] !== '4').length, 6) +
      codaAmount(debit) +
      codaAmount(credit) +
      ' '.repeat(75) +
      '2',
  );
  for (const record of records)
    if (record.length !== 128) throw new Error(`CODA record of ${record.length}: ${record}`);
  return records.join(options.lineEnd ?? '\r\n') + (options.lineEnd ?? '\r\n');
}

function codaMovement(movement: StatementMovement, sequence: string, paper: string, information: boolean): string[] {
  const key = sequence + '0000';
  const credit = movement.amountCents >= 0;
  const text = movement.communication ?? '';
  const communication = movement.ogm ? '1' + left(`101${movement.ogm}`, 53) : '0' + left(text, 53);
  return [
    '21' +
      key +
      left(movement.bankReference, 21) +
      sign(movement.amountCents) +
      codaAmount(movement.amountCents) +
      (movement.valueDate ? ddmmyy(movement.valueDate) : '000000') +
      (credit ? '00150000' : '00101000') +
      communication +
      ddmmyy(movement.bookingDate) +
      paper +
      '0' +
      '1' +
      ' ' +
      '0',
    '22' +
      key +
      left(text.slice(53), 53) +
      ' '.repeat(35) +
      left('', 11) +
      ' '.repeat(3) +
      ' ' +
      ' '.repeat(12) +
      '1' +
      ' ' +
      '0',
    '23' +
      key +
      left(movement.counterpartyIban ?? '', 34) +
      left(movement.counterpartyIban ? 'EUR' : '', 3) +
      left(movement.counterpartyName ?? '', 35) +
      left(text.slice(106), 43) +
      '0' +
      ' ' +
      (information ? '1' : '0'),
    // Information record 3.1: the counterparty's details once more, in the structured communication 001.
    ...(information
      ? [
          '31' +
            key +
            left(movement.bankReference, 21) +
            (credit ? '00150001' : '00101001') +
            '1' +
            left(`001${movement.counterpartyName ?? ''}`, 73) +
            ' '.repeat(12) +
            '0' +
            ' ' +
            '0',
        ]
      : []),
  ];
}

// ------------------------------------------------------------------------------------------------------------ CAMT.053

const xml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decimal = (cents: number) => `${Math.floor(Math.abs(cents) / 100)}.${digits(Math.abs(cents) % 100, 2)}`;
const indicator = (cents: number) => (cents < 0 ? 'DBIT' : 'CRDT');

/** A camt.053 document of the statement, in the 001.02 layout or the 001.08 one (Sts/Cd, parties under Pty). */
export function writeCamt053(statement: StatementToWrite, version: '02' | '08' = '02'): string {
  const ccy = xml(statement.currency);
  const balance = (code: string, cents: number, date: string) =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="${ccy}">${decimal(cents)}</Amt>` +
    `<CdtDbtInd>${indicator(cents)}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}" ` +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    '<BkToCstmrStmt>',
    `<GrpHdr><MsgId>MSG-${xml(statement.statementNumber)}</MsgId><CreDtTm>${statement.closingDate}T18:00:00</CreDtTm></GrpHdr>`,
    '<Stmt>',
    `<Id>${xml(statement.accountIban)}-${xml(statement.statementNumber)}</Id>`,
    `<ElctrncSeqNb>${xml(statement.statementNumber)}</ElctrncSeqNb>`,
    `<LglSeqNb>${xml(statement.statementNumber)}</LglSeqNb>`,
    `<CreDtTm>${statement.closingDate}T18:00:00</CreDtTm>`,
    `<Acct><Id><IBAN>${xml(statement.accountIban)}</IBAN></Id><Ccy>${ccy}</Ccy></Acct>`,
    balance('OPBD', statement.openingCents, statement.openingDate),
    balance('CLBD', statement.closingCents, statement.closingDate),
    ...statement.movements.map((movement) => camtEntry(movement, ccy, version)),
    '</Stmt>',
    '</BkToCstmrStmt>',
    '</Document>',
    '',
  ].join('\n');
}

function camtEntry(movement: StatementMovement, ccy: string, version: '02' | '08'): string {
  const credit = movement.amountCents >= 0;
  const role = credit ? 'Dbtr' : 'Cdtr';
  const name = movement.counterpartyName ? `<Nm>${xml(movement.counterpartyName)}</Nm>` : '';
  const party = name ? (version === '02' ? `<${role}>${name}</${role}>` : `<${role}><Pty>${name}</Pty></${role}>`) : '';
  const account = movement.counterpartyIban
    ? `<${role}Acct><Id><IBAN>${xml(movement.counterpartyIban)}</IBAN></Id></${role}Acct>`
    : '';
  const remittance = movement.ogm
    ? '<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp>' +
      `<Ref>${movement.ogm}</Ref></CdtrRefInf></Strd></RmtInf>`
    : movement.communication
      ? `<RmtInf><Ustrd>${xml(movement.communication)}</Ustrd></RmtInf>`
      : '';
  return (
    `<Ntry><Amt Ccy="${ccy}">${decimal(movement.amountCents)}</Amt><CdtDbtInd>${indicator(movement.amountCents)}</CdtDbtInd>` +
    (version === '02' ? '<Sts>BOOK</Sts>' : '<Sts><Cd>BOOK</Cd></Sts>') +
    `<BookgDt><Dt>${movement.bookingDate}</Dt></BookgDt>` +
    (movement.valueDate ? `<ValDt><Dt>${movement.valueDate}</Dt></ValDt>` : '') +
    `<AcctSvcrRef>${xml(movement.bankReference)}</AcctSvcrRef>` +
    '<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>' +
    (credit ? 'RCDT' : 'ICDT') +
    '</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>' +
    '<NtryDtls><TxDtls>' +
    (party || account ? `<RltdPties>${party}${account}</RltdPties>` : '') +
    remittance +
    '</TxDtls></NtryDtls></Ntry>'
  );
}
