/**
 * `npm run cluster`: KoproGo on several machines' worth of parts, on this one. Starts a PostgreSQL primary and a
 * streaming replica (Debian's postgresql-15 when installed, else the embedded binaries), Redis, the S3-compatible
 * server (scripts/s3-server.mjs, when this build has it), two API instances (dist/main.js) and nginx in front of them,
 * all in a temporary folder on free ports. Then it loads the API through nginx: with two instances, with one, and
 * with two while one is killed (SIGKILL) and started again. It prints the throughput of each phase, the reads the
 * replica served, the errors, and checks that every write the API acknowledged (201) is on the primary.
 * Everything it started is stopped at the end, and the folder deleted. Not part of `npm test`.
 *
 * CLUSTER_SECONDS (default 10): length of each measured phase; the failover phase lasts twice as long.
 * CLUSTER_CONNECTIONS (default 16): concurrent client connections to nginx.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort, PostgresPair, preferredBinDir, startPostgresPair } from './lib/postgres-pair';

const ROOT = resolve(__dirname, '..');
const SECONDS = Number(process.env.CLUSTER_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.CLUSTER_CONNECTIONS ?? 16);
const ADMIN = { email: 'admin@cluster.koprogo.test', password: 'Cluster-Admin-Password-2026' };
const SYNDIC = { email: 'syndic@cluster.koprogo.test', password: 'Cluster-Syndic-Password-2026' };
const MIN_LSN_HEADER = 'x-koprogo-min-lsn';

interface Started {
  readonly name: string;
  stop(): Promise<void>;
}

const started: Started[] = [];
const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/main.js'))) throw new Error('dist/main.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'koprogo-cluster-'));
  chmodSync(dir, 0o755);
  started.push({ name: 'temporary folder', stop: async () => rmSync(dir, { recursive: true, force: true }) });

  const binDir = preferredBinDir();
  const pair = await startPostgresPair({ dir: join(dir, 'postgres'), binDir });
  started.push({ name: 'PostgreSQL', stop: () => pair.stop() });
  await owner(pair.primaryUrl('postgres'), (client) => client.query('CREATE DATABASE koprogo'));
  log(`PostgreSQL (${binDir}): primary on port ${pair.primaryPort}, streaming replica on port ${pair.replicaPort}`);

  const redisPort = await freePort();
  const redis = spawnLogged(
    'redis',
    'redis-server',
    ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    dir,
  );
  started.push({ name: 'Redis', stop: () => stopProcess(redis) });
  log(`Redis on port ${redisPort}`);

  const s3 = await startObjectStorage(dir);

  const data = join(dir, 'data');
  mkdirSync(data);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: pair.primaryUrl('koprogo'),
    DATABASE_REPLICA_URLS: pair.replicaUrl('koprogo'),
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: data,
    TRUSTED_PROXIES: '127.0.0.1',
    REQUEST_LOGGING: 'false',
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...s3.env,
  };
  const apis = [new Api(1, await freePort(), env, dir), new Api(2, await freePort(), env, dir)];
  started.push({ name: 'API instances', stop: async () => void (await Promise.all(apis.map((api) => api.stop()))) });
  // One after the other: the first applies the migrations and creates the superadmin.
  for (const api of apis) await api.start();
  log(`API instances on ports ${apis.map((api) => api.port).join(' and ')}`);

  const nginxPort = await freePort();
  await startNginx(dir, nginxPort, apis);
  log(`nginx on port ${nginxPort}, in front of both\n`);

  const base = `http://127.0.0.1:${nginxPort}/api/v1`;
  const workload = await prepare(base);
  const writes = new Set<string>();
  const counters = () => Promise.all([pair.primaryUrl('koprogo'), pair.replicaUrl('koprogo')].map(commits));

  await load(base, workload, writes, 3); // warm-up: JIT, pools, nginx keep-alive
  const phases: Phase[] = [];
  phases.push(await measured('two instances', counters, () => load(base, workload, writes, SECONDS)));
  await apis[1]!.stop();
  phases.push(await measured('one instance', counters, () => load(base, workload, writes, SECONDS)));
  await apis[1]!.start();
  phases.push(
    await measured('two, one killed', counters, () =>
      load(base, workload, writes, 2 * SECONDS, async (at) => {
        await at(SECONDS * 0.5, () => apis[0]!.kill());
        await at(SECONDS * 1.2, () => apis[0]!.start());
      }),
    ),
  );
  report(phases);
  await proveNoWriteLost(pair, writes);
}

/** The parts a run needs, created through the API itself: an organization, its syndic, a building. */
async function prepare(base: string): Promise<Workload> {
  const admin = await login(base, ADMIN);
  const organization = await call(base, 'POST', '/organizations', admin, {
    name: 'Syndic Cluster',
    contactEmail: 'contact@cluster.koprogo.test',
    syndic: { ...SYNDIC, firstName: 'Charlotte', lastName: 'Cluster' },
  });
  if (organization.status !== 201)
    throw new Error(`creating the organization: ${organization.status} ${organization.text}`);
  const token = await login(base, SYNDIC);
  const building = await call(base, 'POST', '/buildings', token, {
    name: 'Résidence du Cluster',
    address: 'Rue de la Loi 16',
    city: 'Bruxelles',
    postalCode: '1000',
    totalUnits: 12,
  });
  if (building.status !== 201) throw new Error(`creating the building: ${building.status} ${building.text}`);
  return { token, buildingId: (building.json as { id: string }).id };
}

