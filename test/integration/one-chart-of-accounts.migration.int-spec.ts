import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { revertLastMigration, runMigrations } from '../../src/shared/persistence/migrator';
import { createTestDatabase, TestDatabase } from '../support/test-database';

// Named in camel case after its file, 1796647696253-one-chart-of-accounts.sql.
const MIGRATION = 'OneChartOfAccounts1796647696253';

/** Moving each organization's own accounts of the eight-code chart into the co-ownership chart's sub-accounts. */
describe("migration one-chart-of-accounts", () => {
  let database: TestDatabase;
  let client: Client;
  const organizationId = randomUUID();
  const buildingId = randomUUID();
  const [invoice, creditNote, cancelled] = [randomUUID(), randomUUID(), randomUUID()];

  const rows = async (query: string) => (await client.query(query)).rows as Record<string, unknown>[];

  beforeAll(async () => {
    database = await createTestDatabase({ template: null });
    await runMigrations(database.url);
    // Back to the schema just before it, whatever was added after it.
    for (let name = await revertLastMigration(database.url); name && !name.includes(MIGRATION); ) {
      name = await revertLastMigration(database.url);
    }
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `INSERT INTO organizations (id, name, slug, contact_email) VALUES ($1, 'Syndic Test', $2, 'x@example.be')`,
      [organizationId, `syndic-${organizationId.slice(0, 8)}`],
    );
    await client.query(
      `INSERT INTO pcn_accounts (organization_id, code, label_fr, label_nl, label_en) VALUES
        ($1, '610000', 'Entretien (renommé)', 'Onderhoud', NULL),
        ($1, '615000', 'Ascenseur', 'Lift', 'Lift'),
        ($1, '619500', 'Jardin', 'Tuin', NULL),
        ($1, '660000', 'Exceptionnel', 'Uitzonderlijk', NULL)`,
      [organizationId],
    );
    // Expenses recorded before the journal: an invoice paid, a credit note, a cancelled invoice.
    await client.query(
      `INSERT INTO buildings (id, organization_id, name, address, city, name_key, city_key, postal_code, total_units)
       VALUES ($1, $2, 'Résidence', 'Rue Haute 1', 'Bruxelles', 'residence', 'bruxelles', '1000', 3)`,
      [buildingId, organizationId],
    );
    await client.query(
      `INSERT INTO expenses (id, organization_id, building_id, category, description, amount_cents, expense_date,
                             supplier, account_code, status, paid_at)
       VALUES ($1, $4, $5, 'maintenance', 'Ascenseur', 12100, '2025-03-01', 'Schindler', '615000', 'paid',
               '2025-03-31T22:30:00Z'),
              ($2, $4, $5, 'utilities', 'Remboursement', -500, '2025-04-01', NULL, '612000', 'pending', NULL),
              ($3, $4, $5, 'cleaning', 'Annulée', 999, '2025-05-01', NULL, '610200', 'cancelled', NULL)`,
      [invoice, creditNote, cancelled, organizationId, buildingId],
    );
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('makes sub-accounts of the codes the chart lacks, under the nearest chart account, else the class', async () => {
    const applied = await runMigrations(database.url);
    expect(applied.some((name) => name.includes(MIGRATION))).toBe(true);
    expect(
      await rows(
        `SELECT code, parent_code, label_fr, label_nl, label_en FROM organization_accounts ORDER BY code`,
      ),
    ).toEqual([
      { code: '615000', parent_code: '61', label_fr: 'Ascenseur', label_nl: 'Lift', label_en: 'Lift' },
      { code: '619500', parent_code: '61', label_fr: 'Jardin', label_nl: 'Tuin', label_en: null },
      { code: '660000', parent_code: '6', label_fr: 'Exceptionnel', label_nl: 'Uitzonderlijk', label_en: null },
    ]);
    expect(await rows(`SELECT to_regclass('pcn_accounts') AS t`)).toEqual([{ t: null }]);
    expect(await rows(`SELECT code FROM chart_accounts WHERE code IN ('79', '792') ORDER BY code`)).toEqual([
      { code: '79' },
      { code: '792' },
    ]);
  });

  it('posts the expenses recorded before the journal, on their own days: invoice, credit note, payment', async () => {
    expect(
      await rows(
        `SELECT j.source_type, j.source_id, j.journal, j.entry_date::text AS day, l.account_code, l.debit_cents::int AS debit,
                l.credit_cents::int AS credit
           FROM journal_entries j JOIN journal_lines l ON l.entry_id = j.id
          ORDER BY j.entry_date, j.source_type DESC, l.line_no`,
      ),
    ).toEqual([
      { source_type: 'expense', source_id: invoice, journal: 'purchases', day: '2025-03-01', account_code: '615000', debit: 12100, credit: 0 },
      { source_type: 'expense', source_id: invoice, journal: 'purchases', day: '2025-03-01', account_code: '440', debit: 0, credit: 12100 },
      // Paid at 22:30 UTC on 31 March: 00:30 on 1 April in Brussels (summer time), the day it counts on.
      { source_type: 'expense_payment', source_id: invoice, journal: 'financial', day: '2025-04-01', account_code: '440', debit: 12100, credit: 0 },
      { source_type: 'expense_payment', source_id: invoice, journal: 'financial', day: '2025-04-01', account_code: '550', debit: 0, credit: 12100 },
      { source_type: 'expense', source_id: creditNote, journal: 'purchases', day: '2025-04-01', account_code: '440', debit: 500, credit: 0 },
      { source_type: 'expense', source_id: creditNote, journal: 'purchases', day: '2025-04-01', account_code: '612000', debit: 0, credit: 500 },
    ]);
  });

  it('gives them back, with the default accounts, when reverted', async () => {
    for (let name = await revertLastMigration(database.url); name && !name.includes(MIGRATION); ) {
      name = await revertLastMigration(database.url);
    }
    const codes = (await rows(`SELECT code FROM pcn_accounts ORDER BY code`)).map((r) => r.code);
    expect(codes).toEqual(['610000', '610100', '610200', '611000', '612000', '613000', '614000', '615000', '619000', '619500', '660000']);
    await runMigrations(database.url);
  });
});
