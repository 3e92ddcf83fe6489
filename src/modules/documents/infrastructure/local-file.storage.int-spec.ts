import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentTooLarge } from '../domain/document.errors';
import { UnsafeStorageKey } from '../domain/document-storage';
import { StorageFileSystem } from './local-file-system';
import { LocalFileStorage } from './local-file.storage';

async function* chunks(content: Uint8Array, size = 1000, onClose?: () => void): AsyncGenerator<Uint8Array> {
  try {
    for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
  } finally {
    onClose?.();
  }
}

const failure = (code: string) => Object.assign(new Error(code), { code });

/** The real file system, except unlink outside `<dir>/tmp` while `failing` is set, and journal writes on demand. */
function flakyFs(dir: string): StorageFileSystem & { failing: boolean; failJournal: boolean } {
  const flaky = {
    ...fs,
    failing: true,
    failJournal: false,
    unlink: async (path: Parameters<typeof fs.unlink>[0]) =>
      flaky.failing && !String(path).startsWith(join(dir, 'tmp')) ? Promise.reject(failure('EBUSY')) : fs.unlink(path),
    writeFile: async (...args: Parameters<typeof fs.writeFile>) =>
      flaky.failJournal ? Promise.reject(failure('EROFS')) : fs.writeFile(...args),
  };
  return flaky;
}

