// The results table of `npm run bench`, as Markdown (printed, and pasted into the README's Performance section).

const TARGETS = {
  /** GET /buildings/:id throughput over the bare baseline's, at saturation in the same run (issue 21). */
  ratio: 0.75,
  /** The list routes' throughput over the bare baseline's. */
  listRatio: 0.5,
  /** A read's p99 at the fixed rate, at most this many times the bare baseline's p99 in the same run. */
  readP99Factor: 1.5,
  /** Without a baseline in the run (a partial run), a read's p99 at the fixed rate is held to this. */
  readP99Ms: 5,
  writeP99Ms: 10,
  peakRssMb: 160,
  idleRssMb: 110,
  /** Time per request of one year at 5,000 expenses in the building over the time at 250, at most. */
  growthRatio: 1.5,
};
/** The list routes held to `listRatio`. */
const LIST_ROUTES = ['buildings.list', 'buildings.units', 'expenses.list'];
export { TARGETS };

const num = (n) => (n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en'));
const ms = (n) => (n === undefined || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));

/**
 * What each route is held to (information only: timings never fail the run): a read's p99 at the fixed rate within
 * `readP99Factor` times the bare baseline's when the run measured it, else within `readP99Ms`.
 */
export function targetOf(route, measured, bareP99Ms) {
  if (route.kind === 'login') return `none: argon2-bound, measured at ${measured.fixed?.targetRate ?? route.rate}/s`;
  if (!measured.fixed) return '–';
  const limit =
    route.kind === 'write'
      ? TARGETS.writeP99Ms
      : bareP99Ms
        ? Math.round(TARGETS.readP99Factor * bareP99Ms * 100) / 100
        : TARGETS.readP99Ms;
  const met = !overloaded(measured) && measured.fixed.latencyMs.p99 <= limit;
  const basis = route.kind !== 'write' && bareP99Ms ? ` (${TARGETS.readP99Factor} × bare)` : '';
  return `p99 ≤ ${limit} ms${basis} at ${measured.fixed.targetRate.toLocaleString('en')}/s ${met ? '✓' : '✗'}`;
}

/** Each list route's throughput over the bare baseline's, at saturation in the same run. */
export function listRatios(measured, baselineResults) {
  const bare = baselineResults?.bare?.saturation?.rps;
  if (!bare) return undefined;
  return Object.fromEntries(
    measured
      .filter((r) => LIST_ROUTES.includes(r.key) && r.saturation)
      .map((r) => [r.key, Math.round((r.saturation.rps / bare) * 1000) / 1000]),
  );
}

const overloaded = (m) => Boolean(m.halfCapacity) || m.fixed.shed > 0 || m.fixed.rps < 0.95 * m.fixed.targetRate;

/** The latency columns: at the fixed rate, or (when the route cannot serve it) at half its saturated throughput. */
function latencyCells(m) {
  if (!m.fixed) return ['–', '–', '–'];
  if (!overloaded(m) || !m.halfCapacity) {
    return [`${ms(m.fixed.latencyMs.p50)} ms`, `${ms(m.fixed.latencyMs.p99)} ms`, `${num(m.fixed.targetRate)}/s`];
  }
  const h = m.halfCapacity;
  return [
    `${ms(h.latencyMs.p50)} ms`,
    `${ms(h.latencyMs.p99)} ms`,
    `${num(h.targetRate)}/s (${num(m.fixed.targetRate)}/s overloads it)`,
  ];
}

/** autocannon's own rate limit (bursts at the start of each second), with the rate it reached. */
const quotaCell = (m) =>
  m.fixedAutocannon ? `${ms(m.fixedAutocannon.latencyMs.p99)} ms (${num(m.fixedAutocannon.rps)}/s)` : '–';

/**
 * Answers that count as failures: errors and non-2xx, except the 503s the API sends on purpose when more requests
 * wait for a database connection than DB_QUEUE_MAX allows, in the two phases that ask for more than a route can serve
 * (the fixed rate and autocannon's overallRate). Those are load shedding working, shown apart.
 */
export const failuresOf = (m) =>
  [m.warmUp, m.saturation, m.fixed, m.halfCapacity, m.fixedAutocannon]
    .filter(Boolean)
    .reduce((sum, run) => sum + run.errors + run.non2xx - shedOf(m, run), 0);

const shedOf = (m, run) => (run === m.fixed || run === m.fixedAutocannon ? (run.statusCodes?.['503'] ?? 0) : 0);

const shedByApi = (m) => [m.fixed, m.fixedAutocannon].filter(Boolean).reduce((sum, run) => sum + shedOf(m, run), 0);

const failureCell = (m) => {
  const shed = shedByApi(m);
  return shed ? `${num(failuresOf(m))} (+ ${num(shed)} shed: 503)` : num(failuresOf(m));
};

