import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListMultipartUploadsCommandOutput,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestS3Server } from '../../../../test/support/s3-server';
import { DocumentTooLarge } from '../domain/document.errors';
import { StoredContent, UnsafeStorageKey } from '../domain/document-storage';
import { S3DocumentStorage } from './s3-document.storage';

async function* chunks(content: Uint8Array, size = 1000, onClose?: () => void): AsyncGenerator<Uint8Array> {
  try {
    for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
  } finally {
    onClose?.();
  }
}

async function bytesOf(content: StoredContent | null): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const part of content!.stream) parts.push(part);
  return Buffer.concat(parts);
}

const unavailable = () => Object.assign(new Error('Service unavailable'), { $metadata: { httpStatusCode: 503 } });

/** The real client, except the commands `failing` picks, which fail as an unavailable server would. */
function flaky(client: S3Client, failing: (command: object) => boolean): S3Client {
  return new Proxy(client, {
    get: (target, property, receiver) =>
      property === 'send'
        ? (command: Parameters<S3Client['send']>[0]) =>
            failing(command) ? Promise.reject(unavailable()) : target.send(command)
        : Reflect.get(target, property, receiver),
  });
}
/**
 * The real client, except ListMultipartUploads, which the test server does not implement: it is answered from the
 * server's own record of open uploads, so the aborts that follow are real.
 */
function listingUploads(client: S3Client, serverDir: string): S3Client {
  const list = (): ListMultipartUploadsCommandOutput => ({
    $metadata: {},
    Uploads: readdirSync(join(serverDir, '_multipart')).map((id) => {
      const meta = JSON.parse(readFileSync(join(serverDir, '_multipart', id, '.upload.json'), 'utf8'));
      return { Key: meta.key, UploadId: meta.uploadId, Initiated: new Date(meta.initiated) };
    }),
  });
  return new Proxy(client, {
    get: (target, property, receiver) =>
      property === 'send'
        ? (command: Parameters<S3Client['send']>[0]) =>
            command instanceof ListMultipartUploadsCommand ? Promise.resolve(list()) : target.send(command)
        : Reflect.get(target, property, receiver),
  });
}

const isDeleteOf = (command: object, prefix = '') =>
  command instanceof DeleteObjectCommand && command.input.Key?.startsWith(prefix) === true;

