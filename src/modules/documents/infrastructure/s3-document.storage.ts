import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Readable } from 'node:stream';
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
import { isMissing, listKeys } from './s3-client';
import { PART_BYTES, S3Publisher, stageMultipart } from './s3-staged-upload';

export interface S3DocumentStorageOptions {
  readonly client: S3Client;
  /** Layout: `<key>` for documents, `pending-removals/<key>` for removals still owed; staged bytes are open uploads. */
  readonly bucket: string;
  /** Multipart uploads left open for longer are leftovers of a stopped instance (or of a failed abort). */
  readonly staleUploadAfterMs?: number;
  /** How often pending removals and stale uploads are dealt with once the module has started; 0 disables the timer. */
  readonly retryEveryMs?: number;
  /** Smaller parts make tests fast; S3 refuses parts under 5 MiB except the last. */
  readonly partBytes?: number;
  readonly now?: () => number;
  readonly warn?: (message: string, error: unknown) => void;
}

const HOUR = 3_600_000;
const PENDING = 'pending-removals/';

/**
 * DocumentStorage on an S3-compatible bucket, with the guarantees of the local store: staged bytes are an open
 * multipart upload (invisible until completed, deleted by an abort), removals that fail are recorded in the bucket and
 * retried, and every instance sweeps the uploads that stopped instances left open. Several API instances can share it.
 */
export class S3DocumentStorage implements DocumentStorage, S3Publisher, OnModuleInit, OnModuleDestroy {
  readonly client: S3Client;
  readonly bucket: string;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: S3DocumentStorageOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
  }

  async onModuleInit(): Promise<void> {
    await this.initialize();
    const every = this.options.retryEveryMs ?? HOUR / 4;
    if (every > 0) this.timer = setInterval(() => void this.tidyInBackground(), every).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    this.client.destroy();
  }

  /** Checks that the bucket answers (a wrong endpoint or key stops the start), then cleans up after stopped instances. */
  async initialize(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      throw new Error(`S3 bucket ${this.bucket} cannot be reached (S3_ENDPOINT, S3_BUCKET, credentials?)`, {
        cause: error,
      });
    }
    await this.tidy();
  }

  private async tidy(): Promise<void> {
    await this.sweepStaleUploads();
    await this.retryPendingRemovals();
  }

  private async tidyInBackground(): Promise<void> {
    await this.tidy().catch((error: unknown) => this.options.warn?.('Stored objects not tidied', error));
  }

  async stage(key: string, source: ByteSource, limits: StageLimits): Promise<StagedUpload> {
    assertSafeStorageKey(key);
    return stageMultipart(this, key, source, limits, this.options.partBytes ?? PART_BYTES);
  }

  async openRead(key: string): Promise<StoredContent | null> {
    assertSafeStorageKey(key);
    try {
      const { Body, ContentLength } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      // Size and bytes from the same answer: a concurrent remove cannot make them disagree.
      return { stream: Body as Readable, size: ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<RemovalOutcome> {
    assertSafeStorageKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
      return 'removed';
    } catch (error) {
      try {
        const Body = `${new Date(this.now()).toISOString()}\n`;
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: PENDING + key, Body }));
      } catch (journalError) {
        // Neither removed nor recorded: the caller must hear about it, it is the one way to orphan an object.
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
    for (const marker of await listKeys(this.client, this.bucket, PENDING)) {
      const key = marker.slice(PENDING.length);
      if (!isSafeStorageKey(key)) continue;
      try {
        await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
        await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: marker }));
        removed++;
      } catch (error) {
        stillPending++;
        this.options.warn?.(`Stored object ${key} still cannot be removed`, error);
      }
    }
    return { removed, stillPending };
  }

  /**
   * Aborts the multipart uploads of document keys opened before `staleUploadAfterMs` (an hour): an instance that was
   * killed mid-upload leaves one behind. Where uploads cannot be listed (server or policy), it warns and sweeps nothing;
   * the bucket's AbortIncompleteMultipartUpload lifecycle rule is the net there (see the README).
   */
  async sweepStaleUploads(): Promise<number> {
    const limit = this.now() - (this.options.staleUploadAfterMs ?? HOUR);
    let swept = 0;
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    do {
      const page = await this.client
        .send(new ListMultipartUploadsCommand({ Bucket: this.bucket, KeyMarker, UploadIdMarker }))
        .catch((error: unknown) => {
          // Not implemented by the server, or not allowed by the key's policy: the lifecycle rule is the net then.
          this.options.warn?.(
            'Open multipart uploads cannot be listed; stale ones are left to the bucket lifecycle',
            error,
          );
          return undefined;
        });
      if (!page) return swept;
      for (const { Key, UploadId, Initiated } of page.Uploads ?? []) {
        if (!Key || !UploadId || !isSafeStorageKey(Key) || (Initiated?.getTime() ?? 0) >= limit) continue;
        await this.client
          .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key, UploadId }))
          .then(() => swept++)
          .catch((error: unknown) => this.options.warn?.(`Stale upload of ${Key} could not be aborted`, error));
      }
      KeyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      UploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
    } while (KeyMarker);
    return swept;
  }

  /** Keys are unique: an existing object means a bug, and completing would silently replace another document. */
  async assertKeyFree(key: string): Promise<void> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    throw new Error(`Refusing to overwrite stored object ${key}`);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