interface Workload {
  readonly token: string;
  readonly buildingId: string;
}

interface LoadResult {
  seconds: number;
  requests: number;
  byStatus: Record<string, number>;
  socketErrors: number;
  /** Reads of a just-created expense (sent with the write's X-Koprogo-Min-Lsn) that did not find it. */
  ownWriteMisses: number;
  acknowledgedWrites: number;
}

interface Phase extends LoadResult {
  readonly name: string;
  readonly primaryCommits: number;
  readonly replicaCommits: number;
}

/**
 * Closed-loop load through nginx: each connection repeats read the building, list its expenses, record an expense,
 * read that expense back (with the write's position). Two reads in four go to the replica unless a write is too
 * fresh; the read back shows read-your-writes across instances. `during` runs alongside (the failover).
 */
async function load(
  base: string,
  workload: Workload,
  writes: Set<string>,
  seconds: number,
  during?: (at: (second: number, action: () => Promise<void> | void) => Promise<void>) => Promise<void>,
): Promise<LoadResult> {
  const autocannon = createRequire(__filename)('autocannon') as Autocannon;
  const url = new URL(base);
  const auth = { authorization: `Bearer ${workload.token}` };
  const result: LoadResult = {
    seconds,
    requests: 0,
    byStatus: {},
    socketErrors: 0,
    ownWriteMisses: 0,
    acknowledgedWrites: 0,
  };
  const count = (status: number, method = 'GET') => {
    result.requests++;
    const key = status >= 400 ? `${method} ${status}` : String(status);
    result.byStatus[key] = (result.byStatus[key] ?? 0) + 1;
  };
  const startedAt = Date.now();
  const actions: Promise<void>[] = [];
  if (during) {
    const at = (second: number, action: () => Promise<void> | void) =>
      new Promise<void>((done) => setTimeout(() => void Promise.resolve(action()).finally(done), second * 1000));
    actions.push(during(at));
  }
  const run = await new Promise<{ errors: number; timeouts: number }>((resolveRun, reject) => {
    autocannon(
      {
        url: url.origin,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            path: `${url.pathname}/buildings/${workload.buildingId}`,
            headers: auth,
            onResponse: (status) => count(status),
          },
          {
            method: 'GET',
            path: `${url.pathname}/expenses?buildingId=${workload.buildingId}&perPage=20`,
            headers: auth,
            onResponse: (status) => count(status),
          },
          {
            setupRequest: (request, context) => {
              context.id = undefined;
              context.lsn = undefined;
              return {
                ...request,
                method: 'POST',
                path: `${url.pathname}/expenses`,
                headers: { ...auth, 'content-type': 'application/json' },
                body: JSON.stringify({
                  buildingId: workload.buildingId,
                  amountCents: 1 + Math.floor(Math.random() * 100_000),
                  expenseDate: '2026-03-31',
                  category: 'maintenance',
                  description: 'Entretien des ascenseurs',
                }),
              };
            },
            onResponse: (status, body, context, headers) => {
              count(status, 'POST');
              if (status !== 201) return;
              const id = (JSON.parse(body) as { id: string }).id;
              writes.add(id);
              result.acknowledgedWrites++;
              context.id = id;
              context.lsn = header(headers, MIN_LSN_HEADER);
            },
          },
          {
            setupRequest: (request, context) => ({
              ...request,
              method: 'GET',
              path: context.id ? `${url.pathname}/expenses/${context.id}` : `${url.pathname}/buildings`,
              headers: { ...auth, ...(context.lsn ? { [MIN_LSN_HEADER]: context.lsn } : {}) },
            }),
            onResponse: (status, _body, context) => {
              count(status);
              if (context.id && status === 404) result.ownWriteMisses++;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolveRun(done)),
    );
  });
  result.seconds = (Date.now() - startedAt) / 1000;
  await Promise.all(actions);
  result.socketErrors = run.errors + run.timeouts;
  return result;
}

async function measured(
  name: string,
  counters: () => Promise<number[]>,
  work: () => Promise<LoadResult>,
): Promise<Phase> {
  log(`Load through nginx: ${name}…`);
  const [primaryBefore, replicaBefore] = await counters();
  const result = await work();
  const [primaryAfter, replicaAfter] = await counters();
  return {
    name,
    ...result,
    primaryCommits: primaryAfter! - primaryBefore!,
    replicaCommits: replicaAfter! - replicaBefore!,
  };
}

function report(phases: Phase[]): void {
  const rows = phases.map((phase) => {
    const errors = Object.entries(phase.byStatus)
      .filter(([status]) => status.includes(' '))
      .map(([status, n]) => `${n}× ${status}`);
    if (phase.socketErrors) errors.push(`${phase.socketErrors} socket errors`);
    return [
      phase.name,
      String(Math.round(phase.requests / phase.seconds)),
      String(phase.requests),
      String(phase.acknowledgedWrites),
      String(phase.replicaCommits),
      String(phase.primaryCommits),
      String(phase.ownWriteMisses),
      errors.join(', ') || 'none',
    ];
  });
  const [load1] = loadavg();
  log(`\nThis machine: ${availableParallelism()} cores, load average ${load1!.toFixed(1)} (every part shares them).`);
  const head = ['phase', 'req/s', 'requests', 'writes 201', 'replica tx', 'primary tx', 'own-write misses', 'errors'];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  log(`\n${line(head)}\n${line(widths.map((width) => '-'.repeat(width)))}`);
  for (const row of rows) log(line(row));
  log(
    '\nreplica tx / primary tx: transactions committed on each server during the phase (pg_stat_database); a tenant\n' +
      "read is one transaction. Both include the instances' replica checks (5 a second each) and the primary counts\n" +
      'the writes, sign-in checks and the reads sent to it (fresh writes, a replica behind, or none up).',
  );
}

async function proveNoWriteLost(pair: PostgresPair, writes: Set<string>): Promise<void> {
  const ids = [...writes];
  const [found] = await owner(
    pair.primaryUrl('koprogo'),
    async (client) =>
      (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM expenses WHERE id = ANY($1::uuid[])', [ids]))
        .rows,
  );
  const lost = ids.length - found!.n;
  log(`\nAcknowledged writes (201): ${ids.length}; found on the primary afterwards: ${found!.n}; lost: ${lost}`);
  if (lost !== 0) {
    process.exitCode = 1;
    log('FAILED: an acknowledged write is missing');
  }
}

/** Transactions committed so far in the koprogo database of the server at `url`. */
async function commits(url: string): Promise<number> {
  return owner(url, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      "SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = 'koprogo'",
    );
    return Number(rows[0]?.n ?? 0);
  });
}

