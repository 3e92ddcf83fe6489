import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../config/config-error';
import { DataDirLock } from './data-dir-lock';
import { EmbeddedPostgres } from './embedded-postgres';

const ROOT = join(__dirname, '../../..');
const lockFile = (dir: string) => join(dir, 'embedded-postgres.lock');

/** Another process that takes the lock and keeps it until it is killed. */
async function holderProcess(dir: string): Promise<ChildProcess> {
  const script = `require('./src/shared/persistence/data-dir-lock').DataDirLock.acquire(${JSON.stringify(dir)});
    process.stdout.write('held\\n'); setInterval(() => undefined, 1000);`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: ROOT, stdio: 'pipe' });
  await once(child.stdout, 'data');
  return child;
}

describe('DataDirLock', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'koprogo-lock-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets one holder at a time, in this process too, and is free again once released', () => {
    const lock = DataDirLock.acquire(dir);
    expect(() => DataDirLock.acquire(dir)).toThrow(ConfigError);
    expect(() => DataDirLock.acquire(dir)).toThrow(new RegExp(`DATA_DIR .* process ${process.pid} runs`));
    lock.release();
    lock.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    DataDirLock.acquire(dir).release();
  });

  it('refuses while another process holds it, and takes it over once that process was killed', async () => {
    const holder = await holderProcess(dir);
    expect(() => DataDirLock.acquire(dir)).toThrow(`process ${holder.pid} runs its embedded PostgreSQL`);
    holder.kill('SIGKILL'); // no chance to release
    await once(holder, 'exit');
    expect(existsSync(lockFile(dir))).toBe(true);
    DataDirLock.acquire(dir).release();
  });

  it('takes over a lock whose pid now belongs to a process started at another time', () => {
    writeFileSync(lockFile(dir), JSON.stringify({ pid: process.pid, started: '1' }));
    DataDirLock.acquire(dir).release();
  });

  it('waits for a lock being written, and takes over one left half-written long ago', () => {
    writeFileSync(lockFile(dir), '');
    expect(() => DataDirLock.acquire(dir)).toThrow(/being taken by another KoproGo process/);
    const aMinuteAgo = (Date.now() - 60_000) / 1000;
    utimesSync(lockFile(dir), aMinuteAgo, aMinuteAgo);
    DataDirLock.acquire(dir).release();
  });

  it('stops a second embedded PostgreSQL on the same DATA_DIR, even while the first one is being restarted', async () => {
    chmodSync(dir, 0o755); // as root, the server runs as the postgres user and must enter the folder
    const first = await EmbeddedPostgres.start({ dataDir: dir, notice: () => undefined });
    try {
      await expect(EmbeddedPostgres.start({ dataDir: dir })).rejects.toThrow(/DATA_DIR .* is in use/);
      // Its server killed, the first owner restarts it; postmaster.pid alone would let a newcomer in meanwhile.
      process.kill(-first.pid!, 'SIGKILL');
      await expect(EmbeddedPostgres.start({ dataDir: dir })).rejects.toThrow(/DATA_DIR .* is in use/);
    } finally {
      await first.stop();
    }
    const next = await EmbeddedPostgres.start({ dataDir: dir });
    await next.stop();
  });
});
