import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import {
  embeddedBinaries,
  freePort,
  postgresSystemUser,
  SystemUser,
} from '../../src/shared/persistence/postgres-binaries';

export { freePort };

/**
 * A PostgreSQL primary and a streaming replica of it, for the replica tests and `npm run cluster`. The replica is
 * built with the low-level backup API (pg_backup_start, a copy of the data folder, pg_backup_stop's backup_label),
 * so it needs nothing but `initdb` and `postgres`: the embedded binaries have no pg_basebackup. Both listen on
 * 127.0.0.1 only and trust local connections: throwaway servers, never a deployment.
 */
export interface PostgresPair {
  readonly binDir: string;
  readonly primaryPort: number;
  readonly replicaPort: number;
  /** The schema owner's URL of `database` on the primary. */
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  /** Fast shutdown of the replica (its data folder stays: `startReplica` starts it again). */
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  /** Stops both and deletes their folders. */
  stop(): Promise<void>;
}

export interface PostgresPairOptions {
  /** An empty folder for both data folders. */
  readonly dir: string;
  /** Folder of initdb and postgres; the embedded binaries by default. */
  readonly binDir?: string;
  /** No fsync: for tests, whose data is thrown away. */
  readonly fast?: boolean;
  readonly log?: (line: string) => void;
}

interface Server {
  process?: ChildProcess;
  readonly dataDir: string;
  readonly port: number;
}

const DEBIAN_BIN = '/usr/lib/postgresql/15/bin';

/** The machine's PostgreSQL 15 (Debian's postgresql-15) when installed, else the embedded binaries. */
export function preferredBinDir(): string {
  return existsSync(join(DEBIAN_BIN, 'postgres')) ? DEBIAN_BIN : embeddedBinDir();
}

/** Folder of the embedded package's initdb and postgres. */
export function embeddedBinDir(): string {
  return dirname(embeddedBinaries().postgres);
}

export async function startPostgresPair(options: PostgresPairOptions): Promise<PostgresPair> {
  const binDir = options.binDir ?? embeddedBinDir();
  const runAs = postgresSystemUser();
  const primary: Server = { dataDir: join(options.dir, 'primary'), port: await freePort() };
  const replica: Server = { dataDir: join(options.dir, 'replica'), port: await freePort() };
  const url = (server: Server, database: string) => `postgres://postgres@127.0.0.1:${server.port}/${database}`;
  mkdirSync(options.dir, { recursive: true });
  if (runAs) chownSync(options.dir, runAs.uid, runAs.gid);
  const stopAll = async () => {
    await Promise.all([shutdown(replica), shutdown(primary)]);
    rmSync(options.dir, { recursive: true, force: true });
  };
  try {
    execFileSync(
      join(binDir, 'initdb'),
      [`--pgdata=${primary.dataDir}`, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C'],
      { uid: runAs?.uid, gid: runAs?.gid, stdio: 'pipe' },
    );
    const settings = [
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      'wal_level = replica',
      'max_wal_senders = 5',
      "wal_keep_size = '256MB'",
      'hot_standby = on',
      'hot_standby_feedback = on',
      'max_connections = 200',
      ...(options.fast ? ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off'] : []),
    ];
    appendFileSync(join(primary.dataDir, 'postgresql.auto.conf'), `${settings.join('\n')}\n`);
    await launch(binDir, primary, runAs, options.log);
    await cloneAsStandby(url(primary, 'postgres'), primary, replica, runAs);
    await launch(binDir, replica, runAs, options.log);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    binDir,
    primaryPort: primary.port,
    replicaPort: replica.port,
    primaryUrl: (database) => url(primary, database),
    replicaUrl: (database) => url(replica, database),
    stopReplica: () => shutdown(replica),
    startReplica: () => launch(binDir, replica, runAs, options.log),
    stop: stopAll,
  };
}

/** Files of a running cluster that a backup leaves out (the WAL comes from the primary by streaming). */
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts', 'pg_wal', 'pg_replslot', 'pg_stat_tmp', 'log']);

async function cloneAsStandby(adminUrl: string, primary: Server, replica: Server, runAs?: SystemUser): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_backup_start('koprogo-replica', true)`);
    cpSync(primary.dataDir, replica.dataDir, {
      recursive: true,
      filter: (source) => !LEFT_OUT.has(source.slice(primary.dataDir.length + 1)),
    });
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string }>(
      'SELECT labelfile, spcmapfile FROM pg_backup_stop(false)',
    );
    writeFileSync(join(replica.dataDir, 'backup_label'), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) writeFileSync(join(replica.dataDir, 'tablespace_map'), rows[0]!.spcmapfile);
  } finally {
    await client.end();
  }
  for (const folder of ['pg_wal/archive_status', 'pg_replslot', 'pg_stat_tmp']) {
    mkdirSync(join(replica.dataDir, folder), { recursive: true });
  }
  writeFileSync(join(replica.dataDir, 'standby.signal'), '');
  appendFileSync(
    join(replica.dataDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres application_name=koprogo_replica'\n`,
  );
  chmodSync(replica.dataDir, 0o700);
  if (runAs) chownTree(replica.dataDir, runAs);
}

function chownTree(path: string, user: SystemUser): void {
  chownSync(path, user.uid, user.gid);
  if (!statSync(path).isDirectory()) return;
  for (const entry of readdirSync(path)) chownTree(join(path, entry), user);
}

/** Starts the server and resolves once it accepts connections (read-only ones, for a standby). */
function launch(binDir: string, server: Server, runAs: SystemUser | undefined, log?: (line: string) => void) {
  rmSync(join(server.dataDir, 'postmaster.pid'), { force: true });
  const child = spawn(join(binDir, 'postgres'), ['-D', server.dataDir, '-p', String(server.port)], {
    uid: runAs?.uid,
    gid: runAs?.gid,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  server.process = child;
  return new Promise<void>((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log?.(text.trimEnd());
      output = (output + text).slice(-4000);
      if (/ready to accept (read-only )?connections/.test(output)) {
        output = '';
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`PostgreSQL on port ${server.port} exited (${code}): ${output}`)));
  });
}

async function shutdown(server: Server): Promise<void> {
  const child = server.process;
  server.process = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
    child.kill('SIGCONT');
  });
}