describe('LocalFileStorage', () => {
  let dir: string;
  let storage: LocalFileStorage;
  const content = randomBytes(10_000);
  const limits = { maxBytes: 1_000_000 };
  const tmpFiles = () => readdirSync(join(dir, 'tmp'));
  const stored = (key: string) => join(dir, key.slice(0, 2), key);

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'koprogo-storage-'));
    storage = new LocalFileStorage({ dir });
    await storage.initialize();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('hashes and counts while staging, and publishes only on commit', async () => {
    const key = randomUUID();
    const staged = await storage.stage(key, chunks(content), limits);
    expect(staged).toMatchObject({
      key,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    expect(await storage.openRead(key)).toBeNull();
    expect(tmpFiles()).toHaveLength(1);

    await staged.commit();
    expect(readFileSync(stored(key))).toEqual(content);
    expect(tmpFiles()).toEqual([]);
    const read = await storage.openRead(key);
    expect(read?.size).toBe(content.length);
    const parts: Uint8Array[] = [];
    for await (const part of read!.stream) parts.push(part);
    expect(Buffer.concat(parts)).toEqual(content);
  });

  it('leaves nothing behind on discard, and ignores a discard after commit', async () => {
    const dropped = await storage.stage(randomUUID(), chunks(content), limits);
    await Promise.all([dropped.discard(), dropped.discard()]);
    expect(tmpFiles()).toEqual([]);
    await expect(dropped.commit()).rejects.toThrow(/discarded/);

    const kept = await storage.stage(randomUUID(), chunks(content), limits);
    for (const step of [kept.commit, kept.commit, kept.discard]) await step.call(kept);
    expect(existsSync(stored(kept.key))).toBe(true);
  });

  it('aborts as soon as the limit is passed, deleting the partial file and releasing the source', async () => {
    let closed = false;
    const key = randomUUID();
    const staging = storage.stage(
      key,
      chunks(content, 1000, () => (closed = true)),
      { maxBytes: 2500 },
    );
    await expect(staging).rejects.toBeInstanceOf(DocumentTooLarge);
    expect(closed).toBe(true);
    expect(tmpFiles()).toEqual([]);
    expect(existsSync(stored(key))).toBe(false);
    const exact = await storage.stage(key, chunks(content), { maxBytes: content.length });
    expect(exact.size).toBe(content.length);
  });

  it('deletes the partial file when the source fails (client gone)', async () => {
    async function* aborted(): AsyncGenerator<Uint8Array> {
      yield content;
      throw new Error('connection reset');
    }
    await expect(storage.stage(randomUUID(), aborted(), limits)).rejects.toThrow('connection reset');
    expect(tmpFiles()).toEqual([]);
  });

  it.each(['../../etc/passwd', 'ab/../../../tmp/x', 'UPPER-CASE-KEY', '.hidden-file'])(
    'refuses the key %j everywhere',
    async (key) => {
      await expect(storage.stage(key, chunks(content), limits)).rejects.toBeInstanceOf(UnsafeStorageKey);
      await expect(storage.openRead(key)).rejects.toBeInstanceOf(UnsafeStorageKey);
      await expect(storage.remove(key)).rejects.toBeInstanceOf(UnsafeStorageKey);
      expect(tmpFiles()).toEqual([]);
    },
  );

  it('removes idempotently', async () => {
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await staged.commit();
    await expect(storage.remove(staged.key)).resolves.toBe('removed');
    await expect(storage.remove(staged.key)).resolves.toBe('removed');
    expect(await storage.openRead(staged.key)).toBeNull();
  });

  it('records a removal that fails and completes it on retry', async () => {
    const flaky = flakyFs(dir);
    const warnings: string[] = [];
    storage = new LocalFileStorage({ dir, fs: flaky, warn: (message) => warnings.push(message) });
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await staged.commit();

    await expect(storage.remove(staged.key)).resolves.toBe('deferred');
    expect(existsSync(stored(staged.key))).toBe(true);
    expect(readdirSync(join(dir, 'pending-removals'))).toEqual([staged.key]);
    await expect(storage.retryPendingRemovals()).resolves.toEqual({ removed: 0, stillPending: 1 });
    expect(warnings).toHaveLength(2);

    flaky.failing = false;
    await expect(storage.retryPendingRemovals()).resolves.toEqual({ removed: 1, stillPending: 0 });
    expect(existsSync(stored(staged.key))).toBe(false);
    expect(readdirSync(join(dir, 'pending-removals'))).toEqual([]);
  });

  it('fails loudly when a removal can be neither done nor recorded', async () => {
    const flaky = Object.assign(flakyFs(dir), { failJournal: true });
    storage = new LocalFileStorage({ dir, fs: flaky });
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await staged.commit();
    await expect(storage.remove(staged.key)).rejects.toThrow(/could not be removed nor recorded/);
  });

  it('retries pending removals at start-up and in the background', async () => {
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await staged.commit();
    writeFileSync(join(dir, 'pending-removals', staged.key), '');
    writeFileSync(join(dir, 'pending-removals', 'not a key'), '');
    const background = new LocalFileStorage({ dir, retryEveryMs: 10 });
    await background.onModuleInit();
    expect(existsSync(stored(staged.key))).toBe(false);

    const later = await storage.stage(randomUUID(), chunks(content), limits);
    await later.commit();
    writeFileSync(join(dir, 'pending-removals', later.key), '');
    // Polled, not slept: the assertion is that it happens without being asked, not how fast.
    for (let waited = 0; existsSync(stored(later.key)) && waited < 5_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    background.onModuleDestroy();
    expect(existsSync(stored(later.key))).toBe(false);
  });

  it('keeps the staged file when commit fails, so discard can still clean it', async () => {
    storage = new LocalFileStorage({ dir, fs: { ...fs, rename: async () => Promise.reject(new Error('EIO')) } });
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await expect(staged.commit()).rejects.toThrow('EIO');
    expect(tmpFiles()).toHaveLength(1);
    await staged.discard();
    expect(tmpFiles()).toEqual([]);
  });

  it('never overwrites an existing object', async () => {
    const key = randomUUID();
    await (await storage.stage(key, chunks(content), limits)).commit();
    const again = await storage.stage(key, chunks(Buffer.from('other')), limits);
    await expect(again.commit()).rejects.toThrow(/overwrite/);
    expect(readFileSync(stored(key))).toEqual(content);
  });

  it('sweeps stale temp files in the background too, as a long-running instance must', async () => {
    const background = new LocalFileStorage({ dir, retryEveryMs: 10, staleTempAfterMs: 60_000 });
    await background.onModuleInit();
    writeFileSync(join(dir, 'tmp', 'left-by-a-killed-instance'), 'partial');
    const twoMinutesAgo = (Date.now() - 120_000) / 1000;
    utimesSync(join(dir, 'tmp', 'left-by-a-killed-instance'), twoMinutesAgo, twoMinutesAgo);
    for (let waited = 0; tmpFiles().length > 0 && waited < 5_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    background.onModuleDestroy();
    expect(tmpFiles()).toEqual([]);
  });

  it('sweeps temp files idle for over an hour, and only those', async () => {
    writeFileSync(join(dir, 'tmp', 'old'), 'partial');
    writeFileSync(join(dir, 'tmp', 'fresh'), 'in progress');
    const twoHoursAgo = (Date.now() - 2 * 3_600_000) / 1000;
    utimesSync(join(dir, 'tmp', 'old'), twoHoursAgo, twoHoursAgo);
    await expect(storage.sweepStaleTemp()).resolves.toBe(1);
    expect(tmpFiles()).toEqual(['fresh']);
  });
});
