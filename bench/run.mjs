// `npm run bench`: builds the API, seeds the data set once (bench/.data), counts SQL round trips per route, starts
// the API (node dist/main.js) and a bare Fastify + pg baseline on 127.0.0.1, loads them with autocannon, measures how
// the history-bound reads of one year grow with a building's history (bench/growth.mjs), writes
// bench/results/<date>.json and prints the tables. Exits 1 on any error or non-2xx answer, never on a timing.
//
// Environment: DATABASE_URL (else the embedded PostgreSQL in bench/.data), BENCH_SECONDS (10), BENCH_RATE (1000),
// BENCH_ROUTES (comma-separated route keys, `growth` for the growth measure, `baseline` for the bare baselines even in
// a quick run, default all), BENCH_GROWTH_SECONDS (each of the growth measure's runs; half of BENCH_SECONDS),
// BENCH_SKIP_BUILD=1, BENCH_CPU_PROF=1 (writes bench/.data/profiles/*.cpuprofile of the API; summarise with
// `node bench/cpu-profile-summary.mjs <file>`). Each saturation run reports the CPU time per request of the server
// and, when it runs on this machine, of the database (/proc), whatever the load generator took.
//
// POST /calls and POST /expenses post journal entries, which never go, to the last building of each of organizations
// 1-10, which no read route reads: the expenses are removed after the run, their entries and the calls stay.
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { dist, requireDist } from './lib/app.mjs';
import { appEnv, BENCH_PASSWORD, DATA_DIR, ROOT, SIZES, syndicEmail, TOTALS } from './lib/env.mjs';
import { GROWTH_SIZES, growthReads, growthRoutes, growthTargets, measureGrowth } from './growth.mjs';
import { autocannonRun, cpuPerRequest, pacedRun, parentOf, withPeakRss } from './lib/load.mjs';
import {
  failuresOf,
  growthTable,
  markdownTable,
  queryCountTable,
  summaryLines,
  listRatios,
  targetOf,
  TARGETS,
  withLatestRun,
} from './lib/report.mjs';
import { clearTimeout, setTimeout } from 'node:timers';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const LOGIN_RATE = 50;
const CONNECTIONS = 32;
const WARM_UP_SECONDS = 3;
/** Organizations whose syndics drive the load (tokens and ids rotate across them). */
const LOAD_ORGANIZATIONS = 10;
const POSTED = 'Bench POST';
const ONLY = process.env.BENCH_ROUTES ? new Set(process.env.BENCH_ROUTES.split(',').map((s) => s.trim())) : null;
/** Saturation only (no fixed rate, no baseline): for quick before/after comparisons of a change. */
const QUICK = process.env.BENCH_QUICK === '1';

const log = (line = '') => process.stdout.write(`${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The commit measured, with "+changes" when the working tree differs from it (other work in progress). */
function gitCommit() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'migrations'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout?.trim();
  return head ? `${head}${dirty ? '+changes' : ''}` : undefined;
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/**
 * The V8 flags `npm start` runs the API with (package.json `config.nodeOptions`), then this run's NODE_OPTIONS, which
 * win: the benchmark measures the API as it is started.
 */
function startNodeOptions() {
  const { config } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return [config?.nodeOptions, process.env.NODE_OPTIONS].filter(Boolean).join(' ');
}

/** Starts a node process; its output goes to bench/.data/<name>.log. Resolves once `ready()` is true. */
async function startProcess(name, args, env, ready) {
  const out = createWriteStream(join(DATA_DIR, `${name}.log`));
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(`${name} exited during start-up (${JSON.stringify(exited)}); see bench/.data/${name}.log`);
    if (await ready().catch(() => false)) return child;
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not start within 120 s; see bench/.data/${name}.log`);
}

