import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { aBuildingWithUnits } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { JournalRepository } from '../domain/journal.repository';

interface Line {
  account: string;
  cents: number;
}
interface Entry {
  date: string;
  debits: Line[];
  credit: string;
}

const ACCOUNTS = ['410', '440', '550', '551', '610000', '612000', '70', '100'];
const account = fc.constantFrom(...ACCOUNTS);
const date = fc
  .record({
    year: fc.integer({ min: 2023, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
  });
const entry: fc.Arbitrary<Entry> = fc.record({
  date,
  debits: fc.array(fc.record({ account, cents: fc.integer({ min: 1, max: 10_000_000 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
  credit: account,
});

/**
 * The year and month totals of the journal (kept by a trigger in the transaction that posts the lines) equal the
 * aggregation of the lines themselves, whatever entries were posted, one or several per transaction; and
 * the trial balance read from them equals the sum of the lines up to any day.
 */
describe('the journal year and month totals', () => {
  let api: TestApp;
  let db: TenantDatabase;
  let journal: JournalRepository;
  let org: string;
  let buildingId: string;

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    journal = api.app.get(JournalRepository);
    const syndic = await TenantSession.forNewOrganization(api.app);
    org = syndic.organizationId;
    buildingId = (await aBuildingWithUnits(syndic, [1000])).buildingId;
  });
  afterAll(() => api.close());

  const post = (entries: readonly Entry[]) =>
    db.transaction(org, async (tx) => {
      for (const e of entries) {
        const id = randomUUID();
        await tx.execute(
          sql`INSERT INTO journal_entries (id, organization_id, building_id, entry_date, journal, reference)
              VALUES (${id}, ${org}, ${buildingId}, ${e.date}, 'misc', 'property')`,
        );
        const total = e.debits.reduce((sum, l) => sum + l.cents, 0);
        const lines = [
          ...e.debits.map((l) => ({ ...l, side: 'debit' })),
          { account: e.credit, cents: total, side: 'credit' },
        ];
        const values = lines.map(
          (l, i) =>
            sql`(${org}, ${id}, ${i + 1}, ${l.account}, ${l.side === 'debit' ? l.cents : 0}, ${l.side === 'credit' ? l.cents : 0})`,
        );
        await tx.execute(
          sql`INSERT INTO journal_lines (organization_id, entry_id, line_no, account_code, debit_cents, credit_cents)
              VALUES ${sql.join(values, sql`, `)}`,
        );
      }
    });

  type Total = { period: string; account_code: string; debit: string; credit: string };
  const totals = async () => ({
    months: await db.reader(org).rows<Total>(
      sql`SELECT month::text AS period, account_code, debit_cents::text AS debit, credit_cents::text AS credit
            FROM journal_month_totals WHERE organization_id = ${org} AND building_id = ${buildingId}
           ORDER BY month, account_code`,
    ),
    years: await db.reader(org).rows<Total>(
      sql`SELECT year::text AS period, account_code, debit_cents::text AS debit, credit_cents::text AS credit
            FROM journal_year_totals WHERE organization_id = ${org} AND building_id = ${buildingId}
           ORDER BY year, account_code`,
    ),
  });
  const aggregatedBy = (unit: 'month' | 'year') =>
    db.reader(org).rows<Total>(
      sql`SELECT date_trunc(${unit}, j.entry_date)::date::text AS period, l.account_code,
                 sum(l.debit_cents)::text AS debit, sum(l.credit_cents)::text AS credit
            FROM journal_entries j JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
           WHERE j.organization_id = ${org} AND j.building_id = ${buildingId}
           GROUP BY 1, 2 ORDER BY 1, 2`,
    );
  const aggregated = async () => ({ months: await aggregatedBy('month'), years: await aggregatedBy('year') });
  const rawBalances = async (asOf: string) =>
    (
      await db.reader(org).rows<{ account_code: string; debit: string; credit: string }>(
        sql`SELECT l.account_code, sum(l.debit_cents) AS debit, sum(l.credit_cents) AS credit
              FROM journal_entries j JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
             WHERE j.organization_id = ${org} AND j.building_id = ${buildingId} AND j.entry_date <= ${asOf}::date
             GROUP BY l.account_code ORDER BY l.account_code`,
      )
    ).map((r) => ({ accountCode: r.account_code, debitCents: Number(r.debit), creditCents: Number(r.credit) }));

  it('equal the aggregation of the lines after any postings, and give the trial balance of any day', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(entry, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        fc.array(date, { minLength: 1, maxLength: 3 }),
        async (transactions, days) => {
          for (const entries of transactions) await post(entries);
          expect(await totals()).toEqual(await aggregated());
          for (const asOf of [...days, '2023-01-31', '2026-12-31']) {
            expect(await journal.balances(org, buildingId, asOf)).toEqual(await rawBalances(asOf));
          }
        },
      ),
      { numRuns: 20 },
    );
    expect((await totals()).months.length).toBeGreaterThan(0);
  });

  it('take nothing from a transaction that rolls back', async () => {
    const before = await totals();
    await expect(
      db.transaction(org, async (tx) => {
        const id = randomUUID();
        await tx.execute(
          sql`INSERT INTO journal_entries (id, organization_id, building_id, entry_date, journal, reference)
              VALUES (${id}, ${org}, ${buildingId}, '2025-03-03', 'misc', 'unbalanced')`,
        );
        await tx.execute(
          sql`INSERT INTO journal_lines (organization_id, entry_id, line_no, account_code, debit_cents, credit_cents)
              VALUES (${org}, ${id}, 1, '550', 100, 0), (${org}, ${id}, 2, '440', 0, 99)`,
        );
      }),
    ).rejects.toMatchObject({ constraint: 'journal_entry_balanced' });
    expect(await totals()).toEqual(before);
  });
});
