import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { S3StorageConfig } from '../../../config/app-config';

/**
 * A client for AWS S3 or an S3-compatible server. Checksums are sent and checked only where S3 requires them:
 * several compatible servers refuse the SDK's default CRC32 trailers, and the storage hashes every upload itself.
 */
export function createS3Client(config: S3StorageConfig): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    // A server that never answers fails the request rather than holding an upload (and its pool slot) forever.
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 120_000 },
  });
}

/** A 404 answer: no such key (GetObject) or nothing there (HeadObject answers without a body, hence no code). */
export function isMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  return status === 404 || ['NoSuchKey', 'NotFound'].includes((error as Error | undefined)?.name ?? '');
}

/** Every key under `prefix`, page after page. */
export async function listKeys(client: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken }));
    for (const { Key } of page.Contents ?? []) if (Key) keys.push(Key);
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
  return keys;
}