export function markdownTable(results) {
  const lines = [
    '| Route | req/s at saturation (32 conn.) | p50 | p99 | at a fixed rate of | p99, autocannon overallRate 1,000 | errors + non-2xx | peak RSS | target (information) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results.routes) {
    lines.push(
      `| ${r.label} | ${r.saturation ? num(r.saturation.rps) : '–'} | ${latencyCells(r).join(' | ')} | ${quotaCell(r)} | ` +
        `${failureCell(r)} | ${r.peakRssMb} MB | ${r.target} |`,
    );
  }
  const b = results.baseline;
  if (b) {
    for (const [label, run] of [
      ['baseline: bare Fastify + pg, `GET /buildings/:id`', b.bare],
      ["baseline: the same + the API's tenant read (1 round trip, RLS, prepared per connection)", b.tenant],
    ]) {
      if (!run) continue;
      lines.push(
        `| ${label} | ${num(run.saturation?.rps)} | ${latencyCells(run).join(' | ')} | ${quotaCell(run)} | ` +
          `${failureCell(run)} | ${run.peakRssMb} MB | |`,
      );
    }
  }
  return lines.join('\n');
}

/** The history-bound reads of one year at both building sizes (bench/growth.mjs), when the run measured them. */
export function growthTable(results) {
  const growth = results.growth?.routes;
  if (!growth?.length) return null;
  const [small, large] = [growth[0].small.expenses, growth[0].large.expenses];
  const limit = results.targets?.growthRatio ?? TARGETS.growthRatio;
  const lines = [
    `| Route (one year, ${growth[0].year}) | p50 at ${num(small)} expenses | p50 at ${num(large)} expenses | ratio | target (information) |`,
    '|---|---:|---:|---:|---|',
  ];
  for (const g of growth) {
    lines.push(
      `| ${g.label} | ${ms(g.small.p50Ms)} ms | ${ms(g.large.p50Ms)} ms | × ${g.ratio.toFixed(2)} | ≤ ${limit} ${g.ratio <= limit ? '✓' : '✗'} |`,
    );
  }
  return lines.join('\n');
}

export function summaryLines(results) {
  // A run is read with the targets it was written with.
  const targets = results.targets ?? TARGETS;
  const lines = [];
  const ratio = results.ratioToBaseline;
  if (ratio !== undefined) {
    lines.push(
      `GET /buildings/:id throughput / bare baseline: ${(ratio * 100).toFixed(0)} % (target ≥ ${targets.ratio * 100} % ${ratio >= targets.ratio ? '✓' : '✗'})` +
        (results.ratioToTenantBaseline !== undefined
          ? `; / the baseline doing the API's database work (its tenant read): ${(results.ratioToTenantBaseline * 100).toFixed(0)} %`
          : ''),
    );
  }
  if (results.listRatios && targets.listRatio) {
    const cells = Object.entries(results.listRatios).map(
      ([key, r]) => `${key} ${(r * 100).toFixed(0)} % ${r >= targets.listRatio ? '✓' : '✗'}`,
    );
    lines.push(`List routes / bare baseline (target ≥ ${targets.listRatio * 100} %): ${cells.join(', ')}`);
  }
  const idle =
    targets.idleRssMb !== undefined
      ? `idle after start: ${results.idleRssMb} MB (target ≤ ${targets.idleRssMb} MB ${results.idleRssMb <= targets.idleRssMb ? '✓' : '✗'})`
      : `idle after start: ${results.idleRssMb} MB`;
  lines.push(
    `Peak RSS of the API: ${results.peakRssMb} MB (target < ${targets.peakRssMb} MB ${results.peakRssMb < targets.peakRssMb ? '✓' : '✗'}); ${idle}`,
  );
  return lines;
}

export function queryCountTable(queryCounts) {
  const lines = [
    '| Route | SQL round trips per request | transactions | grows with page size |',
    '|---|---:|---:|---|',
  ];
  for (const q of queryCounts) {
    const pages = q.pages ? `no (${q.pages.map((p) => `perPage ${p.perPage}: ${p.queries}`).join(', ')})` : '';
    lines.push(`| ${q.route} | ${q.queries} | ${q.transactions} | ${q.growsWithPageSize ? '**yes**' : pages} |`);
  }
  return lines.join('\n');
}

export const README_START = '<!-- bench:latest-run (written by npm run bench) -->';
export const README_END = '<!-- /bench:latest-run -->';

/** The README's "latest run" block: the machine and commit, the table and the summary lines of one complete run. */
export function readmeSection(results) {
  const m = results.machine;
  const heading =
    `Latest run (${results.date}, commit ${results.commit}, Node ${m.node.replace(/^v/, '')}, PostgreSQL ` +
    `${m.postgres} (${m.database === 'embedded' ? 'embedded' : 'DATABASE_URL'}), ${m.cpus} vCPUs shared by the API, ` +
    'PostgreSQL, the load generator and other work on the machine; numbers move by 10-30 % between runs, and between ' +
    'machines of the same kind by up to a factor of two: compare within one run):';
  const summary = summaryLines(results).map((line) => `${line}.`);
  const growth = growthTable(results);
  const growthBlock = growth
    ? [
        '',
        "How the cost of a year grows with the building's history (two buildings of 20 units that differ only by their " +
          `past, ${results.growth.method}):`,
        '',
        growth,
      ]
    : [];
  return [README_START, heading, '', markdownTable(results), ...growthBlock, '', ...summary, README_END].join('\n');
}

/** The README with its latest-run block replaced; a README without both markers is an error, not a silent no-op. */
export function withLatestRun(readme, results) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${README_START} … ${README_END}`);
  return readme.slice(0, start) + readmeSection(results) + readme.slice(end + README_END.length);
}
