import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { aBuildingWithUnits } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';

/**
 * The journal's guarantees in the database itself, whoever writes: an entry balances at commit, each line is a debit
 * or a credit, a posted entry never changes (neither the application role nor the schema owner may update or delete
 * it, nor add a line to it later), and closed books take no entry.
 */
describe('the journal in the database', () => {
  let api: TestApp;
  let db: TenantDatabase;
  let syndic: TenantSession;
  let org: string;
  let buildingId: string;
  let owner: Client;

  const entry = (id: string, date = '2026-05-01') =>
    sql`INSERT INTO journal_entries (id, organization_id, building_id, entry_date, journal, reference)
        VALUES (${id}, ${org}, ${buildingId}, ${date}, 'misc', 'test')`;
  const line = (entryId: string, no: number, account: string, debit: number, credit: number) =>
    sql`INSERT INTO journal_lines (organization_id, entry_id, line_no, account_code, debit_cents, credit_cents)
        VALUES (${org}, ${entryId}, ${no}, ${account}, ${debit}, ${credit})`;
  const stored = async (id: string) =>
    (await db.reader(org).rows(sql`SELECT 1 FROM journal_entries WHERE id = ${id}`)).length;
  const postBalanced = async () => {
    const id = randomUUID();
    await db.transaction(org, async (tx) => {
      await tx.execute(entry(id));
      await tx.execute(line(id, 1, '65', 250, 0));
      await tx.execute(line(id, 2, '550', 0, 250));
    });
    return id;
  };

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    syndic = await TenantSession.forNewOrganization(api.app);
    org = syndic.organizationId;
    buildingId = (await aBuildingWithUnits(syndic, [1000])).buildingId;
    owner = new Client({ connectionString: api.databaseUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await api.close();
  });

  it('stores a balanced entry', async () => {
    expect(await stored(await postBalanced())).toBe(1);
  });

  it('refuses, at commit, an entry whose debits differ from its credits, and one without lines', async () => {
    const unbalanced = randomUUID();
    await expect(
      db.transaction(org, async (tx) => {
        await tx.execute(entry(unbalanced));
        await tx.execute(line(unbalanced, 1, '65', 250, 0));
        await tx.execute(line(unbalanced, 2, '550', 0, 249));
      }),
    ).rejects.toMatchObject({ constraint: 'journal_entry_balanced' });
    expect(await stored(unbalanced)).toBe(0);
    const empty = randomUUID();
    await expect(db.transaction(org, (tx) => tx.execute(entry(empty)))).rejects.toMatchObject({
      constraint: 'journal_entry_balanced',
    });
    expect(await stored(empty)).toBe(0);
  });

  it('refuses a line with both a debit and a credit, or neither', async () => {
    for (const [debit, credit] of [
      [100, 100],
      [0, 0],
    ] as const) {
      const id = randomUUID();
      await expect(
        db.transaction(org, async (tx) => {
          await tx.execute(entry(id));
          await tx.execute(line(id, 1, '65', debit, credit));
          await tx.execute(line(id, 2, '550', debit, credit));
        }),
      ).rejects.toMatchObject({ constraint: 'journal_lines_one_side_ck' });
    }
  });

  it('refuses an UPDATE or a DELETE of a posted entry or line, by the application and by the schema owner', async () => {
    const id = await postBalanced();
    for (const statement of [
      sql`UPDATE journal_lines SET debit_cents = 1 WHERE entry_id = ${id} AND line_no = 1`,
      sql`DELETE FROM journal_lines WHERE entry_id = ${id}`,
      sql`UPDATE journal_entries SET reference = 'changed' WHERE id = ${id}`,
    ]) {
      await expect(db.transaction(org, (tx) => tx.execute(statement))).rejects.toMatchObject({
        code: '42501',
      });
      await expect(owner.query(statement.text, [...statement.values])).rejects.toMatchObject({
        constraint: 'journal_entry_posted',
      });
    }
    const lines = await db
      .reader(org)
      .rows<{ debit_cents: string }>(
        sql`SELECT debit_cents FROM journal_lines WHERE entry_id = ${id} ORDER BY line_no`,
      );
    expect(lines.map((l) => Number(l.debit_cents))).toEqual([250, 0]);
  });

  it('refuses a line added later to a posted entry, even a balanced pair', async () => {
    const id = await postBalanced();
    await expect(
      db.transaction(org, async (tx) => {
        await tx.execute(line(id, 3, '65', 100, 0));
        await tx.execute(line(id, 4, '550', 0, 100));
      }),
    ).rejects.toMatchObject({ constraint: 'journal_entry_posted' });
  });

  it('refuses an entry dated in closed books (409 PERIOD_CLOSED)', async () => {
    await syndic.post(`/buildings/${buildingId}/closings`, { until: '2026-01-31' });
    const id = randomUUID();
    await expect(
      db.transaction(org, async (tx) => {
        await tx.execute(entry(id, '2026-01-31'));
        await tx.execute(line(id, 1, '65', 1, 0));
        await tx.execute(line(id, 2, '550', 0, 1));
      }),
    ).rejects.toMatchObject({ code: 'PERIOD_CLOSED' });
  });

  it("hides another organization's entries", async () => {
    const id = await postBalanced();
    const other = await TenantSession.forNewOrganization(api.app);
    await expect(
      db.reader(other.organizationId).rows(sql`SELECT 1 FROM journal_entries WHERE id = ${id}`),
    ).resolves.toEqual([]);
    await expect(
      db.reader(other.organizationId).rows(sql`SELECT 1 FROM journal_lines WHERE entry_id = ${id}`),
    ).resolves.toEqual([]);
  });
});
