// How the cost of the history-bound reads grows with a building's history (issue 21, target 3): one organization of
// its own (slug `growth-bench`, outside the main data set) with two buildings of 20 units, one owner per unit, that
// differ only by their past. Both have the same recent 2.5 years (about 100 expenses a year, a call for funds every
// month, every owner paying each call ten days later); the large one has 12 more years before them, at about 390
// expenses a year. Every row goes through the application's services, so the journal (purchases, calls, payments,
// supplier payments) is posted as in production. The bench then asks both buildings for the same year.
import { performance } from 'node:perf_hooks';
import { dist } from './lib/app.mjs';
import { expenseSpec, isoDay, unitSpec } from './lib/dataset.mjs';
import { BENCH_PASSWORD } from './lib/env.mjs';

export const GROWTH_SLUG = 'growth-bench';
export const GROWTH_SYNDIC = 'syndic@growth-bench.koprogo.be';
const DAY_MS = 86_400_000;
/** Expenses of each building: the bench compares the large one with the small one. */
export const GROWTH_SIZES = Object.freeze({ small: 250, large: 5_000 });
/** The recent expenses (both buildings) come every 3.65 days: about 100 a year, 2.5 years for 250. */
const RECENT_SPACING_DAYS = 3.65;
/** The older expenses of the large building: 4,750 over 12 years. */
const OLDER_SPACING_DAYS = 0.93;
const UNITS = 20;
const CONCURRENCY = 6;
const PLATFORM_ACTOR = Object.freeze({
  userId: '00000000-0000-4000-8000-000000000000',
  role: 'superadmin',
  organizationId: null,
});

/** The year both buildings are asked for: the last complete one, inside their common recent history. */
export const growthYear = (todayMs = Date.now()) => new Date(todayMs).getUTCFullYear() - 1;

/** Days back from today of expense `e` (0 = newest) of a building. */
function daysBack(e) {
  const recent = GROWTH_SIZES.small;
  if (e < recent) return Math.floor(1 + e * RECENT_SPACING_DAYS);
  return Math.floor(1 + recent * RECENT_SPACING_DAYS + (e - recent + 1) * OLDER_SPACING_DAYS);
}

