// A local S3-compatible server for tests and `npm run cluster` (the fauxqs package, a development dependency).
//
// `node scripts/s3-server.mjs`: listens on 127.0.0.1:S3_PORT (0: a free port), keeps objects as files under
// S3_STORAGE_DIR (a fresh temporary folder by default, deleted on exit), creates the buckets named in S3_BUCKETS
// (comma-separated, `koprogo` by default), then prints one JSON line {"endpoint", "port", "dir"} and runs until
// SIGTERM or SIGINT (or, with S3_STOP_WITH_STDIN=1, until its standard input closes: a test's server does not outlive
// the test). Any access key is accepted: pass S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY of your choice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFauxqs } from 'fauxqs';

const temporary = !process.env.S3_STORAGE_DIR;
const dir = process.env.S3_STORAGE_DIR ?? mkdtempSync(join(tmpdir(), 'koprogo-s3-'));
const buckets = (process.env.S3_BUCKETS ?? 'koprogo')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);

const server = await startFauxqs({
  host: '127.0.0.1',
  port: Number(process.env.S3_PORT ?? 0),
  logger: false,
  s3StorageDir: dir,
  init: { buckets },
});
process.stdout.write(`${JSON.stringify({ endpoint: `http://127.0.0.1:${server.port}`, port: server.port, dir })}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  if (temporary) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
if (process.env.S3_STOP_WITH_STDIN === '1') process.stdin.on('end', stop).resume();
