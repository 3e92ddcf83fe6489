import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CompletedPart,
  CreateMultipartUploadCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { DocumentTooLarge } from '../domain/document.errors';
import { ByteSource, StagedUpload, StageLimits } from '../domain/document-storage';

/** What a staged upload needs from its storage before completing: the key must still be free. */
export interface S3Publisher {
  readonly client: S3Client;
  readonly bucket: string;
  assertKeyFree(key: string): Promise<void>;
}

/** 8 MiB parts: above S3's 5 MiB minimum, and at most one part is held in memory while it is sent. */
export const PART_BYTES = 8 * 1024 * 1024;

/**
 * Streams `source` into a multipart upload of `key` that is not completed: S3 shows nothing under the key until
 * `commit` completes it, and `discard` (or a failure here) aborts it, which deletes the parts.
 */
export async function stageMultipart(
  storage: S3Publisher,
  key: string,
  source: ByteSource,
  limits: StageLimits,
  partBytes = PART_BYTES,
): Promise<StagedUpload> {
  const { client, bucket } = storage;
  const created = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
  const uploadId = created.UploadId as string;
  const parts: CompletedPart[] = [];
  const hash = createHash('sha256');
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let size = 0;
  const sendPart = async () => {
    const PartNumber = parts.length + 1;
    const Body = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    const sent = await client.send(
      new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber, Body }),
    );
    parts.push({ PartNumber, ETag: sent.ETag });
  };
  try {
    for await (const chunk of source) {
      if (!ArrayBuffer.isView(chunk)) throw new TypeError('A storage source must yield bytes');
      size += chunk.byteLength;
      // Checked before buffering: not one byte past the limit is sent, and the client stops being read.
      if (size > limits.maxBytes) throw new DocumentTooLarge(limits.maxBytes);
      hash.update(chunk);
      pending.push(chunk);
      pendingBytes += chunk.byteLength;
      if (pendingBytes >= partBytes) await sendPart();
    }
    // The last part may be smaller than the minimum; an empty content still needs one part.
    if (pendingBytes > 0 || parts.length === 0) await sendPart();
  } catch (error) {
    await abort(storage, key, uploadId).catch(() => undefined);
    throw error;
  }
  return new S3StagedUpload(storage, key, uploadId, parts, size, hash.digest('hex'));
}

function abort(storage: S3Publisher, key: string, uploadId: string): Promise<unknown> {
  return storage.client.send(new AbortMultipartUploadCommand({ Bucket: storage.bucket, Key: key, UploadId: uploadId }));
}

/** A multipart upload with every part sent, waiting for the service's decision (after its database insert). */
export class S3StagedUpload implements StagedUpload {
  private state: 'staged' | 'committed' | 'discarded' = 'staged';

  constructor(
    private readonly storage: S3Publisher,
    readonly key: string,
    private readonly uploadId: string,
    private readonly parts: readonly CompletedPart[],
    readonly size: number,
    readonly sha256: string,
  ) {}

  async commit(): Promise<void> {
    if (this.state === 'committed') return;
    if (this.state === 'discarded') throw new Error(`Staged upload ${this.key} was discarded`);
    // On failure the state stays 'staged', so the caller's discard still aborts the upload.
    await this.storage.assertKeyFree(this.key);
    await this.storage.client.send(
      new CompleteMultipartUploadCommand({
        Bucket: this.storage.bucket,
        Key: this.key,
        UploadId: this.uploadId,
        MultipartUpload: { Parts: [...this.parts] },
      }),
    );
    this.state = 'committed';
  }

  async discard(): Promise<void> {
    if (this.state !== 'staged') return;
    this.state = 'discarded';
    // An upload that resists stays invisible under any key and goes with the next sweep of stale uploads.
    await abort(this.storage, this.key, this.uploadId).catch(() => undefined);
  }
}