/** One API instance: `node dist/main.js` on its own port, all instances on the same databases. */
class Api {
  private process: ChildProcess | undefined;

  constructor(
    readonly id: number,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly dir: string,
  ) {}

  async start(): Promise<void> {
    this.process = spawnLogged(`api-${this.id}`, process.execPath, ['dist/main.js'], this.dir, {
      ...this.env,
      PORT: String(this.port),
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (this.process.exitCode !== null) throw new Error(`API ${this.id} exited; see ${this.dir}/api-${this.id}.log`);
      const ready = await fetch(`http://127.0.0.1:${this.port}/api/v1/health/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return log(`  API ${this.id} ready on port ${this.port}`);
      if (Date.now() > deadline) throw new Error(`API ${this.id} did not become ready`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  /** SIGKILL: no drain, no goodbye, as when a machine dies. */
  kill(): void {
    log(`  killing API ${this.id} (SIGKILL)`);
    this.process?.kill('SIGKILL');
  }

  /** SIGTERM: finishes the requests in flight, then exits. */
  async stop(): Promise<void> {
    if (this.process) await stopProcess(this.process, 'SIGTERM');
  }
}

/** nginx from Debian (installed with apt-get when missing), with an upstream of the instances. */
async function startNginx(dir: string, port: number, apis: Api[]): Promise<void> {
  let binary = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
  if (!binary) {
    log("nginx is not installed: installing Debian's package (apt-get install nginx-light)…");
    try {
      execFileSync('apt-get', ['install', '-y', '-q', 'nginx-light'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      throw new Error('nginx is missing and could not be installed: run `sudo apt-get install nginx-light`');
    }
    binary = '/usr/sbin/nginx';
  }
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, nginxConfig(dir, port, apis));
  const nginx = spawnLogged('nginx', binary, ['-p', dir, '-c', config, '-g', 'daemon off;'], dir);
  started.push({ name: 'nginx', stop: () => stopProcess(nginx, 'SIGQUIT') });
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(`http://127.0.0.1:${port}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (nginx.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start; see ${dir}/nginx.log`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * The load balancer: round robin over the instances, keep-alive connections to them, and a failed attempt retried on
 * the next instance when that is safe: always when the request never reached the instance (connection refused), and
 * for idempotent methods (GET, HEAD, PUT, DELETE) also when it failed or answered 502/503/504 afterwards. A POST that
 * reached an instance which then died is never sent twice: its client sees the error.
 */
export function nginxConfig(dir: string, port: number, apis: { port: number }[]): string {
  return `# Generated by scripts/cluster.ts
${userInfo().uid === 0 ? 'user root root;\n' : ''}worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/nginx-body;
  proxy_temp_path ${dir}/nginx-proxy;
  fastcgi_temp_path ${dir}/nginx-fastcgi;
  uwsgi_temp_path ${dir}/nginx-uwsgi;
  scgi_temp_path ${dir}/nginx-scgi;
  client_max_body_size 30m;
  upstream koprogo_api {
${apis.map((api) => `    server 127.0.0.1:${api.port} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://koprogo_api;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}

/**
 * Shared object storage for the instances' documents: the S3-compatible server of scripts/s3-server.mjs when this
 * build has it (STORAGE=s3). Without it the instances share DATA_DIR's local store, which only works on one machine.
 */
async function startObjectStorage(dir: string): Promise<{ env: NodeJS.ProcessEnv }> {
  const script = join(ROOT, 'scripts/s3-server.mjs');
  if (!existsSync(script)) {
    log('Object storage: no S3-compatible server in this build; the instances share the local store of DATA_DIR');
    return { env: {} };
  }
  const server = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, S3_BUCKETS: 'koprogo', S3_STORAGE_DIR: join(dir, 's3') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  started.push({ name: 'S3 server', stop: () => stopProcess(server) });
  const line = await new Promise<string>((done, fail) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('\n')) done(output.split('\n')[0]!);
    });
    server.once('exit', (code) => fail(new Error(`the S3 server exited (${code})`)));
  });
  const { endpoint } = JSON.parse(line) as { endpoint: string };
  log(`S3-compatible server on ${endpoint}`);
  return {
    env: {
      STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'koprogo',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'cluster',
      S3_SECRET_ACCESS_KEY: randomBytes(16).toString('hex'),
    },
  };
}

async function login(base: string, credentials: { email: string; password: string }): Promise<string> {
  const response = await call(base, 'POST', '/auth/login', undefined, credentials);
  if (response.status !== 200) throw new Error(`sign-in of ${credentials.email}: ${response.status} ${response.text}`);
  return (response.json as { accessToken: string }).accessToken;
}

async function call(base: string, method: string, path: string, token: string | undefined, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, text, json: text ? (JSON.parse(text) as unknown) : undefined };
}

async function owner<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function spawnLogged(name: string, command: string, args: string[], dir: string, env = process.env): ChildProcess {
  const logFile = join(dir, `${name}.log`);
  const out = openSync(logFile, 'a');
  return spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', out, out] });
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill(signal);
  });
}

function header(headers: Record<string, string | string[]> | string[] | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length; i += 2) if (headers[i]!.toLowerCase() === name) return headers[i + 1];
    return undefined;
  }
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The part of autocannon's API this script uses. */
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    requests: {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      setupRequest?: (request: Record<string, unknown>, context: Context) => Record<string, unknown>;
      onResponse?: (status: number, body: string, context: Context, headers?: Record<string, string>) => void;
    }[];
  },
  done: (error: Error | null, result: { errors: number; timeouts: number }) => void,
) => unknown;

interface Context {
  id?: string;
  lsn?: string;
}

async function stopAll(): Promise<void> {
  for (const part of started.reverse()) await part.stop().catch(() => undefined);
  started.length = 0;
}

process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
main()
  .catch((error: unknown) => {
    process.exitCode = 1;
    process.stderr.write(`cluster: ${error instanceof Error ? error.message : String(error)}\n`);
  })
  .finally(() => stopAll());
