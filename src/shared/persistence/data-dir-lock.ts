import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../config/config-error';

interface Holder {
  readonly pid: number;
  /** When the process started (Linux: clock ticks since boot), so a recycled pid is not taken for the holder. */
  readonly started: string | null;
}

const LOCK_FILE = 'embedded-postgres.lock';
/** An unreadable lock younger than this is being written by a process starting right now. */
const BEING_WRITTEN_MS = 5_000;

/**
 * The one process allowed to run the embedded PostgreSQL of a DATA_DIR. PostgreSQL's own postmaster.pid guards the
 * cluster only while the server runs; this lock is held by the process that owns the server for its whole life,
 * restarts of a crashed server included, so a second API started on the same folder stops with a clear message
 * instead of starting a server of its own in the gap. A holder that died without releasing (killed, crashed) is
 * recognised by its pid being gone or belonging to a process started at another time, and its lock is taken over.
 */
export class DataDirLock {
  private released = false;
  private readonly onExit = () => this.release();

  private constructor(
    private readonly path: string,
    private readonly content: string,
  ) {
    process.on('exit', this.onExit);
  }

  static acquire(dataDir: string): DataDirLock {
    const path = join(dataDir, LOCK_FILE);
    const content = `${JSON.stringify(identify(process.pid))}\n`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(path, content, { flag: 'wx', mode: 0o644 });
        return new DataDirLock(path, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(path);
      if (holder === 'being-written') break;
      if (holder && isRunning(holder)) {
        throw new ConfigError(
          'DATA_DIR',
          `(${dataDir}) is in use: KoproGo process ${holder.pid} runs its embedded PostgreSQL. An embedded database ` +
            'serves one API process only: stop that process, choose another DATA_DIR, or run several instances on a ' +
            'shared PostgreSQL (DATABASE_URL)',
        );
      }
      // Left by a process that is gone: take it over (a racing starter loses on `wx`, or on postmaster.pid after it).
      unlinkSync(path);
    }
    throw new ConfigError(
      'DATA_DIR',
      `(${dataDir}) is being taken by another KoproGo process starting at the same time`,
    );
  }

  /** Idempotent; leaves alone a lock that is no longer ours. */
  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    try {
      if (readFileSync(this.path, 'utf8') === this.content) unlinkSync(this.path);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

/** The holder; undefined for a lock that is gone or was left unreadable by a process killed while writing it. */
function readHolder(path: string): Holder | 'being-written' | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (Number.isInteger(holder.pid) && (holder.pid as number) > 0) {
      return { pid: holder.pid as number, started: holder.started ?? null };
    }
  } catch {
    // Read below.
  }
  try {
    return Date.now() - statSync(path).mtimeMs < BEING_WRITTEN_MS ? 'being-written' : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = identify(holder.pid).started;
  return holder.started === null || now === null || holder.started === now;
}

/** The process's start time from /proc where there is one (Linux); elsewhere the pid alone identifies it. */
function identify(pid: number): Holder {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name, which is in parentheses and may itself hold spaces.
    return { pid, started: stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null };
  } catch {
    return { pid, started: null };
  }
}
