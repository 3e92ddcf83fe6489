import { sql } from '../../src/shared/persistence/sql';
import { TenantPool } from '../../src/shared/persistence/pool-options';
import { TenantDatabase } from '../../src/shared/persistence/tenant-database';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

/**
 * One-round-trip statements are prepared on their connection from their second use (PreparedStatements): the answers
 * do not change, each organization still sees only its rows through the same plan, a statement PostgreSQL cannot
 * prepare still runs, and a failed or vanished prepared statement leaves the connection usable.
 * One connection in the pool, so that every statement meets the same one.
 */
describe('prepared one-round-trip statements', () => {
  let api: TestApp;
  let alice: TenantSession;
  let bob: TenantSession;
  let db: TenantDatabase;

  beforeAll(async () => {
    api = await createTestApp({ DB_POOL_MAX: '1' });
    alice = await TenantSession.forNewOrganization(api.app);
    bob = await TenantSession.forNewOrganization(api.app);
    db = api.app.get(TenantDatabase);
    for (const [session, name] of [
      [alice, 'Résidence Alice'],
      [bob, 'Résidence Bob'],
    ] as const) {
      await session.post('/buildings', {
        name,
        address: 'Rue de la Loi 16',
        city: 'Bruxelles',
        postalCode: '1000',
        country: 'BE',
        totalUnits: 2,
        totalQuota: 1000,
      });
    }
  });
  afterAll(() => api.close());

  const preparedOnTheConnection = async (organizationId: string) =>
    (
      await db
        .reader(organizationId)
        .rows<{ statement: string }>(sql`SELECT statement FROM pg_prepared_statements ORDER BY prepare_time`)
    ).map((row) => row.statement);

  it('prepares a statement from its second use, with the same answers', async () => {
    const read = () =>
      db
        .reader(alice.organizationId)
        .rows(sql`SELECT name, ${'a'}::text AS a, ${42}::int AS n FROM buildings WHERE name LIKE ${'Résidence%'}`);
    const first = await read();
    expect(await preparedOnTheConnection(alice.organizationId)).not.toContainEqual(
      expect.stringContaining('AS a, $2::int AS n FROM buildings'),
    );
    const second = await read();
    expect(second).toEqual(first);
    expect(first).toEqual([{ name: 'Résidence Alice', a: 'a', n: 42 }]);
    expect(await preparedOnTheConnection(alice.organizationId)).toContainEqual(
      expect.stringContaining('AS a, $2::int AS n FROM buildings'),
    );
  });

  it('shows each organization its own rows through the one plan, generic plan included', async () => {
    const names = (organizationId: string) =>
      db.reader(organizationId).rows<{ name: string }>(sql`SELECT name FROM buildings ORDER BY name`);
    for (let i = 0; i < 8; i++) {
      expect(await names(alice.organizationId)).toEqual([{ name: 'Résidence Alice' }]);
      expect(await names(bob.organizationId)).toEqual([{ name: 'Résidence Bob' }]);
    }
  });

  it('runs a statement PostgreSQL cannot prepare as before, every time', async () => {
    for (let i = 0; i < 3; i++) {
      const rows = await db
        .reader(alice.organizationId)
        .rows(sql`SELECT ${null} IS NULL AS missing, ${'x'} IS NULL AS present`);
      expect(rows).toEqual([{ missing: true, present: false }]);
    }
  });

  it('keeps the connection and its statement after a failed execution', async () => {
    const pool = api.app.get(TenantPool).pool;
    const divide = (by: number) =>
      db.reader(alice.organizationId).rows<{ q: number }>(sql`SELECT 12 / ${by}::int AS q`);
    expect(await divide(4)).toEqual([{ q: 3 }]);
    expect(await divide(3)).toEqual([{ q: 4 }]);
    const connections = pool.totalCount;
    await expect(divide(0)).rejects.toThrow(/division by zero/);
    expect(await divide(2)).toEqual([{ q: 6 }]);
    expect(pool.totalCount).toBe(connections);
  });

  it('prepares a statement again when it vanished from the connection', async () => {
    const count = () =>
      db.reader(bob.organizationId).rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM buildings WHERE ${true}`);
    expect(await count()).toEqual([{ n: 1 }]);
    expect(await count()).toEqual([{ n: 1 }]);
    await db.reader(bob.organizationId).rows(sql`DEALLOCATE ALL`);
    expect(await count()).toEqual([{ n: 1 }]);
    expect(await count()).toEqual([{ n: 1 }]);
  });
});
