/** The S3 document storage, imported on demand: only an instance configured with STORAGE=s3 loads the AWS SDK. */
export { createS3Client } from './s3-client';
export { S3DocumentStorage } from './s3-document.storage';
