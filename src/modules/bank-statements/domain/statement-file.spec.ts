import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatementMovement } from './bank-statement-file';
import {
  aMovement,
  aStatement,
  belgianIban,
  ogmOf,
  writeCamt053,
  writeCoda,
  type StatementToWrite,
} from '@test/builders/bank-statement-files';
import { StatementUnbalanced, UnknownStatementFormat } from './bank-statement.errors';
import { assertBalanced, readStatementFile, statementIdentity } from './statement-file';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(text, encoding));
const sample = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, '../../../../test/fixtures/bank-statements', name)));

describe('a statement file', () => {
  it('is recognised by its content: CODA by its header record, CAMT.053 by its namespace', () => {
    expect(readStatementFile(sample('coda-2026-03-03.cod'))[0]!.format).toBe('coda');
    expect(readStatementFile(sample('camt053-2026-03-04.xml'))[0]!.format).toBe('camt053');
  });

  it.each([
    ['plain text', sample('not-a-statement.txt')],
    ['a PDF', bytes('%PDF-1.7\n1 0 obj\n')],
    ['an empty file', new Uint8Array()],
  ])('is not a statement when it is %s (STATEMENT_FORMAT_UNKNOWN)', (_, content) => {
    expect(() => readStatementFile(content)).toThrow(UnknownStatementFormat);
  });

  it('reads a CODA file written in ISO 8859-1 (accents in names)', () => {
    const text = writeCoda(aStatement({ movements: [aMovement({ counterpartyName: 'HÉLÈNE GÉRARD' })] }));
    expect(readStatementFile(bytes(text, 'latin1'))[0]!.movements[0]!.counterpartyName).toBe('HÉLÈNE GÉRARD');
  });

  it('balances when the opening plus the movements is the closing, else STATEMENT_UNBALANCED with the figures', () => {
    const [coda] = readStatementFile(sample('coda-2026-03-03.cod'));
    expect(() => assertBalanced(coda!)).not.toThrow();
    const [wrong] = readStatementFile(sample('coda-unbalanced.cod'));
    expect(() => assertBalanced(wrong!)).toThrow(StatementUnbalanced);
    const [camtWrong] = readStatementFile(sample('camt053-unbalanced.xml'));
    expect(() => assertBalanced(camtWrong!)).toThrow(
      expect.objectContaining({
        code: 'STATEMENT_UNBALANCED',
        params: { openingCents: 1_257_188, movementsCents: 98_437, closingCents: 1_355_525 },
      }),
    );
  });

  it('has the same identity whether the bank sent it as CODA or CAMT.053, and another one for another day', () => {
    const statement = aStatement({ movements: [aMovement({ ogm: ogmOf(3) }), aMovement({ amountCents: -500 })] });
    const [coda] = readStatementFile(bytes(writeCoda(statement)));
    const [camt] = readStatementFile(bytes(writeCamt053(statement)));
    expect(statementIdentity(coda!)).toBe(statementIdentity(camt!));
    const [next] = readStatementFile(bytes(writeCoda({ ...statement, closingDate: '2026-03-04' })));
    expect(statementIdentity(next!)).not.toBe(statementIdentity(coda!));
  });
});

// ------------------------------------------------------------------------------------------------ property: round trip

const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2069-12-31T00:00:00Z'), noInvalidDate: true })
  .map((day) => day.toISOString().slice(0, 10));
const words = fc
  .array(fc.stringMatching(/^[A-Za-z0-9.,\-/]{1,12}$/), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join(' '));
const movementArbitrary: fc.Arbitrary<StatementMovement> = fc
  .record({
    bankReference: fc.stringMatching(/^[A-Z0-9]{1,21}$/),
    amountCents: fc.integer({ min: -99_999_999_99, max: 99_999_999_99 }).filter((cents) => cents !== 0),
    bookingDate: date,
    valueDate: fc.option(date, { nil: null }),
    ogm: fc.option(fc.integer({ min: 0, max: 9_999_999_999 }).map(ogmOf), { nil: null }),
    text: fc.option(words, { nil: null }),
    counterpartyIban: fc.option(fc.stringMatching(/^\d{12}$/).map(belgianIban), { nil: null }),
    counterpartyName: fc.option(words.map((name) => name.slice(0, 35).trim()).filter(Boolean), { nil: null }),
  })
  .map(({ text, ...movement }) => ({ ...movement, communication: movement.ogm ? null : text }));
const statementArbitrary: fc.Arbitrary<StatementToWrite> = fc
  .record({
    statementNumber: fc.integer({ min: 1, max: 999 }).map(String),
    openingCents: fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }),
    openingDate: date,
    closingDate: date,
    movements: fc.array(movementArbitrary, { maxLength: 12 }),
  })
  .map((fields) => aStatement(fields));

describe('statements written to CODA and CAMT.053 and read back (property)', () => {
  it('give back the same account, balances and movements, and always balance', () => {
    fc.assert(
      fc.property(statementArbitrary, fc.constantFrom('02', '08' as const), (statement, version) => {
        for (const text of [writeCoda(statement), writeCamt053(statement, version)]) {
          const [read, ...others] = readStatementFile(bytes(text));
          expect(others).toHaveLength(0);
          const { format: _format, statementNumber: _number, ...rest } = read!;
          const { statementNumber: _written, ...written } = statement;
          expect(rest).toEqual(written);
          expect(() => assertBalanced(read!)).not.toThrow();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuse exactly the statements whose closing balance is off, in both formats', () => {
    fc.assert(
      fc.property(statementArbitrary, fc.integer({ min: -10_000, max: 10_000 }), (statement, offCents) => {
        const altered = { ...statement, closingCents: statement.closingCents + offCents };
        for (const text of [writeCoda(altered), writeCamt053(altered)]) {
          const [read] = readStatementFile(bytes(text));
          if (offCents === 0) expect(() => assertBalanced(read!)).not.toThrow();
          else expect(() => assertBalanced(read!)).toThrow(StatementUnbalanced);
        }
      }),
      { numRuns: 100 },
    );
  });
});
