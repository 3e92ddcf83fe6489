import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/shared/persistence/postgres-binaries';
import { TEST_ENCRYPTION_KEY, TEST_JWT_SECRET } from '../support/test-app';

const ROOT = resolve(__dirname, '../..');

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * `npm start` as an operator runs it: the API (src/main.ts) with its embedded PostgreSQL, in a process group of its
 * own, and Ctrl-C sent to that whole group, as a terminal does, while a request is in flight.
 */
describe('stopping the API with Ctrl-C', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  let port: number;
  let output = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'koprogo-shutdown-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
    child = spawn(process.execPath, ['-r', require.resolve('@swc-node/register'), 'src/main.ts'], {
      cwd: ROOT,
      detached: true, // a process group of its own, like a shell's foreground job
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        SERVER_HOST: '127.0.0.1',
        SERVER_PORT: String(port),
        JWT_SECRET: TEST_JWT_SECRET,
        DATA_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
        LOG_LEVEL: 'warn',
        RENDER_WORKERS: '0',
      },
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 100_000;
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`).catch(() => undefined);
      if (ready?.status === 200) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
      await sleep(250);
    }
  }, 120_000);

  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the request in flight on the database, then stops PostgreSQL, then exits', async () => {
    const lock = join(dataDir, 'postgres', 'postmaster.pid');
    const postgres = Number(readFileSync(lock, 'utf8').split('\n')[0]);
    expect(isAlive(postgres)).toBe(true);

    // A sign-in whose body is still arriving: in flight when the signal comes, and it needs the database.
    const body = JSON.stringify({ email: 'nobody@example.com', password: 'not-the-password-1234' });
    const socket: Socket = connect(port, '127.0.0.1');
    await new Promise((done) => socket.once('connect', done));
    let answer = '';
    const answered = new Promise<void>((done) => {
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString();
        if (answer.includes('\r\n\r\n')) done();
      });
      socket.once('close', () => done());
    });
    socket.write(
      `POST /api/v1/auth/login HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n` +
        `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await sleep(300);

    process.kill(-child!.pid!, 'SIGINT'); // what Ctrl-C does: the whole foreground process group
    await sleep(1_000);
    expect(isAlive(postgres)).toBe(true); // its own group: the signal did not reach it

    socket.write(body.slice(10)); // (not end(): a half-closed connection abandons its request)
    await answered;
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);

    const code = await new Promise((done) =>
      child!.exitCode !== null ? done(child!.exitCode) : child!.once('exit', (exitCode) => done(exitCode)),
    );
    expect(code).toBe(0);
    expect(isAlive(postgres)).toBe(false);
    expect(existsSync(lock)).toBe(false); // a clean shutdown, not a crash
  }, 60_000);
});