async function pool(items, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

/** Row counts of the growth organization (platform access). */
export async function countGrowthRows(platform) {
  const { sql } = dist('shared/persistence/sql');
  const [row] = await platform.rows(
    sql`WITH o AS (SELECT id FROM organizations WHERE slug = ${GROWTH_SLUG})
        SELECT (SELECT count(*) FROM o)::int AS organizations,
               (SELECT count(*) FROM buildings WHERE organization_id IN (SELECT id FROM o))::int AS buildings,
               (SELECT count(*) FROM expenses WHERE organization_id IN (SELECT id FROM o))::int AS expenses,
               (SELECT count(*) FROM calls WHERE organization_id IN (SELECT id FROM o))::int AS calls,
               (SELECT count(*) FROM payments WHERE organization_id IN (SELECT id FROM o))::int AS payments,
               (SELECT count(*) FROM journal_entries WHERE organization_id IN (SELECT id FROM o))::int AS "journalEntries",
               (SELECT count(*) FROM journal_lines WHERE organization_id IN (SELECT id FROM o))::int AS "journalLines"`,
  );
  return row;
}

/** Seeds the growth organization unless present; throws on a partial one (an interrupted seeding). */
export async function seedGrowth(api, log = (line) => process.stdout.write(`${line}\n`)) {
  const app = api.app;
  const { PlatformDatabase } = dist('shared/persistence/platform-database');
  const db = app.get(PlatformDatabase);
  const before = await countGrowthRows(db);
  const expected = GROWTH_SIZES.small + GROWTH_SIZES.large;
  if (before.organizations === 1 && before.expenses === expected && before.payments > 0)
    return { seeded: false, counts: before };
  if (before.organizations > 0) {
    throw new Error(
      `The growth data set is incomplete (${JSON.stringify(before)}): seeding was interrupted. Remove bench/.data and run again.`,
    );
  }
  const get = (path, name) => app.get(dist(path)[name]);
  const services = {
    organizations: get('modules/identity', 'OrganizationsService'),
    buildings: get('modules/buildings', 'BuildingsService'),
    units: get('modules/units', 'UnitsService'),
    ownerships: get('modules/units', 'OwnershipsService'),
    owners: get('modules/owners', 'OwnersService'),
    expenses: get('modules/expenses', 'ExpensesService'),
    funds: get('modules/funds', 'FundsService'),
    calls: get('modules/funds', 'CallsService'),
    payments: get('modules/funds', 'PaymentsService'),
  };
  const started = performance.now();
  const todayMs = Date.now();
  log('Seeding the growth data set (two buildings of 250 and 5,000 expenses, with calls, payments and journal):');
  const { organization, syndic } = await services.organizations.create(PLATFORM_ACTOR, {
    name: 'Syndic Growth Bench',
    contactEmail: 'contact@growth-bench.koprogo.be',
    slug: GROWTH_SLUG,
    syndic: { email: GROWTH_SYNDIC, password: BENCH_PASSWORD, firstName: 'Syndic', lastName: 'Growth' },
  });
  const tenant = { userId: syndic.id, role: 'syndic', organizationId: organization.id };
  const counts = {};
  for (const [size, expenseCount] of Object.entries(GROWTH_SIZES)) {
    const oldestMs = todayMs - daysBack(expenseCount - 1) * DAY_MS;
    const building = await services.buildings.create(tenant, {
      name: `Résidence Croissance ${size === 'small' ? '250' : '5000'}`,
      address: `Rue de la Croissance ${size === 'small' ? 1 : 2}`,
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
      totalUnits: UNITS,
      totalQuota: 1000,
      constructionYear: 1965,
    });
    const holdingStart = isoDay(oldestMs - 40 * DAY_MS);
    for (let u = 0; u < UNITS; u++) {
      const unit = await services.units.create(tenant, { ...unitSpec(u), buildingId: building.id });
      const owner = await services.owners.create(tenant, {
        firstName: 'Owner',
        lastName: `${size} ${u + 1}`,
        email: `owner-${size}-${u + 1}@growth-bench.koprogo.be`,
      });
      await services.ownerships.add(tenant, unit.id, {
        ownerId: owner.id,
        share: '100',
        startDate: holdingStart,
        isPrimaryContact: true,
      });
    }
    // Expenses, with their supplier payment once 20 days have passed (journal: purchases then financial).
    const expenseIndexes = Array.from({ length: expenseCount }, (_, e) => e);
    await pool(expenseIndexes, async (e) => {
      const spec = expenseSpec(size === 'small' ? 900 : 901, e, todayMs);
      const day = todayMs - daysBack(e) * DAY_MS;
      const expenseDate = isoDay(day);
      const expense = await services.expenses.create(tenant, {
        ...spec.input,
        description: `${spec.input.description.replace(/ \(.*\)$/, '')} (${expenseDate.slice(0, 7)})`,
        expenseDate,
        dueDate: isoDay(day + 30 * DAY_MS),
        invoiceNumber: `G-${size}-${String(e).padStart(5, '0')}`,
        buildingId: building.id,
      });
      const paidMs = day + 20 * DAY_MS + 10 * 3_600_000;
      if (paidMs < todayMs - DAY_MS)
        await services.expenses.markPaid(tenant, expense.id, { paidAt: new Date(paidMs).toISOString() });
    });
    // A call to the working capital on the first of every month, each owner paying its item ten days later.
    const fund = await services.funds.open(tenant, building.id, {
      kind: 'working_capital',
      name: 'Fonds de roulement',
      iban: 'BE68539007547034',
    });
    const months = [];
    const first = new Date(oldestMs);
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth() + 1; ; m++) {
      if (m === 12) [y, m] = [y + 1, 0];
      const callMs = Date.UTC(y, m, 1);
      if (callMs > todayMs - 11 * DAY_MS) break;
      months.push(callMs);
    }
    const items = [];
    await pool(months, async (callMs) => {
      const call = await services.calls.issue(tenant, {
        buildingId: building.id,
        fundId: fund.id,
        title: `Provision ${isoDay(callMs).slice(0, 7)}`,
        amountCents: 400_000,
        callDate: isoDay(callMs),
        dueDate: isoDay(callMs + 14 * DAY_MS),
      });
      for (const item of call.items) items.push({ item, paidOn: isoDay(callMs + 10 * DAY_MS) });
    });
    await pool(items, ({ item, paidOn }) =>
      services.payments.record(tenant, {
        buildingId: building.id,
        amountCents: item.amountCents,
        paidOn,
        ogm: item.ogm,
      }),
    );
    counts[size] = { expenses: expenseCount, calls: months.length, payments: items.length };
    log(
      `  ${size}: ${expenseCount.toLocaleString('en')} expenses from ${isoDay(oldestMs)}, ${months.length} calls, ` +
        `${items.length.toLocaleString('en')} payments (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const seconds = Math.round((performance.now() - started) / 1000);
  log(`Growth data set seeded in ${seconds} s.`);
  return { seeded: true, seconds, buildings: counts, counts: await countGrowthRows(db) };
}

/** The growth organization's buildings and owners (the owner of unit 1 first), for its syndic's token. */
export async function growthTargets(call) {
  const { accessToken } = await call('POST', '/auth/login', {
    body: { email: GROWTH_SYNDIC, password: BENCH_PASSWORD },
  });
  const buildings = (await call('GET', '/buildings?perPage=10', { token: accessToken })).data;
  const owners = (await call('GET', '/owners?perPage=100', { token: accessToken })).data;
  const targets = { headers: { authorization: `Bearer ${accessToken}` }, year: growthYear() };
  for (const size of Object.keys(GROWTH_SIZES)) {
    const building = buildings.find((b) => b.name.endsWith(size === 'small' ? ' 250' : ' 5000'));
    const ownerIds = Array.from({ length: UNITS }, (_, u) => owners.find((o) => o.lastName === `${size} ${u + 1}`)?.id);
    if (!building || ownerIds.some((id) => !id)) throw new Error(`The growth data set lacks its ${size} building`);
    targets[size] = { buildingId: building.id, ownerIds };
  }
  return targets;
}

/** Ledger and trial balance of the small building's year, rotating over its owners (routes of the main table). */
export function growthReads({ headers, year, small }) {
  const period = `from=${year}-01-01&to=${year}-12-31`;
  return {
    ledger: (i) => ({
      method: 'GET',
      path: `/api/v1/owners/${small.ownerIds[i % UNITS]}/ledger?buildingId=${small.buildingId}&${period}`,
      headers,
    }),
    trialBalance: () => ({
      method: 'GET',
      path: `/api/v1/buildings/${small.buildingId}/trial-balance?asOf=${year}-12-31`,
      headers,
    }),
  };
}

/** The four history-bound reads of one year, for each building size. */
export function growthRoutes({ headers, year, ...sizes }) {
  const period = `from=${year}-01-01&to=${year}-12-31`;
  const get = (path) => () => ({ method: 'GET', path: `/api/v1${path}`, headers });
  return [
    {
      key: 'statement',
      label: '`GET /owners/:id/statement`',
      path: (t) => `/owners/${t.ownerIds[0]}/statement?${period}`,
    },
    { key: 'pcn', label: '`GET /pcn/:buildingId`', path: (t) => `/pcn/${t.buildingId}?${period}` },
    {
      key: 'ledger',
      label: '`GET /owners/:id/ledger`',
      path: (t) => `/owners/${t.ownerIds[0]}/ledger?buildingId=${t.buildingId}&${period}`,
    },
    {
      key: 'trialBalance',
      label: '`GET /buildings/:id/trial-balance`',
      path: (t) => `/buildings/${t.buildingId}/trial-balance?asOf=${year}-12-31`,
    },
  ].map((route) => ({
    ...route,
    year,
    next: Object.fromEntries(Object.keys(GROWTH_SIZES).map((size) => [size, get(route.path(sizes[size]))])),
  }));
}

/**
 * Time per request of each route at both sizes: one connection (requests one after the other), the sizes measured
 * alternately twice so that a burst of other work on the machine hits both; the ratio compares the medians.
 */
export async function measureGrowth(port, routes, { seconds, run, log }) {
  const measured = [];
  for (const route of routes) {
    const runs = { small: [], large: [] };
    for (const size of ['small', 'large']) await run({ port, next: route.next[size], connections: 1, seconds: 1 });
    for (let round = 0; round < 2; round++)
      for (const size of ['small', 'large'])
        runs[size].push(await run({ port, next: route.next[size], connections: 1, seconds }));
    const of = (size) => {
      const [a, b] = runs[size];
      return {
        expenses: GROWTH_SIZES[size],
        p50Ms: Math.round(((a.latencyMs.p50 + b.latencyMs.p50) / 2) * 100) / 100,
        p99Ms: Math.max(a.latencyMs.p99, b.latencyMs.p99),
        rps: Math.round((a.rps + b.rps) / 2),
        failures: a.errors + a.non2xx + b.errors + b.non2xx,
        ...(a.failures || b.failures ? { failureSamples: [...(a.failures ?? []), ...(b.failures ?? [])] } : {}),
      };
    };
    const entry = { key: route.key, label: route.label, year: route.year, small: of('small'), large: of('large') };
    entry.ratio = Math.round((entry.large.p50Ms / entry.small.p50Ms) * 100) / 100;
    measured.push(entry);
    log(
      `  ${route.key.padEnd(14)} ${entry.small.p50Ms} ms at ${GROWTH_SIZES.small} expenses, ${entry.large.p50Ms} ms at ` +
        `${GROWTH_SIZES.large.toLocaleString('en')}: × ${entry.ratio} (target ≤ 1.5 ${entry.ratio <= 1.5 ? '✓' : '✗'})`,
    );
  }
  return measured;
}