describe('S3DocumentStorage', () => {
  let server: TestS3Server;
  let client: S3Client;
  let bucket: string;
  let storage: S3DocumentStorage;
  const content = randomBytes(10_000);
  const limits = { maxBytes: 1_000_000 };
  const keysInBucket = async (prefix = '') =>
    ((await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? []).map(
      (o) => o.Key,
    );
  /** Open multipart uploads, seen from the server's own folder (it does not implement ListMultipartUploads). */
  const openUploads = () => readdirSync(join(server.dir, '_multipart'));

  beforeAll(async () => {
    server = await TestS3Server.start([]);
    client = server.client();
  });
  afterAll(async () => {
    client.destroy();
    await server.stop();
  });
  beforeEach(async () => {
    bucket = `documents-${randomBytes(4).toString('hex')}`;
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    storage = new S3DocumentStorage({ client, bucket });
    await storage.initialize();
  });
  afterEach(() => expect(openUploads()).toEqual([]));

  it('hashes and counts while staging, and shows the object only on commit', async () => {
    const key = randomUUID();
    const staged = await storage.stage(key, chunks(content), limits);
    expect(staged).toMatchObject({
      key,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    expect(await storage.openRead(key)).toBeNull();
    expect(await keysInBucket()).toEqual([]);
    expect(openUploads()).toHaveLength(1);

    await staged.commit();
    const read = await storage.openRead(key);
    expect(read?.size).toBe(content.length);
    expect(await bytesOf(read)).toEqual(content);
  });

  it('sends a large content in parts and reads it back whole', async () => {
    storage = new S3DocumentStorage({ client, bucket, partBytes: 5 * 1024 * 1024 });
    const large = randomBytes(12 * 1024 * 1024);
    const staged = await storage.stage(randomUUID(), chunks(large, 64 * 1024), { maxBytes: large.length });
    await staged.commit();
    const read = await bytesOf(await storage.openRead(staged.key));
    // Compared as one boolean: Jest's element-by-element diff of 12 MB takes minutes.
    expect(read.equals(large)).toBe(true);
  });

  it('leaves nothing behind on discard, and ignores a discard after commit', async () => {
    const dropped = await storage.stage(randomUUID(), chunks(content), limits);
    await Promise.all([dropped.discard(), dropped.discard()]);
    expect(openUploads()).toEqual([]);
    await expect(dropped.commit()).rejects.toThrow(/discarded/);
    expect(await keysInBucket()).toEqual([]);

    const kept = await storage.stage(randomUUID(), chunks(content), limits);
    for (const step of [kept.commit, kept.commit, kept.discard]) await step.call(kept);
    expect(await keysInBucket()).toEqual([kept.key]);
  });

  it('aborts as soon as the limit is passed, leaving no upload and releasing the source', async () => {
    let closed = false;
    const staging = storage.stage(
      randomUUID(),
      chunks(content, 1000, () => (closed = true)),
      { maxBytes: 2500 },
    );
    await expect(staging).rejects.toBeInstanceOf(DocumentTooLarge);
    expect(closed).toBe(true);
    expect(openUploads()).toEqual([]);
    expect(await keysInBucket()).toEqual([]);
  });

  it('aborts the upload when the source fails (client gone)', async () => {
    async function* aborted(): AsyncGenerator<Uint8Array> {
      yield content;
      throw new Error('connection reset');
    }
    await expect(storage.stage(randomUUID(), aborted(), limits)).rejects.toThrow('connection reset');
    expect(openUploads()).toEqual([]);
  });

  it.each(['../../etc/passwd', 'ab/../../../tmp/x', 'UPPER-CASE-KEY', 'pending-removals/x1234567'])(
    'refuses the key %j everywhere',
    async (key) => {
      await expect(storage.stage(key, chunks(content), limits)).rejects.toBeInstanceOf(UnsafeStorageKey);
      await expect(storage.openRead(key)).rejects.toBeInstanceOf(UnsafeStorageKey);
      await expect(storage.remove(key)).rejects.toBeInstanceOf(UnsafeStorageKey);
    },
  );

  it('removes idempotently', async () => {
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await staged.commit();
    await expect(storage.remove(staged.key)).resolves.toBe('removed');
    await expect(storage.remove(staged.key)).resolves.toBe('removed');
    expect(await storage.openRead(staged.key)).toBeNull();
  });

  it('records a removal that fails in the bucket and completes it on retry', async () => {
    let failing = true;
    const warnings: string[] = [];
    const flakyClient = flaky(client, (command) => failing && isDeleteOf(command) && !isDeleteOf(command, 'pending'));
    storage = new S3DocumentStorage({ client: flakyClient, bucket, warn: (message) => warnings.push(message) });
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await staged.commit();

    await expect(storage.remove(staged.key)).resolves.toBe('deferred');
    expect(await keysInBucket()).toEqual([staged.key, `pending-removals/${staged.key}`]);
    await expect(storage.retryPendingRemovals()).resolves.toEqual({ removed: 0, stillPending: 1 });
    expect(warnings).toHaveLength(2);

    failing = false;
    // Another instance sharing the bucket finishes the job: the record lives in the bucket, not in one process.
    const other = new S3DocumentStorage({ client, bucket });
    await other.initialize();
    expect(await keysInBucket()).toEqual([]);
  });

  it('fails loudly when a removal can be neither done nor recorded', async () => {
    storage = new S3DocumentStorage({
      client: flaky(client, (command) => isDeleteOf(command) || command instanceof PutObjectCommand),
      bucket,
    });
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await staged.commit();
    await expect(storage.remove(staged.key)).rejects.toThrow(/could not be removed nor recorded/);
  });

  it('keeps the upload open when commit fails, so discard can still abort it', async () => {
    const failing = flaky(client, (command) => command.constructor.name === 'CompleteMultipartUploadCommand');
    storage = new S3DocumentStorage({ client: failing, bucket });
    const staged = await storage.stage(randomUUID(), chunks(content), limits);
    await expect(staged.commit()).rejects.toThrow('Service unavailable');
    expect(openUploads()).toHaveLength(1);
    await staged.discard();
    expect(openUploads()).toEqual([]);
    expect(await keysInBucket()).toEqual([]);
  });

  it('never overwrites an existing object', async () => {
    const key = randomUUID();
    await (await storage.stage(key, chunks(content), limits)).commit();
    const again = await storage.stage(key, chunks(Buffer.from('other')), limits);
    await expect(again.commit()).rejects.toThrow(/overwrite/);
    await again.discard();
    const body = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(Buffer.from(await body.Body!.transformToByteArray())).toEqual(content);
  });

  it('aborts at start-up the uploads a killed instance left open for too long, and only those', async () => {
    const killed = await storage.stage(randomUUID(), chunks(content), limits); // never committed nor discarded
    const between = Date.now() + 5;
    await new Promise((resolve) => setTimeout(resolve, 25));
    const inFlight = await storage.stage(randomUUID(), chunks(content), limits);
    expect(openUploads()).toHaveLength(2);

    const restarted = new S3DocumentStorage({
      client: listingUploads(client, server.dir),
      bucket,
      staleUploadAfterMs: 0,
      now: () => between,
    });
    await restarted.initialize();
    expect(openUploads()).toHaveLength(1);
    await expect(killed.commit()).rejects.toThrow();
    await inFlight.commit();
    expect(await keysInBucket()).toEqual([inFlight.key]);
    await killed.discard();
  });

  it('starts, with a warning, where open uploads cannot be listed', async () => {
    const warnings: string[] = [];
    const refusing = flaky(client, (command) => command instanceof ListMultipartUploadsCommand);
    storage = new S3DocumentStorage({ client: refusing, bucket, warn: (message) => warnings.push(message) });
    await expect(storage.initialize()).resolves.toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/cannot be listed/)]);
  });

  it('refuses to start on a bucket that does not exist', async () => {
    const missing = new S3DocumentStorage({ client, bucket: `missing-${randomBytes(4).toString('hex')}` });
    await expect(missing.initialize()).rejects.toThrow(/cannot be reached/);
  });
});
