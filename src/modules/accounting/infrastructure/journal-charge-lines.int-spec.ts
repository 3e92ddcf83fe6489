import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { aBuildingWithUnits } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';

type Source = 'expense' | 'manual' | 'closing' | 'reversal';
interface Posting {
  source: Source;
  date: string;
  charge: string;
  other: string;
  cents: number;
}

const posting: fc.Arbitrary<Posting> = fc.record({
  source: fc.constantFrom<Source>('expense', 'manual', 'closing', 'reversal'),
  date: fc.constantFrom('2025-01-01', '2025-06-30', '2025-12-31', '2026-02-15'),
  charge: fc.constantFrom('610000', '612000', '6'),
  other: fc.constantFrom('440', '550', '70'),
  cents: fc.integer({ min: 1, max: 10_000_000 }),
});

/**
 * The charge lines the PCN report reads (journal_charge_lines, kept by a trigger in the transaction that posts the
 * lines) are exactly the journal's lines on class 6 accounts, year-end closings apart, each with its entry's building,
 * date and source: an expense's id for its postings, the reversed entry's id for a reversal, the entry's own id
 * otherwise.
 */
describe('the journal charge lines', () => {
  let api: TestApp;
  let db: TenantDatabase;
  let org: string;
  let buildingId: string;
  const posted: string[] = [];

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    const syndic = await TenantSession.forNewOrganization(api.app);
    org = syndic.organizationId;
    buildingId = (await aBuildingWithUnits(syndic, [1000])).buildingId;
  });
  afterAll(() => api.close());

  const post = (postings: readonly Posting[]) =>
    db.transaction(org, async (tx) => {
      for (const p of postings) {
        const id = randomUUID();
        const reversed = p.source === 'reversal' ? posted.at(-1) : undefined;
        const sourceType = p.source === 'expense' || p.source === 'closing' ? p.source : null;
        const sourceId = sourceType ? randomUUID() : null;
        await tx.execute(
          sql`INSERT INTO journal_entries (id, organization_id, building_id, entry_date, journal, reference,
                                           source_type, source_id, reverses_entry_id)
              VALUES (${id}, ${org}, ${buildingId}, ${p.date}, 'misc', 'property', ${sourceType}, ${sourceId},
                      ${reversed ?? null})`,
        );
        await tx.execute(
          sql`INSERT INTO journal_lines (organization_id, entry_id, line_no, account_code, debit_cents, credit_cents)
              VALUES (${org}, ${id}, 1, ${p.charge}, ${p.cents}, 0), (${org}, ${id}, 2, ${p.other}, 0, ${p.cents})`,
        );
        if (reversed) posted.pop();
        else posted.push(id);
      }
    });

  type Row = { entry_id: string; line_no: number; account_code: string; amount: string; source: string };
  const kept = () =>
    db.reader(org).rows<Row>(
      sql`SELECT entry_id, line_no, account_code, amount_cents::text AS amount,
                 coalesce(expense_id, source_entry_id)::text AS source
            FROM journal_charge_lines
           WHERE organization_id = ${org} AND building_id = ${buildingId}
           ORDER BY entry_id, line_no`,
    );
  const derived = () =>
    db.reader(org).rows<Row>(
      sql`SELECT l.entry_id, l.line_no, l.account_code, (l.debit_cents - l.credit_cents)::text AS amount,
                 CASE WHEN j.source_type = 'expense' THEN j.source_id ELSE coalesce(j.reverses_entry_id, j.id) END::text
                   AS source
            FROM journal_entries j JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
           WHERE j.organization_id = ${org} AND j.building_id = ${buildingId}
             AND l.account_code LIKE '6%' AND j.source_type IS DISTINCT FROM 'closing'
           ORDER BY l.entry_id, l.line_no`,
    );

  it('are the class 6 lines of every entry but the closings, with their source, whatever was posted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(posting, { minLength: 1, maxLength: 3 }), { maxLength: 4 }), async (txs) => {
        for (const postings of txs) await post(postings);
        expect(await kept()).toEqual(await derived());
      }),
      {
        numRuns: 15,
        // One run that posts each kind of source, so the check covers them whatever the random runs draw.
        examples: [[[[posting0('expense'), posting0('manual'), posting0('reversal')], [posting0('closing')]]]],
      },
    );
    const rows = await kept();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.account_code.startsWith('6'))).toBe(true);
  });

  it('never change: the application may neither update nor delete one', async () => {
    await post([posting0('manual')]);
    await expect(
      db.transaction(org, (tx) => tx.execute(sql`DELETE FROM journal_charge_lines WHERE organization_id = ${org}`)),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      db.transaction(org, (tx) =>
        tx.execute(sql`UPDATE journal_charge_lines SET amount_cents = 0 WHERE organization_id = ${org}`),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });
});

function posting0(source: Source): Posting {
  return { source, date: '2025-03-01', charge: '610000', other: '440', cents: 12_345 };
}
