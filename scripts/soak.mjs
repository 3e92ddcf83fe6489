// `npm run soak`: a mixed load on the built API for SOAK_SECONDS, reporting throughput, errors and memory over time.
//
// Builds the API (unless SOAK_SKIP_BUILD=1), starts `node dist/main.js` in development mode on a throwaway DATA_DIR
// (embedded PostgreSQL, the demo data), signs in as the demo syndic and loads it with autocannon: lists, reports, owner
// statements, PCN PDFs and workbooks, readiness checks. Every SOAK_SAMPLE_SECONDS it prints one line: requests per
// second, 2xx, other answers, client errors and timeouts, latency p50/p99 of the interval, and the resident memory of
// the API and of the PostgreSQL processes. Exits 1 on any 5xx, connection error or timeout.
//
// Environment: SOAK_SECONDS (60), SOAK_CONNECTIONS (16), SOAK_SAMPLE_SECONDS (5), SOAK_SKIP_BUILD=1,
// SOAK_KEEP_DATA=1 (keeps the DATA_DIR and prints it), plus any variable of the API (DB_POOL_MAX, RENDER_WORKERS...).
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clearInterval, setInterval, setTimeout } from 'node:timers';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));
const autocannon = require('autocannon');

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 16);
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 5);
const DEMO = { email: 'syndic@demo.koprogo.be', password: 'demo-password-2026' };

const log = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Resident memory (MB) of a process, or of a process and every process it started (PostgreSQL's backends). */
function rssMb(pid, withChildren = false) {
  const read = (id) => {
    try {
      return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  let total = read(pid);
  if (withChildren) {
    for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) total += read(entry);
      } catch {
        // gone meanwhile
      }
    }
  }
  return Math.round(total);
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function api(port, path, token, init = {}) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }), ...init.headers },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** The mix: weights are how many of every 30 requests go to each route. */
async function requestMix(port, token) {
  const buildings = (await api(port, '/buildings?perPage=100', token)).data;
  if (!buildings.length) throw new Error('the demo data has no building');
  const owners = (await api(port, '/owners?perPage=100', token)).data;
  const headers = { authorization: `Bearer ${token}` };
  const mix = [];
  const add = (weight, path) => {
    for (let i = 0; i < weight; i++) mix.push({ method: 'GET', path: `/api/v1${path}`, headers });
  };
  const building = (i) => buildings[i % buildings.length].id;
  add(4, '/health');
  add(2, '/health/ready');
  add(4, '/buildings');
  add(4, `/buildings/${building(0)}/units`);
  add(4, `/buildings/${building(0)}/expenses`);
  add(3, '/expenses?perPage=50');
  add(3, '/owners?perPage=50');
  add(2, `/pcn/${building(1)}`);
  if (owners.length) add(2, `/owners/${owners[0].id}/statement`);
  add(1, `/pcn/export/pdf/${building(0)}`);
  add(1, `/pcn/export/excel/${building(1)}`);
  // Interleave so every connection meets every kind of request.
  return mix.map((request, i) => ({ request, key: (i * 7919) % mix.length })).sort((a, b) => a.key - b.key).map((x) => x.request);
}

async function main() {
  if (process.env.SOAK_SKIP_BUILD !== '1') {
    log('Building the API (SOAK_SKIP_BUILD=1 skips this)…');
    const built = spawnSync('npx', ['nest', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('nest build failed');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'koprogo-soak-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'main.js')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      LOG_LEVEL: 'warn',
      REQUEST_LOGGING: 'false',
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      SERVER_HOST: '127.0.0.1',
      SERVER_PORT: String(port),
      ADMIN_EMAIL: '',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
    if (process.env.SOAK_KEEP_DATA === '1') log(`Data kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const ready = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`).catch(() => undefined);
      if (ready?.status === 200) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
      await sleep(250);
    }
    const postgresPid = Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const { accessToken } = await api(port, '/auth/login', undefined, { method: 'POST', body: JSON.stringify(DEMO) });
    const requests = await requestMix(port, accessToken);
    log(`Soak: ${SECONDS} s, ${CONNECTIONS} connections, ${requests.length} requests in the mix, API pid ${child.pid}`);
    log('   t(s)  req/s    2xx  other   5xx  errors  p50 ms  p99 ms  API RSS MB  PostgreSQL RSS MB');

    let interval = { ok: 0, other: 0, server: 0, errors: 0, latencies: [] };
    const totals = { ok: 0, other: 0, server: 0, errors: 0, statuses: {} };
    const samples = [];
    const started = Date.now();
    const sample = () => {
      const seconds = (Date.now() - started) / 1000;
      const sorted = interval.latencies.sort((a, b) => a - b);
      const count = interval.ok + interval.other + interval.server;
      const row = {
        t: Math.round(seconds),
        rps: Math.round(count / SAMPLE_SECONDS),
        ...interval,
        p50: Math.round(percentile(sorted, 50)),
        p99: Math.round(percentile(sorted, 99)),
        apiRss: rssMb(child.pid),
        pgRss: rssMb(postgresPid, true),
      };
      samples.push(row);
      const cell = (value, width) => String(value).padStart(width);
      log(
        `${cell(row.t, 7)}${cell(row.rps, 7)}${cell(row.ok, 7)}${cell(row.other, 7)}${cell(row.server, 6)}` +
          `${cell(row.errors, 8)}${cell(row.p50, 8)}${cell(row.p99, 8)}${cell(row.apiRss, 12)}${cell(row.pgRss, 19)}`,
      );
      interval = { ok: 0, other: 0, server: 0, errors: 0, latencies: [] };
    };
    const timer = setInterval(sample, SAMPLE_SECONDS * 1000);
    const instance = autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests,
      timeout: 30,
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      totals.statuses[statusCode] = (totals.statuses[statusCode] ?? 0) + 1;
      interval.latencies.push(responseTime);
      const kind = statusCode < 300 ? 'ok' : statusCode >= 500 ? 'server' : 'other';
      interval[kind]++;
      totals[kind]++;
    });
    instance.on('reqError', () => {
      interval.errors++;
      totals.errors++;
    });
    const result = await instance;
    clearInterval(timer);
    totals.errors += result.timeouts;
    const peak = Math.max(...samples.map((row) => row.apiRss));
    const first = samples[0]?.apiRss ?? 0;
    const last = samples.at(-1)?.apiRss ?? 0;
    log();
    log(
      `Total: ${result.requests.total} requests in ${SECONDS} s (${Math.round(result.requests.average)} req/s on average), ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    log(`Statuses: ${JSON.stringify(totals.statuses)}; errors ${totals.errors} (timeouts ${result.timeouts})`);
    log(`API RSS: first sample ${first} MB, last ${last} MB, peak ${peak} MB`);
    const failed = totals.server > 0 || totals.errors > 0;
    if (failed) log(`FAILED: ${totals.server} answers 5xx, ${totals.errors} errors or timeouts`);
    await stop();
    process.exit(failed ? 1 : 0);
  } catch (error) {
    await stop();
    throw error;
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
