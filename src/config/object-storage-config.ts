import { ConfigError } from './config-error';

/** Where document bytes go when STORAGE=s3: a bucket of AWS S3 or of any S3-compatible server (MinIO, Ceph, Garage…). */
export interface S3StorageConfig {
  readonly bucket: string;
  /** Absent: AWS S3 itself, the endpoint following the region. */
  readonly endpoint: string | undefined;
  readonly region: string;
  /** Absent: the AWS SDK's default chain (environment, profile, instance role). */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined;
  /** `https://host/bucket/key` rather than `https://bucket.host/key`; most self-hosted servers need it. */
  readonly forcePathStyle: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9-]{2,32}$/;

const value = (env: Env, name: string): string | undefined => env[name]?.trim() || undefined;

/** STORAGE (`local`, the default, or `s3`) and, for `s3`, the S3_* variables; undefined means the local store. */
export function parseObjectStorage(env: Env): S3StorageConfig | undefined {
  const kind = (value(env, 'STORAGE') ?? 'local').toLowerCase();
  if (kind === 'local') return undefined;
  if (kind !== 's3') throw new ConfigError('STORAGE', `must be local or s3 (got "${kind}")`);
  const bucket = value(env, 'S3_BUCKET');
  if (!bucket) throw new ConfigError('S3_BUCKET', 'is required when STORAGE=s3');
  if (!BUCKET.test(bucket))
    throw new ConfigError('S3_BUCKET', `must be a bucket name: 3 to 63 of a-z 0-9 . - (got "${bucket}")`);
  const endpoint = value(env, 'S3_ENDPOINT');
  if (endpoint && !isHttpUrl(endpoint))
    throw new ConfigError('S3_ENDPOINT', `must be an http(s):// URL (got "${endpoint}")`);
  const region = value(env, 'S3_REGION') ?? 'us-east-1';
  if (!REGION.test(region))
    throw new ConfigError('S3_REGION', `must be a region name such as eu-west-1 (got "${region}")`);
  return { bucket, endpoint, region, credentials: credentials(env), forcePathStyle: forcePathStyle(env, endpoint) };
}

function credentials(env: Env): S3StorageConfig['credentials'] {
  const accessKeyId = value(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = value(env, 'S3_SECRET_ACCESS_KEY');
  if (!accessKeyId && !secretAccessKey) return undefined;
  if (!accessKeyId) throw new ConfigError('S3_ACCESS_KEY_ID', 'is required with S3_SECRET_ACCESS_KEY');
  if (!secretAccessKey) throw new ConfigError('S3_SECRET_ACCESS_KEY', 'is required with S3_ACCESS_KEY_ID');
  return { accessKeyId, secretAccessKey };
}

/** On by default with a custom endpoint (self-hosted servers rarely resolve bucket subdomains), off for AWS. */
function forcePathStyle(env: Env, endpoint: string | undefined): boolean {
  const raw = value(env, 'S3_FORCE_PATH_STYLE')?.toLowerCase();
  if (raw === undefined) return endpoint !== undefined;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError('S3_FORCE_PATH_STYLE', `must be true or false (got "${raw}")`);
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}
