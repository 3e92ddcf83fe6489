import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DocumentTooLarge } from '../domain/document.errors';
import {
  assertSafeStorageKey,
  ByteSource,
  DocumentStorage,
  isSafeStorageKey,
  PendingRemovals,
  RemovalOutcome,
  StagedUpload,
  StageLimits,
  StoredContent,
} from '../domain/document-storage';
import {
  exists,
  isMissing,
  listDirectory,
  realFileSystem,
  StorageFileSystem,
  syncDirectory,
  unlinkIfPresent,
  writeFully,
} from './local-file-system';
import { LocalStagedUpload, StagedFilePublisher } from './local-staged-upload';

export interface LocalFileStorageOptions {
  /** STORAGE_DIR. Layout: `tmp/<random>` while staging, `<2 first chars of key>/<key>`, `pending-removals/<key>`. */
  readonly dir: string;
  /** Temp files idle for longer are leftovers of crashes or failed discards. */
  readonly staleTempAfterMs?: number;
  /** How often pending removals are retried and stale temp files swept once the module has started; 0: never. */
  readonly retryEveryMs?: number;
  readonly fs?: StorageFileSystem;
  readonly now?: () => number;
  readonly warn?: (message: string, error: unknown) => void;
}

const HOUR = 3_600_000;

/** DocumentStorage on a local (or mounted) file system: temp file + fsync + rename, so a reader never sees half a file. */
export class LocalFileStorage implements DocumentStorage, StagedFilePublisher, OnModuleInit, OnModuleDestroy {
  private readonly fs: StorageFileSystem;
  private readonly tmpDir: string;
  private readonly pendingDir: string;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: LocalFileStorageOptions) {
    this.fs = options.fs ?? realFileSystem;
    this.tmpDir = join(options.dir, 'tmp');
    this.pendingDir = join(options.dir, 'pending-removals');
  }

  async onModuleInit(): Promise<void> {
    await this.initialize();
    const every = this.options.retryEveryMs ?? HOUR / 4;
    if (every > 0) this.timer = setInterval(() => void this.retryInBackground(), every).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Also sweeps: with several instances on one STORAGE_DIR, one killed mid-upload may not be restarted soon. */
  private async retryInBackground(): Promise<void> {
    await this.sweepStaleTemp();
    await this.retryPendingRemovals().catch((error: unknown) =>
      this.options.warn?.('Pending removals not retried', error),
    );
  }

  /** Creates the layout, then cleans up after a previous run: stale temp files and removals still owed. */
  async initialize(): Promise<void> {
    await this.fs.mkdir(this.tmpDir, { recursive: true });
    await this.fs.mkdir(this.pendingDir, { recursive: true });
    await this.sweepStaleTemp();
    await this.retryPendingRemovals();
  }

  async stage(key: string, source: ByteSource, limits: StageLimits): Promise<StagedUpload> {
    assertSafeStorageKey(key);
    await this.fs.mkdir(this.tmpDir, { recursive: true });
    const tmpPath = join(this.tmpDir, randomBytes(16).toString('hex'));
    const handle = await this.fs.open(tmpPath, 'wx', 0o600);
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const chunk of source) {
        if (!ArrayBuffer.isView(chunk)) throw new TypeError('A storage source must yield bytes');
        size += chunk.byteLength;
        // Checked before writing: not one byte past the limit reaches the disk, and the client stops being read.
        if (size > limits.maxBytes) throw new DocumentTooLarge(limits.maxBytes);
        hash.update(chunk);
        await writeFully(handle, chunk);
      }
      await handle.sync();
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await this.fs.unlink(tmpPath).catch(() => undefined);
      throw error;
    }
    return new LocalStagedUpload(this, key, tmpPath, size, hash.digest('hex'));
  }

  async openRead(key: string): Promise<StoredContent | null> {
    assertSafeStorageKey(key);
    let handle: FileHandle;
    try {
      handle = await this.fs.open(this.pathOf(key), 'r');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      // Size and bytes from the same descriptor: a concurrent remove cannot make them disagree.
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async remove(key: string): Promise<RemovalOutcome> {
    assertSafeStorageKey(key);
    try {
      await this.unlinkIfPresent(this.pathOf(key));
      return 'removed';
    } catch (error) {
      try {
        await this.fs.writeFile(join(this.pendingDir, key), `${new Date(this.now()).toISOString()}\n`);
      } catch (journalError) {
        // Neither removed nor recorded: the caller must hear about it, it is the one way to orphan a file.
        const message = `Stored object ${key} could not be removed nor recorded for retry`;
        throw new AggregateError([error, journalError], message, { cause: journalError });
      }
      this.options.warn?.(`Stored object ${key} could not be removed; retry recorded`, error);
      return 'deferred';
    }
  }

  async retryPendingRemovals(): Promise<PendingRemovals> {
    let removed = 0;
    let stillPending = 0;
    for (const key of await listDirectory(this.fs, this.pendingDir)) {
      if (!isSafeStorageKey(key)) continue;
      try {
        await this.unlinkIfPresent(this.pathOf(key));
        await this.unlinkIfPresent(join(this.pendingDir, key));
        removed++;
      } catch (error) {
        stillPending++;
        this.options.warn?.(`Stored object ${key} still cannot be removed`, error);
      }
    }
    return { removed, stillPending };
  }

  /** Deletes temp files nobody has written to for a while; returns how many. */
  async sweepStaleTemp(): Promise<number> {
    const limit = this.now() - (this.options.staleTempAfterMs ?? HOUR);
    let swept = 0;
    for (const name of await listDirectory(this.fs, this.tmpDir)) {
      const path = join(this.tmpDir, name);
      try {
        if ((await this.fs.stat(path)).mtimeMs >= limit) continue;
        await this.unlinkIfPresent(path);
        swept++;
      } catch (error) {
        this.options.warn?.(`Stale temp file ${name} could not be removed`, error);
      }
    }
    return swept;
  }

  async publish(tmpPath: string, key: string): Promise<void> {
    const target = this.pathOf(key);
    await this.fs.mkdir(dirname(target), { recursive: true });
    // Keys are unique: an existing file means a bug, and rename would silently destroy another document.
    if (await exists(this.fs, target)) throw new Error(`Refusing to overwrite stored object ${key}`);
    await this.fs.rename(tmpPath, target);
    await syncDirectory(this.fs, dirname(target));
  }

  async unlinkIfPresent(path: string): Promise<void> {
    await unlinkIfPresent(this.fs, path);
  }

  private pathOf(key: string): string {
    return join(this.options.dir, key.slice(0, 2), key);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
