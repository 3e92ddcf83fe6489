// Load generators and the memory sampler of `npm run bench`. Loopback only: every request goes to 127.0.0.1.
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { requireDist } from './app.mjs';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval, setTimeout } from 'node:timers';

const autocannon = requireDist('autocannon');
const HOST = '127.0.0.1';

/** Exact percentiles (0.01 ms) from the recorded response times. */
export function percentiles(values) {
  const sorted = Float64Array.from(values).sort();
  const at = (p) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : Number.NaN;
  const round = (ms) => Math.round(ms * 100) / 100;
  return { p50: round(at(50)), p90: round(at(90)), p99: round(at(99)), max: round(at(100)), count: sorted.length };
}

/**
 * The fields of /proc/<pid>/stat after the command name (which is in parentheses and may hold spaces), from the state
 * on: [0] state, [1] parent pid, [11] user and [12] system ticks, [13] and [14] those of ended children (Linux, 100
 * ticks a second). Null when the process is gone.
 */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The parent of a process, null when it is gone (or not on this machine). */
export function parentOf(pid) {
  return Number(statFields(pid)?.[1]) || null;
}

/**
 * CPU time (user + system, ms) a process has used; with `reaped`, plus that of its children that have ended (a
 * database connection closed by the pool, an autovacuum worker).
 */
function cpuMsOf(fields, reaped = false) {
  if (!fields) return 0;
  const ticks = Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0);
  return ticks * 10;
}

/** A PostgreSQL server's CPU time: the postmaster's, its live children's (backends, workers) and its ended ones'. */
function serverCpuMs(postmasterPid) {
  let total = cpuMsOf(statFields(postmasterPid), true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(entry);
    if (Number(fields?.[1]) === postmasterPid) total += cpuMsOf(fields);
  }
  return total;
}

/**
 * Peak resident memory of a process while `work` runs, from /proc/<pid>/status every 100 ms (Linux), and the CPU
 * time it used meanwhile, with the database server's when its postmaster's pid is known: what a request costs each
 * side, whatever the load generator on the same cores takes.
 */
export async function withPeakRss(pid, work, postmasterPid = null) {
  const read = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  const cpuBefore = { server: cpuMsOf(statFields(pid)), database: postmasterPid ? serverCpuMs(postmasterPid) : 0 };
  let peak = read();
  const timer = setInterval(() => (peak = Math.max(peak, read())), 100);
  try {
    const result = await work();
    peak = Math.max(peak, read());
    const cpuMs = {
      server: cpuMsOf(statFields(pid)) - cpuBefore.server,
      ...(postmasterPid ? { database: serverCpuMs(postmasterPid) - cpuBefore.database } : {}),
    };
    return { result, peakRssMb: Math.round(peak), cpuMs };
  } finally {
    clearInterval(timer);
  }
}

/** CPU microseconds per answered request of a run measured by withPeakRss, per side. */
export function cpuPerRequest({ result, cpuMs }) {
  const per = (ms) => (result.requests > 0 ? Math.round((ms * 1000) / result.requests) : null);
  return {
    server: per(cpuMs.server),
    ...(cpuMs.database !== undefined ? { database: per(cpuMs.database) } : {}),
  };
}

/**
 * `next(i)` returns the i-th request: { method, path, headers?, body? }. Tokens and ids rotate through it.
 * Closed loop with autocannon: `connections` each send their next request when the previous one answered.
 * `overallRate` turns on autocannon's rate limit (a per-connection quota per second).
 */
export function autocannonRun({ port, next, connections, seconds, overallRate }) {
  let i = 0;
  const latencies = [];
  const failures = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://${HOST}:${port}`,
        connections,
        duration: seconds,
        ...(overallRate ? { overallRate } : {}),
        timeout: 10,
        requests: [
          {
            setupRequest: (request) => {
              const r = next(i++);
              return {
                ...request,
                method: r.method,
                path: r.path,
                headers: { ...(r.headers ?? {}), ...(r.body ? { 'content-type': 'application/json' } : {}) },
                body: r.body ?? undefined,
              };
            },
            onResponse: (status, body) => {
              if ((status < 200 || status >= 300) && failures.length < 3)
                failures.push({ status, body: String(body).slice(0, 300) });
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(summary(result, latencies, failures))),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

function summary(result, latencies, failures) {
  return {
    rps: Math.round(result.requests.total / result.duration),
    requests: result.requests.total,
    seconds: result.duration,
    latencyMs: percentiles(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
    ),
    ...(failures.length ? { failures } : {}),
  };
}

/**
 * Open loop at a fixed rate: request i leaves at start + i/rate whatever the answers, over a keep-alive pool of
 * `connections` sockets, and its latency counts from that scheduled instant (no coordinated omission: a slow answer
 * delays nothing else, and queueing behind busy sockets shows in the latency).
 */
export function pacedRun({ port, next, rate, seconds, connections = 64, maxOutstanding = 2 * connections }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const total = Math.round(rate * seconds);
  const latencies = new Float64Array(total);
  const failures = [];
  const statusCodes = {};
  let sent = 0;
  let answered = 0;
  let errors = 0;
  let non2xx = 0;
  let lastAnswer = 0;
  let shed = 0;
  let dispatched = 0;
  let completed = 0;
  const start = performance.now() + 20;
  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      const elapsed = (lastAnswer - start) / 1000;
      resolve({
        rps: Math.round((answered - shed) / elapsed),
        targetRate: rate,
        requests: answered - shed,
        shed,
        seconds: Math.round(elapsed * 10) / 10,
        latencyMs: percentiles(latencies.subarray(0, total).filter((v) => v > 0)),
        errors,
        timeouts: 0,
        non2xx,
        statusCodes,
        ...(failures.length ? { failures } : {}),
      });
    };
    const settle = () => {
      lastAnswer = performance.now();
      if (++answered === total) finish();
    };
    const fire = (index) => {
      const scheduled = start + (index * 1000) / rate;
      // A server slower than the rate would build an unbounded backlog (and minutes of draining): beyond
      // `maxOutstanding` requests in flight or queued, the request is not sent and counts as shed.
      if (dispatched - completed >= maxOutstanding) {
        shed++;
        settle();
        return;
      }
      dispatched++;
      const r = next(index);
      const body = r.body ? Buffer.from(r.body) : undefined;
      const req = httpRequest(
        {
          agent,
          host: HOST,
          port,
          method: r.method,
          path: r.path,
          headers: {
            ...(r.headers ?? {}),
            ...(body ? { 'content-type': 'application/json', 'content-length': body.length } : {}),
          },
          timeout: 10_000,
        },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => {
            completed++;
            latencies[index] = performance.now() - scheduled;
            const status = res.statusCode ?? 0;
            statusCodes[status] = (statusCodes[status] ?? 0) + 1;
            if (status < 200 || status >= 300) {
              non2xx++;
              if (failures.length < 3)
                failures.push({ status, body: Buffer.concat(chunks).toString('utf8').slice(0, 300) });
            }
            settle();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error) => {
        completed++;
        errors++;
        if (failures.length < 3) failures.push({ error: error.message });
        settle();
      });
      req.end(body);
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / rate <= now) fire(sent++);
      if (sent < total) setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
    };
    setTimeout(tick, 20);
  });
}
