import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aMovement, aStatement, ogmOf, writeCoda } from '@test/builders/bank-statement-files';
import { MalformedStatement } from './bank-statement.errors';
import { parseCoda } from './coda-parser';

const sample = (name: string) =>
  readFileSync(join(__dirname, '../../../../test/fixtures/bank-statements', name), 'latin1');

function refusal(text: string): string {
  try {
    parseCoda(text);
  } catch (error) {
    if (error instanceof MalformedStatement) return error.where;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** Replaces characters of one record (positions counted from 1, as the specification counts them). */
function patch(text: string, record: number, position: number, value: string): string {
  const lines = text.split('\r\n');
  const line = lines[record - 1]!;
  lines[record - 1] = line.slice(0, position - 1) + value + line.slice(position - 1 + value.length);
  return lines.join('\r\n');
}

describe('CODA statements (Febelfin Standard CODA 2)', () => {
  it('reads the sample day: account, balances, three movements with and without a structured communication', () => {
    const [statement, ...others] = parseCoda(sample('coda-2026-03-03.cod'));
    expect(others).toHaveLength(0);
    expect(statement).toMatchObject({
      format: 'coda',
      accountIban: 'BE68539007547034',
      currency: 'EUR',
      statementNumber: '042',
      openingCents: 1_250_000,
      openingDate: '2026-03-02',
      closingCents: 1_257_188,
      closingDate: '2026-03-03',
    });
    expect(statement!.movements).toEqual([
      {
        bankReference: 'A1B2C3D4E5F6G7H8I9J0K',
        amountCents: 14_063,
        bookingDate: '2026-03-03',
        valueDate: '2026-03-03',
        ogm: '042000700108',
        communication: null,
        counterpartyIban: 'BE46063123456789',
        counterpartyName: 'DUPONT MARIE',
      },
      expect.objectContaining({ amountCents: 28_125, ogm: '000001234526', counterpartyName: 'JANSSENS PIETER' }),
      expect.objectContaining({
        amountCents: -35_000,
        valueDate: '2026-03-02',
        ogm: null,
        communication: 'Facture 2026-014 nettoyage des escaliers, fevrier 2026, NetClean',
        counterpartyIban: 'BE88310012345678',
        counterpartyName: 'NETCLEAN SRL',
      }),
    ]);
  });

  it('reads records without line breaks, LF line ends and lines whose trailing blanks were cut', () => {
    const statement = aStatement({ movements: [aMovement({ ogm: ogmOf(1) })] });
    const expected = parseCoda(writeCoda(statement));
    expect(parseCoda(writeCoda(statement, { lineEnd: '' }))).toEqual(expected);
    expect(parseCoda(writeCoda(statement, { lineEnd: '\n' }))).toEqual(expected);
    expect(parseCoda(writeCoda(statement).replace(/ +\r\n/g, '\r\n'))).toEqual(expected);
  });

  it('reads every statement of a file holding several', () => {
    const first = aStatement({ statementNumber: '7' });
    const second = aStatement({ statementNumber: '8', openingCents: first.closingCents, movements: [aMovement()] });
    const statements = parseCoda(writeCoda(first) + writeCoda(second));
    expect(statements.map((statement) => statement.statementNumber)).toEqual(['007', '008']);
  });

  it('turns an old Belgian account number (structure 0) into its IBAN', () => {
    let text = writeCoda(aStatement());
    text = patch(text, 2, 2, '0');
    text = patch(text, 2, 6, '539007547034 EUR' + ' '.repeat(21));
    text = patch(text, 3, 5, '539007547034 EUR' + ' '.repeat(21));
    expect(parseCoda(text)[0]!.accountIban).toBe('BE68539007547034');
  });

  it('keeps a structured communication whose check fails as text, so it is never matched', () => {
    const text = writeCoda(aStatement({ movements: [aMovement({ ogm: '042000700109' })] }));
    expect(parseCoda(text)[0]!.movements[0]).toMatchObject({ ogm: null, communication: '042000700109' });
  });

  it('counts a globalised movement once: its detail records are not movements of the statement', () => {
    const text = writeCoda(aStatement({ movements: [aMovement({ amountCents: 1_000 })] }));
    const lines = text.split('\r\n');
    const details = lines.slice(2, 5).map((line) => line.slice(0, 6) + '0001' + line.slice(10));
    lines.splice(5, 0, ...details);
    const [statement] = parseCoda(lines.join('\r\n'));
    expect(statement!.movements).toHaveLength(1);
  });

  it.each([
    ['a record longer than 128 characters', (text: string) => patch(text, 3, 128, '00'), 'record 3: longer'],
    ['an amount sign other than 0 or 1', (text: string) => patch(text, 3, 32, '2'), 'record 3: amount sign'],
    ['an amount below the cent', (text: string) => patch(text, 3, 47, '5'), 'record 3: amount'],
    ['a date that does not exist', (text: string) => patch(text, 3, 116, '310226'), 'record 3: date'],
    ['CODA version 1', (text: string) => patch(text, 1, 128, '1'), 'record 1: only CODA version 2'],
    ['a new balance on another account', (text: string) => patch(text, 6, 10, '9'), 'record 6: the new balance'],
    ['no trailer', (text: string) => text.split('\r\n').slice(0, 6).join('\r\n'), 'the file ends before'],
    ['a 2.3 record without its 2.1', (text: string) => patch(text, 5, 6, '2'), 'record 5: record 2.3 without'],
    ['an unknown record type', (text: string) => patch(text, 4, 1, '7'), 'record 4: unknown record type'],
  ])('refuses %s (STATEMENT_MALFORMED naming the record)', (_, alter, where) => {
    const text = writeCoda(aStatement({ movements: [aMovement()] }));
    expect(parseCoda(text)).toHaveLength(1);
    expect(refusal(alter(text))).toContain(where);
  });
});
