import { DataSource } from 'typeorm';
import { TenantDatabase } from '../../src/shared/persistence/tenant-database';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

/** The second net: a query that forgets its organization filter still sees only the acting organization's rows. */
describe('row-level security', () => {
  let api: TestApp;
  let alice: TenantSession;
  let bob: TenantSession;
  let db: TenantDatabase;

  beforeAll(async () => {
    api = await createTestApp();
    alice = await TenantSession.forNewOrganization(api.app);
    bob = await TenantSession.forNewOrganization(api.app);
    db = api.app.get(TenantDatabase);
  });
  afterAll(() => api.close());

  const organizationsOf = (rows: Array<{ organization_id: string }>) => [...new Set(rows.map((r) => r.organization_id))];

  it('returns only the acting organization rows to an unfiltered query', async () => {
    const rows = await db.forOrganization(alice.organizationId, (m) => m.query('SELECT organization_id FROM users'));
    expect(organizationsOf(rows)).toEqual([alice.organizationId]);
    const orgs = await db.forOrganization(bob.organizationId, (m) => m.query('SELECT id FROM organizations'));
    expect(orgs).toEqual([{ id: bob.organizationId }]);
  });

  it('returns nothing at all when no organization is set', async () => {
    expect(await api.app.get(DataSource).query('SELECT id FROM users')).toEqual([]);
  });

  it('refuses to write a row into another organization', async () => {
    const write = db.forOrganization(alice.organizationId, (m) =>
      m.query(`UPDATE users SET first_name = 'Mallory' WHERE organization_id = $1`, [bob.organizationId]),
    );
    await expect(write).resolves.toEqual([[], 0]);
    const insert = db.forOrganization(alice.organizationId, (m) =>
      m.query(
        `INSERT INTO users (id, organization_id, email_hash, email_cipher, password_hash, first_name, last_name, role)
         VALUES (gen_random_uuid(), $1, repeat('a', 64), 'x', 'x', 'M', 'M', 'syndic')`,
        [bob.organizationId],
      ),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
  });

  describe('one-round-trip reads (TenantDatabase.reader)', () => {
    it('return only the acting organization rows to an unfiltered query', async () => {
      const rows = await db.reader(alice.organizationId).query<{ organization_id: string }>('SELECT organization_id FROM users');
      expect(organizationsOf(rows)).toEqual([alice.organizationId]);
      const bobs = db.reader(bob.organizationId);
      const users = await bobs.query<{ organization_id: string }>('SELECT organization_id FROM users');
      expect(organizationsOf(users)).toEqual([bob.organizationId]);
      expect(await bobs.query('SELECT id FROM organizations')).toEqual([{ id: bob.organizationId }]);
    });

    it('hand every value back exactly as it was written into the statement', async () => {
      const hostile = `O'Brien \\'); DELETE FROM users; -- $1 "x" ç€`;
      const [row] = await db
        .reader(alice.organizationId)
        .query<{ text: string; n: number; ids: string[] }>('SELECT $1::text AS text, $2::int AS n, $3::uuid[] AS ids', [
          hostile,
          -42,
          [alice.organizationId, bob.organizationId],
        ]);
      expect(row).toEqual({ text: hostile, n: -42, ids: [alice.organizationId, bob.organizationId] });
      expect(await db.reader(alice.organizationId).query('SELECT id FROM users')).not.toEqual([]);
    });

    it('leave no tenant setting and no open transaction behind, even after a failed statement', async () => {
      const reads = Array.from({ length: 12 }, (_, i) =>
        db.reader(i % 2 ? alice.organizationId : bob.organizationId).query('SELECT id FROM users'),
      );
      await Promise.all(reads);
      await expect(db.reader(alice.organizationId).query('SELECT 1 / 0')).rejects.toMatchObject({ code: '22012' });
      const checks = Array.from({ length: 12 }, () =>
        api.app
          .get(DataSource)
          .query(`SELECT coalesce(current_setting('app.organization_id', true), '') AS org, now() = statement_timestamp() AS fresh`),
      );
      for (const [state] of await Promise.all(checks)) expect(state).toEqual({ org: '', fresh: true });
    });

    it('refuse an organization that is not a uuid', () => {
      expect(() => db.reader(`x', true); SELECT set_config('app.platform', 'on`)).toThrow('organization uuid');
    });
  });

  it('runs the application as a role that cannot bypass the policies', async () => {
    const [role] = await api.app.get(DataSource).query(
      `SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false });
  });
});
