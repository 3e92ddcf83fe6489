import { Client } from 'pg';
import { PlatformDatabase } from '../../src/shared/persistence/platform-database';
import { TenantPool } from '../../src/shared/persistence/pool-options';
import { sql } from '../../src/shared/persistence/sql';
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
  /** The application role's pool itself: statements sent without any tenant setting. */
  const tenantPool = () => api.app.get(TenantPool).pool;

  const organizationsOf = (rows: Array<{ organization_id: string }>) => [
    ...new Set(rows.map((r) => r.organization_id)),
  ];

  it('returns only the acting organization rows to an unfiltered query', async () => {
    const rows = await db.transaction(alice.organizationId, (tx) =>
      tx.rows<{ organization_id: string }>(sql`SELECT organization_id FROM users`),
    );
    expect(organizationsOf(rows)).toEqual([alice.organizationId]);
    const orgs = await db.transaction(bob.organizationId, (tx) => tx.rows(sql`SELECT id FROM organizations`));
    expect(orgs).toEqual([{ id: bob.organizationId }]);
  });

  it('returns nothing at all when no organization is set', async () => {
    expect((await tenantPool().query('SELECT id FROM users')).rows).toEqual([]);
  });

  it('refuses to write a row into another organization', async () => {
    const write = db.transaction(alice.organizationId, (tx) =>
      tx.execute(sql`UPDATE users SET first_name = 'Mallory' WHERE organization_id = ${bob.organizationId}`),
    );
    await expect(write).resolves.toBe(0);
    const insert = db.transaction(alice.organizationId, (tx) =>
      tx.execute(
        sql`INSERT INTO users (id, organization_id, email_hash, email_cipher, password_hash, first_name, last_name, role)
            VALUES (gen_random_uuid(), ${bob.organizationId}, repeat('a', 64), 'x', 'x', 'M', 'M', 'syndic')`,
      ),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
  });

  describe('one-round-trip reads (TenantDatabase.reader)', () => {
    it('return only the acting organization rows to an unfiltered query', async () => {
      const rows = await db
        .reader(alice.organizationId)
        .rows<{ organization_id: string }>(sql`SELECT organization_id FROM users`);
      expect(organizationsOf(rows)).toEqual([alice.organizationId]);
      const bobs = db.reader(bob.organizationId);
      const users = await bobs.rows<{ organization_id: string }>(sql`SELECT organization_id FROM users`);
      expect(organizationsOf(users)).toEqual([bob.organizationId]);
      expect(await bobs.rows(sql`SELECT id FROM organizations`)).toEqual([{ id: bob.organizationId }]);
    });

    it('hand every value back exactly as it was written into the statement', async () => {
      const hostile = `O'Brien \\'); DELETE FROM users; -- $1 "x" ç€`;
      const ids = [alice.organizationId, bob.organizationId];
      const [row] = await db
        .reader(alice.organizationId)
        .rows<{ text: string; n: number; ids: string[] }>(
          sql`SELECT ${hostile}::text AS text, ${-42}::int AS n, ${ids}::uuid[] AS ids`,
        );
      expect(row).toEqual({ text: hostile, n: -42, ids });
      expect(await db.reader(alice.organizationId).rows(sql`SELECT id FROM users`)).not.toEqual([]);
    });

    it('leave no tenant setting and no open transaction behind, even after a failed statement', async () => {
      const reads = Array.from({ length: 12 }, (_, i) =>
        db.reader(i % 2 ? alice.organizationId : bob.organizationId).rows(sql`SELECT id FROM users`),
      );
      await Promise.all(reads);
      await expect(db.reader(alice.organizationId).rows(sql`SELECT 1 / 0`)).rejects.toMatchObject({ code: '22012' });
      const checks = Array.from({ length: 12 }, () =>
        tenantPool()
          .query(
            `SELECT coalesce(current_setting('app.tenant', true), '') AS org, now() = statement_timestamp() AS fresh`,
          )
          .then((result) => result.rows),
      );
      for (const [state] of await Promise.all(checks)) expect(state).toEqual({ org: '', fresh: true });
    });

    it('refuse an organization that is not a uuid', () => {
      expect(() => db.reader(`x', true); SELECT set_config('app.platform', 'on`)).toThrow('organization uuid');
    });
  });

  describe('the application role, even running any statement it likes', () => {
    /** A raw connection of the application role, inside a tenant transaction of Alice's, as injected SQL would be. */
    async function asApplicationRole<T>(work: (client: Client) => Promise<T>): Promise<T> {
      const client = new Client({ connectionString: tenantUrl() });
      await client.connect();
      try {
        await client.query('BEGIN');
        const [claim] = await db
          .reader(alice.organizationId)
          .rows<{ claim: string }>(sql`SELECT current_setting('app.tenant') AS claim`);
        await client.query(`SELECT set_config('app.tenant', $1, true)`, [claim!.claim]);
        return await work(client);
      } finally {
        await client.query('ROLLBACK').catch(() => undefined);
        await client.end();
      }
    }
    const tenantUrl = () => api.app.get(TenantPool).url;
    const bobsUsers = (client: Client) =>
      client.query(`SELECT id FROM users WHERE organization_id = $1`, [bob.organizationId]).then((r) => r.rows);

    it('sees its own organization through the signed claim', async () => {
      const rows = await asApplicationRole((client) =>
        client.query('SELECT organization_id FROM users').then((r) => r.rows),
      );
      expect(organizationsOf(rows)).toEqual([alice.organizationId]);
    });

    it('cannot read another organization by setting app.organization_id or the old platform switch', async () => {
      const rows = await asApplicationRole(async (client) => {
        await client.query(`SET LOCAL app.organization_id = '${bob.organizationId}'`);
        await client.query(`SET LOCAL app.platform = 'on'`);
        return bobsUsers(client);
      });
      expect(rows).toEqual([]);
    });

    it('cannot read another organization by claiming it without the signature', async () => {
      const forged = await asApplicationRole(async (client) => {
        const claim = (await client.query(`SELECT current_setting('app.tenant') AS c`)).rows[0].c as string;
        await client.query(`SELECT set_config('app.tenant', $1, true)`, [
          `${bob.organizationId}.${claim.split('.')[1]}`,
        ]);
        return bobsUsers(client);
      });
      expect(forged).toEqual([]);
    });

    it('sees nothing, and raises nothing, with a claim of any other shape', async () => {
      const seen = await asApplicationRole(async (client) => {
        const claim = (await client.query(`SELECT current_setting('app.tenant') AS c`)).rows[0].c as string;
        const [id = '', signature = ''] = claim.split('.');
        const shapes = [
          '',
          '.',
          id,
          `${id}.`,
          `${claim}.`,
          `${claim}0`,
          `${id}.${signature.toUpperCase()}`,
          `${id.toUpperCase()}.${signature}`,
          `${'x'.repeat(36)}.${signature}`,
          `${signature.slice(0, 36)}.${signature}`,
          `${id}.${'0'.repeat(64)}`,
        ];
        const rows: unknown[] = [];
        for (const shape of shapes) {
          await client.query(`SELECT set_config('app.tenant', $1, true)`, [shape]);
          rows.push(...(await client.query('SELECT organization_id FROM users')).rows);
        }
        await client.query(`SELECT set_config('app.tenant', $1, true)`, [claim]);
        return { rows, control: (await client.query('SELECT organization_id FROM users')).rows };
      });
      expect(seen.rows).toEqual([]);
      expect(organizationsOf(seen.control)).toEqual([alice.organizationId]);
    });

    it('cannot read the key that signs claims, nor become the platform or the owner', async () => {
      await asApplicationRole(async (client) => {
        await expect(client.query('SELECT key FROM app_tenant_key')).rejects.toThrow(/permission denied/);
      });
      await asApplicationRole(async (client) => {
        await expect(client.query('SET ROLE koprogo_platform')).rejects.toThrow(/permission denied/);
      });
      await asApplicationRole(async (client) => {
        await client.query('RESET ROLE');
        expect(await bobsUsers(client)).toEqual([]);
      });
      await asApplicationRole(async (client) => {
        await expect(client.query('SET SESSION AUTHORIZATION postgres')).rejects.toThrow(/permission denied/);
      });
    });

    it('cannot touch the platform tables: refresh sessions and the audit log', async () => {
      await asApplicationRole(async (client) => {
        await expect(client.query('SELECT count(*) FROM refresh_sessions')).rejects.toThrow(/permission denied/);
      });
      await asApplicationRole(async (client) => {
        await expect(client.query('SELECT count(*) FROM audit_events')).rejects.toThrow(/permission denied/);
      });
    });
  });

  it('runs tenant work and platform work as two roles that cannot bypass the policies', async () => {
    const roleOf = `SELECT session_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = session_user`;
    const [tenant] = (await tenantPool().query(roleOf)).rows;
    expect(tenant).toEqual({ name: 'koprogo_app', rolsuper: false, rolbypassrls: false });
    const [platform] = await api.app
      .get(PlatformDatabase)
      .rows(sql`SELECT session_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = session_user`);
    expect(platform).toEqual({ name: 'koprogo_platform', rolsuper: false, rolbypassrls: false });
  });

  it('lets the platform role see every organization, deliberately', async () => {
    const rows = await api.app
      .get(PlatformDatabase)
      .rows<{ organization_id: string }>(sql`SELECT organization_id FROM users`);
    expect(organizationsOf(rows)).toEqual(expect.arrayContaining([alice.organizationId, bob.organizationId]));
  });
});
