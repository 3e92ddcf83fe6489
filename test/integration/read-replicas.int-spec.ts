import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { aCreateBuildingRequest } from '../builders/registry.builders';
import { TEST_ENCRYPTION_KEY, TEST_JWT_SECRET } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';
import { PostgresPair, startPostgresPair } from '../../scripts/lib/postgres-pair';
import { createApi, RunningApi } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { asOwner, prepareDatabaseAccess, roleUrl, TENANT_ROLE } from '../../src/shared/persistence/database-access';
import { TenantPool } from '../../src/shared/persistence/pool-options';
import { runMigrations } from '../../src/shared/persistence/migrator';
import { sql } from '../../src/shared/persistence/sql';
import { TenantDatabase } from '../../src/shared/persistence/tenant-database';
import { formatLsn, Lsn } from '../../src/shared/persistence/replicas/lsn';
import { ReadReplicas } from '../../src/shared/persistence/replicas/read-replicas';
import { inReadScope, ReadScope, replicaReads } from '../../src/shared/persistence/replicas/read-scope';

/** A primary and a real streaming replica of it, on the embedded binaries; every read reports where it ran. */
describe('reads served by a streaming replica', () => {
  const MAX_LAG_MS = 1_000;
  let pair: PostgresPair;
  let tenantPool: TenantPool;
  let replicas: ReadReplicas;
  let db: TenantDatabase;
  let replicaTenantUrl: string;
  let tenantKey: Buffer;
  let dir: string;
  let dataDir: string;
  const [orgA, orgB, orgC] = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    Logger.overrideLogger(false); // the replica's warnings are expected here
    dir = mkdtempSync(join(tmpdir(), 'koprogo-replica-'));
    chmodSync(dir, 0o755);
    pair = await startPostgresPair({ dir: join(dir, 'postgres'), fast: true });
    dataDir = join(dir, 'data');
    await asOwner(pair.primaryUrl('postgres'), (owner) => owner(sql`CREATE DATABASE koprogo`));
    await runMigrations(pair.primaryUrl('koprogo'));
    const access = await prepareDatabaseAccess(pair.primaryUrl('koprogo'));
    tenantKey = access.tenantKey;
    await asOwner(pair.primaryUrl('koprogo'), async (owner) => {
      for (const id of [orgA, orgB, orgC]) {
        await owner(sql`INSERT INTO organizations (id, name, slug, contact_email)
                        VALUES (${id}, 'Before', ${id}, 'syndic@example.be')`);
      }
    });
    tenantPool = await TenantPool.open({ url: access.tenantUrl, poolMax: 4 });
    replicaTenantUrl = roleUrl(pair.replicaUrl('koprogo'), TENANT_ROLE);
    replicas = newInstance();
    db = new TenantDatabase(tenantPool, { key: tenantKey }, replicas);
    await caughtUp(replicas);
  }, 60_000);

  afterAll(async () => {
    await replicas?.onApplicationShutdown();
    await tenantPool?.onApplicationShutdown();
    await pair?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Another API instance on the same databases: it knows nothing of this one's writes. */
  function newInstance(checkIntervalMs = 50, maxLagMs = MAX_LAG_MS): ReadReplicas {
    return new ReadReplicas({ urls: [replicaTenantUrl], maxLagMs, checkIntervalMs, poolMax: 2 }, tenantPool.pool);
  }

  async function where(
    organizationId: string,
    scope: ReadScope | null = replicaReads(),
    database: TenantDatabase = db,
  ): Promise<{ name: string; server: 'replica' | 'primary' }> {
    const read = () =>
      database
        .reader(organizationId)
        .rows<{ name: string; standby: boolean }>(
          sql`SELECT name, pg_is_in_recovery() AS standby FROM organizations WHERE id = ${organizationId}`,
        );
    const [row] = scope ? await inReadScope(scope, read) : await read();
    return { name: row!.name, server: row!.standby ? 'replica' : 'primary' };
  }

  async function rename(organizationId: string, name: string): Promise<Lsn | null> {
    const scope = replicaReads();
    await inReadScope(scope, () =>
      db.transaction(organizationId, (tx) =>
        tx.execute(sql`UPDATE organizations SET name = ${name} WHERE id = ${organizationId}`),
      ),
    );
    return scope.written;
  }

  async function replay(action: 'pause' | 'resume'): Promise<void> {
    await asOwner(pair.replicaUrl('koprogo'), async (owner) => {
      await owner(action === 'pause' ? sql`SELECT pg_wal_replay_pause()` : sql`SELECT pg_wal_replay_resume()`);
      while (action === 'pause') {
        const [row] = await owner<{ state: string }>(sql`SELECT pg_get_wal_replay_pause_state() AS state`);
        if (row!.state === 'paused') break;
      }
    });
  }

  /** Waits until the instance has seen the replica replay everything the primary has written so far. */
  async function caughtUp(instance: ReadReplicas, lsn: Lsn = 0n): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      await instance.check();
      const [status] = instance.status();
      if (status!.replayed !== null && status!.replayed >= lsn && status!.lagMs <= 50) return;
      if (Date.now() > deadline)
        throw new Error(`the replica did not catch up: ${JSON.stringify(String(status!.replayed))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers the reads of a safe request from the replica, and every other read from the primary', async () => {
    expect(await where(orgC)).toEqual({ name: 'Before', server: 'replica' });
    expect(await where(orgC, null)).toEqual({ name: 'Before', server: 'primary' });
    expect(await where(orgC, { replicaAllowed: false, minLsn: null, written: null })).toMatchObject({
      server: 'primary',
    });
  });

  it('reads its own writes: the organization reads from the primary until the replica has replayed its write', async () => {
    // Another instance: it learns of this one's writes from the client's header, and only from it.
    const other = newInstance();
    const elsewhere = new TenantDatabase(tenantPool, { key: tenantKey }, other);
    await caughtUp(other);
    await replay('pause');
    try {
      const written = await rename(orgA, 'After');
      expect(written).not.toBeNull();
      // The replica is behind, but within the bound: other organizations still read from it.
      expect(await where(orgA)).toEqual({ name: 'After', server: 'primary' });
      expect(await where(orgB)).toEqual({ name: 'Before', server: 'replica' });
      await other.check();
      expect(await where(orgA, replicaReads(written), elsewhere)).toEqual({ name: 'After', server: 'primary' });
      expect(await where(orgA, replicaReads(null), elsewhere)).toEqual({ name: 'Before', server: 'replica' });
    } finally {
      await replay('resume');
      await other.onApplicationShutdown();
    }
    await caughtUp(replicas, (await rename(orgB, 'Touched'))!);
    expect(await where(orgA)).toEqual({ name: 'After', server: 'replica' });
  });

  it('asks the replica, in the read itself, whether it has replayed a write newer than its last check', async () => {
    const slow = newInstance(60_000, 60_000);
    const database = new TenantDatabase(tenantPool, { key: tenantKey }, slow);
    try {
      await caughtUp(slow);
      await replay('pause');
      let written: Lsn | null = null;
      try {
        const scope = replicaReads();
        await inReadScope(scope, () =>
          database.transaction(orgC, (tx) =>
            tx.execute(sql`UPDATE organizations SET name = 'Guarded' WHERE id = ${orgC}`),
          ),
        );
        written = scope.written;
        expect(await where(orgC, replicaReads(), database)).toEqual({ name: 'Guarded', server: 'primary' });
      } finally {
        await replay('resume');
      }
      await asOwner(pair.replicaUrl('koprogo'), async (owner) => {
        const target = sql`SELECT pg_last_wal_replay_lsn() >= ${formatLsn(written!)}::pg_lsn AS done`;
        while (!(await owner<{ done: boolean }>(target))[0]!.done)
          await new Promise((resolve) => setTimeout(resolve, 10));
      });
      expect(slow.status()[0]!.replayed! < written!).toBe(true);
      expect(await where(orgC, replicaReads(), database)).toEqual({ name: 'Guarded', server: 'replica' });
      expect(slow.status()[0]!.replayed! >= written!).toBe(true);
      await rename(orgC, 'Before');
    } finally {
      await slow.onApplicationShutdown();
    }
  });

  it('reads from the primary while the replica lags beyond the bound, and from the replica again once it caught up', async () => {
    await replay('pause');
    try {
      await rename(orgB, 'Lagging');
      await new Promise((resolve) => setTimeout(resolve, MAX_LAG_MS + 200));
      await replicas.check();
      expect(replicas.status()[0]!.lagMs).toBeGreaterThan(MAX_LAG_MS);
      expect(await where(orgC)).toEqual({ name: 'Before', server: 'primary' });
    } finally {
      await replay('resume');
    }
    await caughtUp(replicas);
    expect(await where(orgC)).toEqual({ name: 'Before', server: 'replica' });
  });

  it('reads from the primary as soon as the replica is down, without an error', async () => {
    await caughtUp(replicas);
    await pair.stopReplica();
    try {
      // The replica was fine at the last check: the read fails there and is answered by the primary.
      expect(await where(orgC)).toEqual({ name: 'Before', server: 'primary' });
      await replicas.check();
      expect(replicas.status()[0]!.replayed).toBeNull();
      expect(await where(orgB)).toEqual({ name: 'Lagging', server: 'primary' });
    } finally {
      await pair.startReplica();
    }
    await caughtUp(replicas);
    expect(await where(orgC)).toEqual({ name: 'Before', server: 'replica' });
  });
  describe('through the API', () => {
    let api: RunningApi;
    let app: NestFastifyApplication;
    const API_MAX_LAG_MS = 1_500;

    beforeAll(async () => {
      api = await createApi(
        loadConfig({
          NODE_ENV: 'test',
          DATABASE_URL: pair.primaryUrl('koprogo'),
          DATABASE_REPLICA_URLS: pair.replicaUrl('koprogo'),
          DATABASE_REPLICA_MAX_LAG_MS: String(API_MAX_LAG_MS),
          DATABASE_REPLICA_CHECK_MS: '50',
          DATA_DIR: dataDir,
          JWT_SECRET: TEST_JWT_SECRET,
          DATA_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
          DB_POOL_MAX: '4',
          LOG_LEVEL: 'silent',
        }),
      );
      app = api.app;
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    }, 60_000);

    afterAll(() => api?.close());

    it('serves GETs from the replica, the reads after a write from the primary, and every GET from the primary once the replica lags', async () => {
      const syndic = await TenantSession.forNewOrganization(app);
      const created = await syndic.request('POST', '/buildings', aCreateBuildingRequest({ name: 'Résidence Haute' }));
      expect(created.statusCode).toBe(201);
      expect(created.headers['x-koprogo-min-lsn']).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      const { id } = created.json<{ id: string }>();
      const nameOf = async () => (await syndic.get<{ name: string }>(`/buildings/${id}`)).name;
      await asOwner(pair.replicaUrl('koprogo'), async (owner) => {
        while ((await owner(sql`SELECT 1 FROM buildings WHERE id = ${id}`)).length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 200)); // the instance's checks see the replica caught up

      await replay('pause');
      try {
        // Changed on the primary behind the API's back: only the primary has it.
        await asOwner(pair.primaryUrl('koprogo'), (owner) =>
          owner(sql`UPDATE buildings SET name = 'Behind the API' WHERE id = ${id}`),
        );
        expect(await nameOf()).toBe('Résidence Haute'); // the replica answered

        await syndic.put(`/buildings/${id}`, aCreateBuildingRequest({ name: 'Résidence Basse' }));
        expect(await nameOf()).toBe('Résidence Basse'); // the syndic reads its own write: the primary answered

        await new Promise((resolve) => setTimeout(resolve, API_MAX_LAG_MS + 300));
        expect(await nameOf()).toBe('Résidence Basse'); // the write is forgotten, the replica too far behind: primary
      } finally {
        await replay('resume');
      }
    });
  });
});
