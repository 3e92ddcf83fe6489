import { S3Client } from '@aws-sdk/client-s3';
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
