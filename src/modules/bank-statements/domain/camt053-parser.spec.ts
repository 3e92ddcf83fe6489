import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aMovement, aStatement, ogmOf, writeCamt053 } from '@test/builders/bank-statement-files';
import { MalformedStatement, UnknownStatementFormat } from './bank-statement.errors';
import { parseCamt053 } from './camt053-parser';

const sample = (name: string) =>
  readFileSync(join(__dirname, '../../../../test/fixtures/bank-statements', name), 'utf8');

function refusal(text: string): string {
  try {
    parseCamt053(text);
  } catch (error) {
    if (error instanceof MalformedStatement) return error.where;
    throw error;
  }
  throw new Error('the document was accepted');
}

const oneEntry = (entry: string, balances = { opening: '100.00', closing: '150.00' }) =>
  '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>S1</Id>' +
  '<Acct><Id><IBAN>BE68539007547034</IBAN></Id></Acct>' +
  `<Bal><Tp><CdOrPrtry><Cd>PRCD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${balances.opening}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-03</Dt></Dt></Bal>` +
  `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${balances.closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2026-03-04T23:59:59+01:00</DtTm></Dt></Bal>` +
  `${entry}</Stmt></BkToCstmrStmt></Document>`;

describe('CAMT.053 statements (ISO 20022 BkToCstmrStmt)', () => {
  it('reads the sample day: balances and three entries, two with a Belgian structured reference (SCOR, BBA)', () => {
    const [statement, ...others] = parseCamt053(sample('camt053-2026-03-04.xml'));
    expect(others).toHaveLength(0);
    expect(statement).toMatchObject({
      format: 'camt053',
      accountIban: 'BE68539007547034',
      currency: 'EUR',
      statementNumber: '43',
      openingCents: 1_257_188,
      openingDate: '2026-03-03',
      closingCents: 1_355_625,
      closingDate: '2026-03-04',
    });
    expect(statement!.movements).toEqual([
      {
        bankReference: '2026030400001',
        amountCents: 14_062,
        bookingDate: '2026-03-04',
        valueDate: '2026-03-04',
        ogm: '042000700209',
        communication: null,
        counterpartyIban: 'BE46063123456789',
        counterpartyName: 'Marie Dupont',
      },
      expect.objectContaining({ amountCents: 56_250, ogm: '000000009797' }),
      expect.objectContaining({ amountCents: 28_125, ogm: null, communication: 'Charges mars appartement 2B' }),
    ]);
  });

  it('reads the 001.08 layout (status and party names one level deeper) like the 001.02 one', () => {
    const statement = aStatement({
      movements: [
        aMovement({ ogm: ogmOf(5), counterpartyName: 'Dupont & fils', counterpartyIban: 'BE68539007547034' }),
        aMovement({ amountCents: -2_500, communication: 'Facture <12>', counterpartyName: 'Engie' }),
      ],
    });
    const [v2] = parseCamt053(writeCamt053(statement, '02'));
    const [v8] = parseCamt053(writeCamt053(statement, '08'));
    expect(v8).toEqual(v2);
    expect(v8!.movements.map((movement) => movement.counterpartyName)).toEqual(['Dupont & fils', 'Engie']);
  });

  it('takes the previous closing (PRCD) as opening, a DtTm date as written, and leaves pending entries out', () => {
    const booked =
      '<Ntry><Amt Ccy="EUR">50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-04</Dt></BookgDt></Ntry>';
    const pending = booked.replace('BOOK', 'PDNG').replace('50', '999');
    const [statement] = parseCamt053(oneEntry(booked + pending));
    expect(statement).toMatchObject({
      openingCents: 10_000,
      closingCents: 15_000,
      closingDate: '2026-03-04',
      statementNumber: 'S1',
    });
    expect(statement!.movements).toEqual([
      expect.objectContaining({ amountCents: 5_000, bankReference: '', ogm: null }),
    ]);
  });

  it('splits a batch entry into its transactions when their amounts add up to the entry', () => {
    const tx = (amount: string, ref: string) =>
      `<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">${amount}</Amt></TxAmt></AmtDtls><RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>`;
    const entry = (second: string) =>
      '<Ntry><NtryRef>B1</NtryRef><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-04</Dt></BookgDt>' +
      `<NtryDtls>${tx('20.00', '+++000/0000/00101+++')}${tx(second, ogmOf(2))}</NtryDtls></Ntry>`;
    const [split] = parseCamt053(oneEntry(entry('30.00')));
    expect(split!.movements).toEqual([
      expect.objectContaining({ amountCents: 2_000, ogm: '000000000101', bankReference: 'B1/1' }),
      expect.objectContaining({ amountCents: 3_000, ogm: ogmOf(2), bankReference: 'B1/2' }),
    ]);
    const [whole] = parseCamt053(oneEntry(entry('29.00')));
    expect(whole!.movements).toEqual([expect.objectContaining({ amountCents: 5_000, ogm: '000000000101' })]);
  });

  it('keeps a creditor reference of another issuer (ISO 11649 RF) or with a wrong check as text, not as an OGM', () => {
    const entry = (issuer: string, ref: string) =>
      '<Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-04</Dt></BookgDt><NtryDtls><TxDtls>' +
      `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>${issuer}</Issr></Tp><Ref>${ref}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>`;
    expect(parseCamt053(oneEntry(entry('ISO', 'RF18539007547034')))[0]!.movements[0]).toMatchObject({
      ogm: null,
      communication: null,
    });
    expect(parseCamt053(oneEntry(entry('BBA', '042000700109')))[0]!.movements[0]).toMatchObject({
      ogm: null,
      communication: '042000700109',
    });
  });

  it('refuses a document type declaration: no entity is ever expanded (XXE, billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>' +
      oneEntry('').replace('<Id>S1</Id>', '<Id>&lol2;</Id>');
    const external =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + oneEntry('').replace('S1', '&x;');
    expect(refusal(laughs)).toContain('DOCTYPE');
    expect(refusal(external)).toContain('DOCTYPE');
    expect(refusal(oneEntry('').replace('S1', '&undeclared;'))).toMatch(/entity/i);
  });

  it('answers "not a statement" for another ISO 20022 message or any other XML', () => {
    const other = oneEntry('').replace('camt.053.001.02', 'camt.052.001.02');
    expect(() => parseCamt053(other)).toThrow(UnknownStatementFormat);
    expect(() => parseCamt053('<html><body>hello</body></html>')).toThrow(UnknownStatementFormat);
  });

  it.each([
    ['broken XML', (xml: string) => xml.replace('</Stmt>', ''), 'unexpected close tag'],
    ['an amount below the cent', (xml: string) => xml.replace('150.00', '150.005'), 'Bal CLBD: Amt'],
    ['a negative amount', (xml: string) => xml.replace('150.00', '-150.00'), 'Bal CLBD: Amt'],
    ['no closing balance', (xml: string) => xml.replace('<Cd>CLBD</Cd>', '<Cd>ITBD</Cd>'), 'no balance CLBD'],
    ['no IBAN', (xml: string) => xml.replace('BE68539007547034', 'BE00539007547034'), 'Acct/Id/IBAN'],
    [
      'an entry without its side',
      (xml: string) => xml.replace('<CdtDbtInd>CRDT</CdtDbtInd><BookgDt>', '<BookgDt>'),
      'Ntry 1: CdtDbtInd',
    ],
    [
      'an entry without booking date',
      (xml: string) => xml.replace('<BookgDt><Dt>2026-03-04</Dt></BookgDt>', ''),
      'Ntry 1 BookgDt',
    ],
  ])('refuses %s (STATEMENT_MALFORMED)', (_, alter, where) => {
    const xml = oneEntry(
      '<Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-04</Dt></BookgDt></Ntry>',
    );
    expect(parseCamt053(xml)).toHaveLength(1);
    expect(refusal(alter(xml))).toContain(where);
  });
});
