import { ConfigError } from './config-error';
import { parseObjectStorage } from './object-storage-config';

const s3 = { STORAGE: 's3', S3_BUCKET: 'koprogo-documents' };

describe('parseObjectStorage', () => {
  it('keeps documents on the local disk unless STORAGE=s3', () => {
    expect(parseObjectStorage({})).toBeUndefined();
    expect(parseObjectStorage({ STORAGE: ' Local ', S3_BUCKET: 'ignored' })).toBeUndefined();
  });

  it('targets AWS with the default credential chain when only the bucket is given', () => {
    expect(parseObjectStorage(s3)).toEqual({
      bucket: 'koprogo-documents',
      endpoint: undefined,
      region: 'us-east-1',
      credentials: undefined,
      forcePathStyle: false,
    });
  });

  it('uses path-style addressing by default with a custom endpoint, unless told otherwise', () => {
    const env = { ...s3, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'eu-west-1' };
    expect(parseObjectStorage(env)).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-1',
      forcePathStyle: true,
    });
    expect(parseObjectStorage({ ...env, S3_FORCE_PATH_STYLE: 'false' })?.forcePathStyle).toBe(false);
    expect(parseObjectStorage({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })?.forcePathStyle).toBe(true);
  });

  it('takes both keys or neither', () => {
    const keys = { S3_ACCESS_KEY_ID: 'AKIA', S3_SECRET_ACCESS_KEY: 'secret' };
    expect(parseObjectStorage({ ...s3, ...keys })?.credentials).toEqual({
      accessKeyId: 'AKIA',
      secretAccessKey: 'secret',
    });
    expect(() => parseObjectStorage({ ...s3, S3_ACCESS_KEY_ID: 'AKIA' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => parseObjectStorage({ ...s3, S3_SECRET_ACCESS_KEY: 'secret' })).toThrow(/S3_ACCESS_KEY_ID/);
  });

  it.each([
    [{ STORAGE: 'gcs' }, 'STORAGE'],
    [{ STORAGE: 's3' }, 'S3_BUCKET'],
    [{ ...s3, S3_BUCKET: 'Not_A_Bucket' }, 'S3_BUCKET'],
    [{ ...s3, S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT'],
    [{ ...s3, S3_ENDPOINT: 'ftp://minio:9000' }, 'S3_ENDPOINT'],
    [{ ...s3, S3_ENDPOINT: 'http://user:pass@minio:9000' }, 'S3_ENDPOINT'],
    [{ ...s3, S3_REGION: 'eu west' }, 'S3_REGION'],
    [{ ...s3, S3_FORCE_PATH_STYLE: 'maybe' }, 'S3_FORCE_PATH_STYLE'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => parseObjectStorage(env)).toThrow(ConfigError);
    expect(() => parseObjectStorage(env)).toThrow(new RegExp(`configuration: ${variable} `));
  });
});