function stopProcess(child, graceMs = 15_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The superuser URL of the embedded database the API started (its port is in postmaster.pid), or DATABASE_URL. */
function databaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const pidFile = readFileSync(join(DATA_DIR, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  const port = Number(pidFile[3]);
  const password = readFileSync(join(DATA_DIR, 'postgres-password'), 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/koprogo`;
}

async function withClient(url, work) {
  const { Client } = requireDist('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Removes the expenses the POST route created (this run's or an interrupted run's), so every run starts alike. Their
 * journal entries stay, in the buildings only the write routes use.
 */
async function removePostedExpenses(url, platformUrl) {
  const rowCount = await withClient(platformUrl, async (client) => {
    const { rowCount } = await client.query(`DELETE FROM expenses WHERE description LIKE $1`, [`${POSTED}%`]);
    return rowCount;
  });
  if (rowCount) await withClient(url, (client) => client.query('VACUUM (ANALYZE) expenses'));
  return rowCount;
}

async function api(port, method, path, { token, body } = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** The building's working-capital fund, opened on first use (the data set has none): POST /calls calls to it. */
async function workingCapitalFund(port, token, buildingId) {
  const funds = await api(port, 'GET', `/buildings/${buildingId}/funds`, { token });
  const fund = (Array.isArray(funds) ? funds : funds.data).find((f) => f.kind === 'working_capital');
  if (fund) return fund.id;
  const body = { kind: 'working_capital', name: 'Fonds de roulement', iban: 'BE68539007547034' };
  return (await api(port, 'POST', `/buildings/${buildingId}/funds`, { token, body })).id;
}

/** Signs in the syndics of the first organizations and collects ids of their buildings and expenses. */
async function loadSessions(port) {
  const sessions = [];
  for (let n = 1; n <= LOAD_ORGANIZATIONS; n++) {
    const { accessToken, user } = await api(port, 'POST', '/auth/login', {
      body: { email: syndicEmail(n), password: BENCH_PASSWORD },
    });
    const buildings = (
      await api(port, 'GET', `/buildings?perPage=${SIZES.buildingsPerOrganization}`, { token: accessToken })
    ).data;
    // The write routes post to the organization's last building only: their expenses and calls leave journal entries
    // (the journal never changes, so removing the expenses afterwards leaves those), and the read routes, on the
    // other buildings, then read the same books in every run.
    const written = buildings.at(-1);
    const read = buildings.slice(0, -1);
    const expenseIds = [];
    const meetingIds = [];
    for (const building of read) {
      const page = await api(port, 'GET', `/expenses?buildingId=${building.id}&perPage=20`, { token: accessToken });
      expenseIds.push(...page.data.map((e) => e.id));
      const meetings = await api(port, 'GET', `/buildings/${building.id}/meetings?perPage=2`, { token: accessToken });
      meetingIds.push(...meetings.data.map((m) => m.id));
    }
    sessions.push({
      n,
      userId: user.id,
      organizationId: user.organizationId,
      auth: { authorization: `Bearer ${accessToken}` },
      buildingIds: read.map((b) => b.id),
      expenseIds,
      meetingIds,
      writtenBuildingId: written.id,
      writtenFundId: await workingCapitalFund(port, accessToken, written.id),
    });
  }
  return sessions;
}

/** The measured routes; `next(i)` rotates organizations (token and ids of the same organization). */
function routes(sessions, growth) {
  const year = new Date().getUTCFullYear() - 1;
  const today = new Date().toISOString().slice(0, 10);
  const pick = (i) => sessions[i % sessions.length];
  const item = (list, i) => list[Math.floor(i / sessions.length) % list.length];
  return [
    {
      key: 'login',
      label: '`POST /auth/login`',
      kind: 'login',
      rate: LOGIN_RATE,
      next: (i) => ({
        method: 'POST',
        path: '/api/v1/auth/login',
        body: JSON.stringify({ email: syndicEmail(1 + (i % SIZES.organizations)), password: BENCH_PASSWORD }),
      }),
    },
    {
      key: 'buildings.list',
      label: '`GET /buildings` (page 1, 20 per page)',
      kind: 'read',
      next: (i) => ({ method: 'GET', path: '/api/v1/buildings', headers: pick(i).auth }),
    },
    {
      key: 'buildings.get',
      label: '`GET /buildings/:id`',
      kind: 'read',
      next: (i) => ({
        method: 'GET',
        path: `/api/v1/buildings/${item(pick(i).buildingIds, i)}`,
        headers: pick(i).auth,
      }),
    },
    {
      key: 'buildings.units',
      label: '`GET /buildings/:id/units` (20 units)',
      kind: 'read',
      next: (i) => ({
        method: 'GET',
        path: `/api/v1/buildings/${item(pick(i).buildingIds, i)}/units`,
        headers: pick(i).auth,
      }),
    },
    {
      key: 'expenses.list',
      label: '`GET /expenses?buildingId=&from=&to=` (one year, 20 per page)',
      kind: 'read',
      next: (i) => ({
        method: 'GET',
        path: `/api/v1/expenses?buildingId=${item(pick(i).buildingIds, i)}&from=${year}-01-01&to=${year}-12-31`,
        headers: pick(i).auth,
      }),
    },
    {
      key: 'expenses.distribution',
      label: '`GET /expenses/:id/distribution` (20 units, 20 to 40 shares)',
      kind: 'read',
      next: (i) => ({
        method: 'GET',
        path: `/api/v1/expenses/${item(pick(i).expenseIds, i)}/distribution`,
        headers: pick(i).auth,
      }),
    },
    {
      key: 'pcn',
      label: '`GET /pcn/:buildingId` (one year, ~104 expenses)',
      kind: 'read',
      next: (i) => ({
        method: 'GET',
        path: `/api/v1/pcn/${item(pick(i).buildingIds, i)}?from=${year}-01-01&to=${year}-12-31`,
        headers: pick(i).auth,
      }),
    },
    {
      key: 'meetings.quorum',
      label: '`GET /meetings/:id/quorum` (20 units)',
      kind: 'read',
      next: (i) => ({
        method: 'GET',
        path: `/api/v1/meetings/${item(pick(i).meetingIds, i)}/quorum`,
        headers: pick(i).auth,
      }),
    },
    {
      key: 'meetings.resolutions',
      label: '`GET /meetings/:id/resolutions` (the tally of each resolution)',
      kind: 'read',
      next: (i) => ({
        method: 'GET',
        path: `/api/v1/meetings/${item(pick(i).meetingIds, i)}/resolutions`,
        headers: pick(i).auth,
      }),
    },
    {
      key: 'owners.ledger',
      label: '`GET /owners/:id/ledger` (one year: 12 calls, 12 payments)',
      kind: 'read',
      next: (i) => growth.ledger(i),
    },
    {
      key: 'trial-balance',
      label: '`GET /buildings/:id/trial-balance` (2.5 years of journal)',
      kind: 'read',
      next: (i) => growth.trialBalance(i),
    },
    {
      key: 'calls.create',
      label: '`POST /calls` (20 owners, journal entry)',
      kind: 'write',
      next: (i) => ({
        method: 'POST',
        path: '/api/v1/calls',
        headers: pick(i).auth,
        body: JSON.stringify({
          buildingId: pick(i).writtenBuildingId,
          fundId: pick(i).writtenFundId,
          title: `${POSTED} call ${i}`,
          amountCents: 100_000 + (i % 50_000),
          callDate: today,
          dueDate: today,
        }),
      }),
    },
    {
      key: 'expenses.create',
      label: '`POST /expenses`',
      kind: 'write',
      next: (i) => ({
        method: 'POST',
        path: '/api/v1/expenses',
        headers: pick(i).auth,
        body: JSON.stringify({
          buildingId: pick(i).writtenBuildingId,
          category: 'repairs',
          description: `${POSTED} ${i}`,
          amountCents: 10_000 + (i % 50_000),
          expenseDate: `${year}-06-15`,
          vatRate: 21,
          dueDate: `${year}-07-15`,
          supplier: 'Menuiserie Dewitte',
          invoiceNumber: `B-${i}`,
        }),
      }),
    },
  ].filter((route) => !ONLY || ONLY.has(route.key));
}

/** Warm-up, then saturation (closed loop) and the fixed rate, each with the server's peak RSS. */
async function measure(port, pid, route, postmasterPid = null) {
  if (route.kind === 'login') {
    const { result, peakRssMb } = await withPeakRss(pid, () =>
      pacedRun({ port, next: route.next, rate: route.rate, seconds: SECONDS, connections: 16 }),
    );
    return { fixed: result, peakRssMb };
  }
  const warmUp = await autocannonRun({ port, next: route.next, connections: 16, seconds: WARM_UP_SECONDS });
  await sleep(500);
  const saturated = await withPeakRss(
    pid,
    () => autocannonRun({ port, next: route.next, connections: CONNECTIONS, seconds: SECONDS }),
    postmasterPid,
  );
  const cpuUsPerRequest = cpuPerRequest(saturated);
  await sleep(1_000);
  if (QUICK) return { warmUp, saturation: saturated.result, cpuUsPerRequest, peakRssMb: saturated.peakRssMb };
  const fixed = await withPeakRss(pid, () => pacedRun({ port, next: route.next, rate: RATE, seconds: SECONDS }));
  await sleep(1_000);
  // A route that cannot serve the fixed rate has no latency at that rate (its queue only grows): its latency is
  // measured again at half of what it served at saturation.
  let halfCapacity;
  if (fixed.result.shed > 0 || fixed.result.rps < 0.95 * RATE) {
    const rate = Math.max(10, Math.round(saturated.result.rps / 2));
    halfCapacity = await withPeakRss(pid, () => pacedRun({ port, next: route.next, rate, seconds: SECONDS }));
    await sleep(1_000);
  }
  // autocannon's own rate limit, for comparison: each connection sends its per-second quota back to back at the start
  // of every second, so its latencies are those of bursts at full concurrency rather than of an even 1,000 req/s.
  const quota = await withPeakRss(pid, () =>
    autocannonRun({ port, next: route.next, connections: CONNECTIONS, seconds: SECONDS, overallRate: RATE }),
  );
  await sleep(500);
  return {
    warmUp,
    saturation: saturated.result,
    cpuUsPerRequest,
    fixed: fixed.result,
    ...(halfCapacity ? { halfCapacity: halfCapacity.result } : {}),
    fixedAutocannon: { ...quota.result, targetRate: RATE },
    peakRssMb: Math.max(saturated.peakRssMb, fixed.peakRssMb, quota.peakRssMb, halfCapacity?.peakRssMb ?? 0),
  };
}

const line = (label, m) =>
  !m.fixed
    ? `  ${label.padEnd(34)} ${String(m.saturation.rps).padStart(6)} req/s saturated, p50 ${m.saturation.latencyMs.p50} ms, p99 ${m.saturation.latencyMs.p99} ms, peak RSS ${m.peakRssMb} MB${cpuLine(m)}`
    : `  ${label.padEnd(34)} ${m.saturation ? `${String(m.saturation.rps).padStart(6)} req/s saturated, ` : ''}` +
      `p50 ${m.fixed.latencyMs.p50} ms, p99 ${m.fixed.latencyMs.p99} ms at ${m.fixed.rps}/${m.fixed.targetRate} req/s` +
      (m.fixed.shed ? ` (${m.fixed.shed} shed)` : '') +
      (m.halfCapacity
        ? `, p50 ${m.halfCapacity.latencyMs.p50} ms, p99 ${m.halfCapacity.latencyMs.p99} ms at ${m.halfCapacity.targetRate} req/s`
        : '') +
      ', ' +
      `peak RSS ${m.peakRssMb} MB${cpuLine(m)}, failures ${[m.warmUp, m.saturation, m.fixed, m.halfCapacity, m.fixedAutocannon].filter(Boolean).reduce((s, x) => s + x.errors + x.non2xx, 0)}` +
      (m.fixedAutocannon
        ? ` | autocannon overallRate: p50 ${m.fixedAutocannon.latencyMs.p50} ms, p99 ${m.fixedAutocannon.latencyMs.p99} ms at ${m.fixedAutocannon.rps} req/s`
        : '');

/** CPU per request at saturation: the server's, and the database's when it runs on this machine. */
const cpuLine = (m) =>
  m.cpuUsPerRequest
    ? `, CPU ${m.cpuUsPerRequest.server} µs/request` +
      (m.cpuUsPerRequest.database !== undefined ? ` (+ database ${m.cpuUsPerRequest.database} µs)` : '')
    : '';

/** `GET /buildings/:id` throughput against the bare baseline's, both at saturation in this run. */
function apiBuildingsRatio(measured, baselineResults) {
  const apiBuildings = measured.find((r) => r.key === 'buildings.get');
  if (!apiBuildings?.saturation || !baselineResults?.bare?.saturation) return undefined;
  return Math.round((apiBuildings.saturation.rps / baselineResults.bare.saturation.rps) * 1000) / 1000;
}

async function main() {
  mkdirSync(DATA_DIR, { recursive: true });
  const startedAt = new Date();
  const load = { start: loadavg().map((x) => Math.round(x * 100) / 100) };
  log(`KoproGo benchmark: ${cpus().length} CPUs, Node ${process.version}, load average ${load.start.join(' ')}`);
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('\n[1/5] Building the production bundle (npx nest build)');
    run('npx', ['nest', 'build']);
  }
  const commit = gitCommit(); // what dist/ was built from
  log('\n[2/5] Data set and SQL round trips per request (in-process, dist/)');
  const prepared = join(DATA_DIR, 'prepare.json');
  run(process.execPath, [join(ROOT, 'bench', 'prepare.mjs'), prepared]);
  const { seeding, growth: growthSeeding, queryCounts } = JSON.parse(readFileSync(prepared, 'utf8'));
  const growthInfoFile = join(DATA_DIR, 'growth-seed.json');
  if (growthSeeding.seeded) writeFileSync(growthInfoFile, JSON.stringify(growthSeeding, null, 2));
  const growthInfo = growthSeeding.seeded
    ? growthSeeding
    : existsSync(growthInfoFile)
      ? { ...JSON.parse(readFileSync(growthInfoFile, 'utf8')), reused: true }
      : { ...growthSeeding, reused: true };
  const seedInfoFile = join(DATA_DIR, 'seed.json');
  if (seeding.seeded) writeFileSync(seedInfoFile, JSON.stringify(seeding, null, 2));
  const seedInfo = seeding.seeded
    ? seeding
    : existsSync(seedInfoFile)
      ? { ...JSON.parse(readFileSync(seedInfoFile, 'utf8')), reused: true }
      : { reused: true };
  log(
    seeding.seeded
      ? `  seeded in ${seeding.seconds} s`
      : `  data set already present: ${JSON.stringify(seeding.counts)}`,
  );

  log('\n[3/5] Starting the API and the baseline on 127.0.0.1');
  const [apiPort, baselinePort] = [await freePort(), await freePort()];
  const profiling = process.env.BENCH_CPU_PROF === '1';
  const nodeArgs = profiling ? ['--cpu-prof', `--cpu-prof-dir=${join(DATA_DIR, 'profiles')}`] : [];
  const children = [];
  const results = { date: startedAt.toISOString().slice(0, 10) };
  let exitCode = 0;
  try {
    const server = await startProcess(
      'api',
      [...nodeArgs, join(ROOT, 'dist', 'main.js')],
      appEnv({ SERVER_HOST: '127.0.0.1', SERVER_PORT: String(apiPort), NODE_OPTIONS: startNodeOptions() }),
      async () => (await fetch(`http://127.0.0.1:${apiPort}/api/v1/health/ready`)).ok,
    );
    children.push(server);
    const url = databaseUrl();
    const { prepareDatabaseAccess } = dist('shared/persistence/database-access');
    const access = await prepareDatabaseAccess(url);
    const removed = await removePostedExpenses(url, access.platformUrl);
    if (removed)
      log(`  removed ${removed} expenses created by POST /expenses (the round-trip count or an earlier run)`);
    const postgresVersion = await withClient(
      url,
      async (c) => (await c.query('SHOW server_version')).rows[0].server_version,
    );
    // The parent of one of its backends: its CPU time is measured when the database runs on this machine.
    const postmasterPid = await withClient(url, async (c) =>
      parentOf((await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid),
    );
    const sessions = await loadSessions(apiPort);
    const growth = await growthTargets((method, path, options) => api(apiPort, method, path, options));
    const baseline = await startProcess(
      'baseline',
      [join(ROOT, 'bench', 'baseline-server.mjs')],
      {
        ...process.env,
        BASELINE_DATABASE_URL: access.platformUrl,
        BASELINE_TENANT_URL: access.tenantUrl,
        BASELINE_TENANT_KEY: access.tenantKey.toString('hex'),
        BASELINE_PORT: String(baselinePort),
        BASELINE_POOL_MAX: '10',
      },
      async () => (await fetch(`http://127.0.0.1:${baselinePort}/health`)).ok,
    );
    children.push(baseline);
    await sleep(1_000);
    const idleRssMb = Math.round(
      Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024,
    );

    log(
      `\n[4/5] Load: ${SECONDS} s at saturation (${CONNECTIONS} connections, autocannon) and ${SECONDS} s at ${RATE} req/s (open loop) per route`,
    );
    const measured = [];
    for (const route of routes(sessions, growthReads(growth))) {
      const m = await measure(apiPort, server.pid, route, postmasterPid);
      const entry = { key: route.key, label: route.label, kind: route.kind, ...m };
      entry.target = targetOf(route, entry);
      measured.push(entry);
      log(line(route.key, m));
    }
    let growthResults;
    const growthSeconds = Number(
      process.env.BENCH_GROWTH_SECONDS ?? (QUICK ? 2 : Math.max(2, Math.round(SECONDS / 2))),
    );
    if (!ONLY || ONLY.has('growth')) {
      log(
        `\n      Growth: one year at ${GROWTH_SIZES.small} and ${GROWTH_SIZES.large.toLocaleString('en')} expenses, one connection, 2 × ${growthSeconds} s per size`,
      );
      growthResults = await measureGrowth(apiPort, growthRoutes(growth), {
        seconds: growthSeconds,
        run: autocannonRun,
        log,
      });
    }
    let baselineResults;
    if (ONLY?.has('baseline') || (!QUICK && (!ONLY || ONLY.has('buildings.get')))) {
      const target = (prefix) => (i) => {
        const s = sessions[i % sessions.length];
        return {
          method: 'GET',
          path: `${prefix}/buildings/${s.buildingIds[Math.floor(i / sessions.length) % s.buildingIds.length]}`,
          headers: { 'x-organization-id': s.organizationId },
        };
      };
      baselineResults = {};
      for (const [key, prefix] of [
        ['bare', ''],
        ['tenant', '/tenant'],
      ]) {
        const m = await measure(baselinePort, baseline.pid, { kind: 'read', next: target(prefix) }, postmasterPid);
        baselineResults[key] = m;
        log(line(`baseline ${key}`, m));
      }
    }

    // Reads are held to the bare baseline's p99 at the same fixed rate, known once the baseline ran.
    const bareP99Ms = baselineResults?.bare?.fixed?.latencyMs.p99;
    if (bareP99Ms) for (const entry of measured) entry.target = targetOf(entry, entry, bareP99Ms);

    log('\n[5/5] Results');
    const removedAfter = await removePostedExpenses(url, access.platformUrl);
    const ratio = apiBuildingsRatio(measured, baselineResults);
    const apiBuildings = measured.find((r) => r.key === 'buildings.get');
    Object.assign(results, {
      commit,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        postgres: postgresVersion,
        database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
      },
      loadAverage: { ...load, end: loadavg().map((x) => Math.round(x * 100) / 100) },
      method: {
        saturation: `autocannon, ${CONNECTIONS} connections, ${SECONDS} s, after a ${WARM_UP_SECONDS} s warm-up`,
        fixedRate:
          `open loop, ${RATE} req/s for ${SECONDS} s over up to 64 keep-alive connections, latency from the scheduled send time; ` +
          'requests beyond 128 outstanding are shed (not sent); a route that cannot serve the rate is measured again at half its saturated throughput (halfCapacity)',
        fixedAutocannon: `autocannon overallRate ${RATE}, ${CONNECTIONS} connections (per-connection quota per second: bursts)`,
        login: `open loop, ${LOGIN_RATE} req/s for ${SECONDS} s (argon2id verification, about 12 ms each)`,
        loadOrganizations: LOAD_ORGANIZATIONS,
        poolMax: 10,
      },
      dataSet: { ...TOTALS, ownerships: seeding.counts.ownerships, seeding: seedInfo, growth: growthInfo },
      targets: TARGETS,
      idleRssMb,
      peakRssMb: Math.max(...measured.map((r) => r.peakRssMb)),
      routes: measured,
      baseline: baselineResults,
      ...(growthResults
        ? {
            growth: {
              method: `requests one after the other on one connection, two alternating runs of ${growthSeconds} s per size, the mean of their p50s; ratio = p50 at ${GROWTH_SIZES.large} expenses / p50 at ${GROWTH_SIZES.small}`,
              routes: growthResults,
            },
            growthRatios: Object.fromEntries(growthResults.map((g) => [g.key, g.ratio])),
          }
        : {}),
      ...(ratio !== undefined ? { ratio, listRatios: listRatios(measured, baselineResults) } : {}),
      ...(apiBuildings && baselineResults
        ? {
            ratioToBaseline:
              Math.round((apiBuildings.saturation.rps / baselineResults.bare.saturation.rps) * 1000) / 1000,
            ratioToTenantBaseline:
              Math.round((apiBuildings.saturation.rps / baselineResults.tenant.saturation.rps) * 1000) / 1000,
          }
        : {}),
      queryCounts: queryCounts.map(({ sql: _sql, ...rest }) => rest),
      postedExpensesRemoved: removedAfter,
    });
    const failures =
      [...measured, ...Object.values(baselineResults ?? {})].reduce((sum, m) => sum + failuresOf(m), 0) +
      (growthResults ?? []).reduce((sum, g) => sum + g.small.failures + g.large.failures, 0);
    results.failures = failures;
    // Only complete runs are results worth keeping; partial ones (BENCH_ROUTES, BENCH_QUICK) stay in bench/.data.
    const file =
      ONLY || QUICK ? join(DATA_DIR, 'partial-results.json') : join(ROOT, 'bench', 'results', `${results.date}.json`);
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log();
    log(markdownTable(results));
    log();
    const growthLines = growthTable(results);
    if (growthLines) {
      log(growthLines);
      log();
    }
    for (const summary of summaryLines(results)) log(summary);
    log(
      `Load average during the run: ${results.loadAverage.start.join(' ')} → ${results.loadAverage.end.join(' ')} (${cpus().length} CPUs; other work on the machine makes numbers noisy)`,
    );
    log();
    log(queryCountTable(queryCounts));
    log(`\nWritten to ${relative(ROOT, file)}`);
    if (!ONLY && !QUICK) {
      // A complete run is the README's latest run: its table never lags behind the results it quotes.
      const readme = join(ROOT, 'README.md');
      writeFileSync(readme, withLatestRun(readFileSync(readme, 'utf8'), results));
      log('README.md: the latest-run table now shows this run');
    }
    if (failures > 0) {
      exitCode = 1;
      log(
        `\nFAILED: ${failures} errors or non-2xx answers besides load shedding (details under "failures" in the JSON)`,
      );
    }
  } finally {
    await Promise.all(children.reverse().map((child) => stopProcess(child)));
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
