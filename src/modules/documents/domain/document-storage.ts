/** Bytes as they arrive; a Node Readable is one, so adapters never need to know about HTTP or multipart. */
export type ByteSource = AsyncIterable<Uint8Array>;

export interface StageLimits {
  /** Writing stops with DocumentTooLarge as soon as one byte more than this has arrived. */
  readonly maxBytes: number;
}

/**
 * Content written but not yet visible under its key. Exactly one of commit/discard decides its fate;
 * discard after commit is a no-op, so `finally { await staged.discard() }` is always safe.
 */
export interface StagedUpload {
  readonly key: string;
  readonly size: number;
  /** Lowercase hex SHA-256 of the bytes, computed while they streamed. */
  readonly sha256: string;
  /** Makes the content readable under `key` (durable when it resolves). */
  commit(): Promise<void>;
  /** Drops the staged content; best effort and never throws, leftovers are swept by the adapter. */
  discard(): Promise<void>;
}

export interface StoredContent {
  /** Must be consumed or destroyed by the caller; it holds an open file or connection. */
  readonly stream: AsyncIterable<Uint8Array>;
  readonly size: number;
}

/** 'deferred': the object could not be removed now and is recorded for `retryPendingRemovals`. */
export type RemovalOutcome = 'removed' | 'deferred';

export interface PendingRemovals {
  readonly removed: number;
  readonly stillPending: number;
}

/**
 * Where document bytes live (a local or mounted folder, or an S3-compatible bucket). Keys are opaque tokens made by the
 * service (see `isSafeStorageKey`), never derived from client file names; adapters refuse anything else.
 * Tenancy is enforced on the metadata row, which is the only way to learn a key.
 */
export abstract class DocumentStorage {
  /** Streams `source` to a hidden temporary object, hashing and counting; nothing is visible until commit. */
  abstract stage(key: string, source: ByteSource, limits: StageLimits): Promise<StagedUpload>;
  /** The committed content, or null if nothing is stored under `key` (a row without bytes: an incident). */
  abstract openRead(key: string): Promise<StoredContent | null>;
  /** Idempotent; a failure is recorded and retried later rather than thrown, so the object is never orphaned silently. */
  abstract remove(key: string): Promise<RemovalOutcome>;
  abstract retryPendingRemovals(): Promise<PendingRemovals>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9-]{7,127}$/;

/** Lowercase letters, digits and dashes only: no dots, slashes or case games, so a key can never name a path. */
export function isSafeStorageKey(key: string): boolean {
  return SAFE_KEY.test(key);
}

/** A key that is not a safe token reached storage: a programming error (500), not a client mistake. */
export class UnsafeStorageKey extends Error {
  constructor() {
    super('Refused a storage key that is not a plain safe token');
    this.name = 'UnsafeStorageKey';
  }
}

export function assertSafeStorageKey(key: string): void {
  if (!isSafeStorageKey(key)) throw new UnsafeStorageKey();
}
