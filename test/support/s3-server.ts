import { S3Client } from '@aws-sdk/client-s3';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const TEST_S3_KEYS = { accessKeyId: 'koprogo-test', secretAccessKey: 'koprogo-test-secret' } as const;

/** The project's S3-compatible server (scripts/s3-server.mjs) in a child process, on a free port, in a temp folder. */
export class TestS3Server {
  private constructor(
    private readonly child: ChildProcess,
    readonly endpoint: string,
    /** Where the server keeps the objects, to check from outside what is really stored. */
    readonly dir: string,
  ) {}

  static async start(buckets: readonly string[] = ['koprogo']): Promise<TestS3Server> {
    const script = join(__dirname, '../../scripts/s3-server.mjs');
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, S3_BUCKETS: buckets.join(','), S3_STOP_WITH_STDIN: '1', S3_PORT: '0' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout! });
    const exited = once(child, 'exit').then(([code]) => Promise.reject(new Error(`S3 server exited with ${code}`)));
    const [first] = (await Promise.race([once(lines, 'line'), exited])) as [string];
    exited.catch(() => undefined); // its later, expected exit is not an error
    lines.close();
    const { endpoint, dir } = JSON.parse(first) as { endpoint: string; dir: string };
    return new TestS3Server(child, endpoint, dir);
  }

  client(): S3Client {
    return new S3Client({
      endpoint: this.endpoint,
      region: 'us-east-1',
      credentials: TEST_S3_KEYS,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** The variables that make the API store documents on this server. */
  env(bucket = 'koprogo'): Record<string, string> {
    return {
      STORAGE: 's3',
      S3_ENDPOINT: this.endpoint,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: TEST_S3_KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: TEST_S3_KEYS.secretAccessKey,
    };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    await exited;
  }
}
