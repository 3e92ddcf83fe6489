// Loads the benchmark's data set through the application's own services (so every row obeys the business rules):
// 50 organizations, 500 buildings, 10,000 units, 15,000 owners with 15,000 shares, 200,000 expenses, 1,000 meetings.
// Skipped when the data set is already complete. Used by bench/prepare.mjs; runs alone too: `node bench/seed.mjs`.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { bootApp, dist, requireDist } from './lib/app.mjs';
import {
  buildingSpec,
  expenseSpec,
  meetingSpec,
  organizationSpec,
  OWNERSHIP_START,
  ownershipsOfUnit,
  ownerSpec,
  unitSpec,
} from './lib/dataset.mjs';
import { BENCH_PASSWORD, BENCH_SLUG_PATTERN, orgSlug, SIZES, syndicEmail, TOTALS } from './lib/env.mjs';
import { postExpenseJournal } from './lib/journal.mjs';
import { performance } from 'node:perf_hooks';

const CONCURRENCY = 8;
/** Expenses created through ExpensesService before deciding how to load the rest (the measured sample). */
const SERVICE_SAMPLE = 2_000;
/** Above this projected time for the rest through the service, the bulk path is used. */
const SERVICE_BUDGET_S = 150;
const PLATFORM_ACTOR = Object.freeze({
  userId: '00000000-0000-4000-8000-000000000000',
  role: 'superadmin',
  organizationId: null,
});

/** Runs `work` over `items` with at most `concurrency` in flight; prints progress every 2 s. */
async function inPool(label, items, concurrency, work, log) {
  const started = performance.now();
  let next = 0;
  let done = 0;
  let lastPrint = started;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
      done++;
      const now = performance.now();
      if (now - lastPrint > 2_000) {
        lastPrint = now;
        log(
          `  ${label}: ${done.toLocaleString('en')}/${items.length.toLocaleString('en')} (${Math.round(done / ((now - started) / 1000))}/s)`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const seconds = (performance.now() - started) / 1000;
  log(
    `  ${label}: ${items.length.toLocaleString('en')} in ${seconds.toFixed(1)} s (${Math.round(items.length / seconds)}/s)`,
  );
  return seconds;
}

/** Rows of the benchmark's organizations, counted across organizations (platform access, like the app's seeding). */
export async function countBenchRows(platform) {
  const { sql } = dist('shared/persistence/sql');
  const [row] = await platform.rows(
    sql`WITH o AS (SELECT id FROM organizations WHERE slug LIKE ${BENCH_SLUG_PATTERN})
        SELECT (SELECT count(*) FROM o)::int AS organizations,
               (SELECT count(*) FROM buildings WHERE organization_id IN (SELECT id FROM o))::int AS buildings,
               (SELECT count(*) FROM units WHERE organization_id IN (SELECT id FROM o))::int AS units,
               (SELECT count(*) FROM owners WHERE organization_id IN (SELECT id FROM o))::int AS owners,
               (SELECT count(*) FROM unit_ownerships WHERE organization_id IN (SELECT id FROM o))::int AS ownerships,
               (SELECT count(*) FROM expenses WHERE organization_id IN (SELECT id FROM o))::int AS expenses,
               (SELECT count(*) FROM meetings WHERE organization_id IN (SELECT id FROM o))::int AS meetings,
               (SELECT count(*) FROM expenses e
                 WHERE e.organization_id IN (SELECT id FROM o) AND e.status <> 'cancelled' AND e.amount_cents <> 0
                   AND (NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.organization_id = e.organization_id
                                       AND j.source_type = 'expense' AND j.source_id = e.id)
                        OR e.status = 'paid'
                           AND NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.organization_id = e.organization_id
                                              AND j.source_type = 'expense_payment' AND j.source_id = e.id))
               )::int AS "unpostedExpenses"`,
  );
  return row;
}

const isLoaded = (c) =>
  c.organizations === TOTALS.organizations &&
  c.buildings === TOTALS.buildings &&
  c.units === TOTALS.units &&
  c.owners === TOTALS.owners &&
  c.expenses >= TOTALS.expenses &&
  c.meetings === TOTALS.meetings;
/** Loaded, and every expense has its journal entries (the PCN report and the trial balance read the journal). */
const isComplete = (c) => isLoaded(c) && c.unpostedExpenses === 0;

/** Posts the journal entries of the expenses written in bulk, building by building (bench/lib/journal.mjs). */
async function postJournal(db, log) {
  const { sql } = dist('shared/persistence/sql');
  const buildings = await db.rows(
    sql`SELECT b.organization_id, b.id FROM buildings b JOIN organizations o ON o.id = b.organization_id
         WHERE o.slug LIKE ${BENCH_SLUG_PATTERN} ORDER BY o.slug, b.created_at, b.id`,
  );
  return inPool(
    'journal entries of the expenses in bulk (by building)',
    buildings,
    4,
    (b) => postExpenseJournal(db, b.organization_id, b.id),
    log,
  );
}

/** Seeds unless complete; returns what was done. Throws on a partial data set (an interrupted seeding). */
export async function seed(api, log = (line) => process.stdout.write(`${line}\n`)) {
  const app = api.app;
  const { PlatformDatabase } = dist('shared/persistence/platform-database');
  const db = app.get(PlatformDatabase);
  const before = await countBenchRows(db);
  if (isComplete(before)) return { seeded: false, counts: before };
  if (isLoaded(before)) {
    // A data set seeded before its expenses' journal was posted in bulk: the entries are added.
    log('The benchmark data set lacks the journal entries of its expenses:');
    const seconds = await postJournal(db, log);
    const counts = await countBenchRows(db);
    if (!isComplete(counts)) throw new Error(`Posting the journal left expenses unposted: ${JSON.stringify(counts)}`);
    return { seeded: true, toppedUp: 'journal', counts, seconds: Math.round(seconds) };
  }
  if (before.organizations > 0) {
    throw new Error(
      `The benchmark data set is incomplete (${JSON.stringify(before)}): seeding was interrupted. ` +
        'Remove bench/.data (or the benchmark organizations of DATABASE_URL) and run again.',
    );
  }
  const { OrganizationsService } = dist('modules/identity');
  const { BuildingsService } = dist('modules/buildings');
  const { UnitsService, OwnershipsService } = dist('modules/units');
  const { OwnersService } = dist('modules/owners');
  const { ExpensesService } = dist('modules/expenses');
  const { MeetingsService } = dist('modules/meetings');
  const services = {
    organizations: app.get(OrganizationsService),
    buildings: app.get(BuildingsService),
    units: app.get(UnitsService),
    ownerships: app.get(OwnershipsService),
    owners: app.get(OwnersService),
    expenses: app.get(ExpensesService),
    meetings: app.get(MeetingsService),
  };
  const phases = {};
  const started = performance.now();
  log(`Seeding the benchmark data set (${CONCURRENCY} operations in flight):`);

  // Organizations and their first syndic (argon2 hash each).
  const orgs = [];
  const orgNumbers = Array.from({ length: SIZES.organizations }, (_, i) => i + 1);
  phases.organizations = await inPool(
    'organizations',
    orgNumbers,
    CONCURRENCY,
    async (n) => {
      const { organization, syndic } = await services.organizations.create(PLATFORM_ACTOR, {
        ...organizationSpec(n),
        slug: orgSlug(n),
        syndic: { email: syndicEmail(n), password: BENCH_PASSWORD, firstName: 'Syndic', lastName: `Bench ${n}` },
      });
      orgs[n - 1] = {
        n,
        tenant: { userId: syndic.id, role: 'syndic', organizationId: organization.id },
        buildings: [],
        units: [],
        owners: [],
      };
    },
    log,
  );

  // Buildings, then units interleaved across buildings (a unit write locks its building's row).
  const buildingTasks = orgs.flatMap((org) =>
    Array.from({ length: SIZES.buildingsPerOrganization }, (_, b) => ({ org, b })),
  );
  const buildings = [];
  phases.buildings = await inPool(
    'buildings',
    buildingTasks,
    CONCURRENCY,
    async ({ org, b }) => {
      const building = await services.buildings.create(org.tenant, buildingSpec(org.n, b));
      const entry = { org, id: building.id, index: (org.n - 1) * SIZES.buildingsPerOrganization + b };
      org.buildings[b] = entry;
      buildings[entry.index] = entry;
    },
    log,
  );
  const unitTasks = [];
  for (let u = 0; u < SIZES.unitsPerBuilding; u++) for (const building of buildings) unitTasks.push({ building, u });
  phases.units = await inPool(
    'units',
    unitTasks,
    CONCURRENCY,
    async ({ building, u }) => {
      const unit = await services.units.create(building.org.tenant, { ...unitSpec(u), buildingId: building.id });
      const b = building.index % SIZES.buildingsPerOrganization;
      building.org.units[b * SIZES.unitsPerBuilding + u] = unit.id;
    },
    log,
  );

  // Owners interleaved across organizations (owner writes of one organization are serialised by the app).
  const ownerTasks = [];
  for (let i = 0; i < SIZES.ownersPerOrganization; i++) for (const org of orgs) ownerTasks.push({ org, i });
  phases.owners = await inPool(
    'owners',
    ownerTasks,
    CONCURRENCY,
    async ({ org, i }) => {
      org.owners[i] = (await services.owners.create(org.tenant, ownerSpec(org.n, i))).id;
    },
    log,
  );

  const ownershipTasks = [];
  for (let k = 0; k < SIZES.buildingsPerOrganization * SIZES.unitsPerBuilding; k++)
    for (const org of orgs) ownershipTasks.push({ org, k });
  phases.ownerships = await inPool(
    'unit ownerships (by unit)',
    ownershipTasks,
    CONCURRENCY,
    async ({ org, k }) => {
      for (const share of ownershipsOfUnit(k)) {
        await services.ownerships.add(org.tenant, org.units[k], {
          ownerId: org.owners[share.owner],
          share: share.share,
          startDate: OWNERSHIP_START,
          isPrimaryContact: share.isPrimaryContact,
        });
      }
    },
    log,
  );

  // Expenses: a sample through ExpensesService (the newest of every building), then the rest by the faster path.
  const todayMs = Date.now();
  const perBuildingSample = Math.ceil(SERVICE_SAMPLE / buildings.length);
  const sampleTasks = [];
  for (let e = 0; e < perBuildingSample; e++) for (const building of buildings) sampleTasks.push({ building, e });
  const createExpense = async ({ building, e }) => {
    const spec = expenseSpec(building.index, e, todayMs);
    const expense = await services.expenses.create(building.org.tenant, { ...spec.input, buildingId: building.id });
    if (spec.paidAt)
      await services.expenses.markPaid(building.org.tenant, expense.id, { paidAt: spec.paidAt.toISOString() });
  };
  phases.expensesServiceSample = await inPool(
    'expenses through ExpensesService',
    sampleTasks,
    CONCURRENCY,
    createExpense,
    log,
  );
  const serviceRate = sampleTasks.length / phases.expensesServiceSample;
  const rest = TOTALS.expenses - sampleTasks.length;
  const projected = rest / serviceRate;
  const method = projected > SERVICE_BUDGET_S ? 'bulk' : 'service';
  log(
    `  ExpensesService: ${Math.round(serviceRate)} expenses/s; the other ${rest.toLocaleString('en')} would take ` +
      `${Math.round(projected)} s: ${method === 'bulk' ? 'one INSERT … SELECT unnest(…) per building' : 'through the service'}`,
  );
  if (method === 'service') {
    const restTasks = [];
    for (let e = perBuildingSample; e < SIZES.expensesPerBuilding; e++)
      for (const building of buildings) restTasks.push({ building, e });
    phases.expensesRest = await inPool('expenses through ExpensesService', restTasks, CONCURRENCY, createExpense, log);
  } else {
    phases.expensesRest = await inPool(
      'expenses in bulk (by building)',
      buildings,
      Math.min(CONCURRENCY, 4),
      (building) => insertExpensesInBulk(db, building, perBuildingSample, todayMs),
      log,
    );
    phases.expensesJournal = await postJournal(db, log);
  }

  // Meetings, through MeetingsService (15 days' notice at least).
  const meetingTasks = [];
  for (let m = 0; m < SIZES.meetingsPerBuilding; m++)
    for (const building of buildings) meetingTasks.push({ building, m });
  const nowMs = Date.now();
  phases.meetings = await inPool(
    'meetings',
    meetingTasks,
    CONCURRENCY,
    ({ building, m }) =>
      services.meetings.schedule(building.org.tenant, {
        ...meetingSpec(building.index, m, nowMs),
        buildingId: building.id,
      }),
    log,
  );

  const counts = await countBenchRows(db);
  if (!isComplete(counts)) throw new Error(`Seeding ended with an incomplete data set: ${JSON.stringify(counts)}`);
  const seconds = (performance.now() - started) / 1000;
  log(`Seeded in ${seconds.toFixed(0)} s.`);
  return {
    seeded: true,
    counts,
    seconds: Math.round(seconds),
    phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    expenses: {
      throughService: method === 'service' ? TOTALS.expenses : sampleTasks.length,
      inBulk: method === 'bulk' ? rest : 0,
      serviceRatePerSecond: Math.round(serviceRate),
      method,
    },
  };
}

/**
 * The older expenses of one building in one statement. Each row is built and checked by the domain itself
 * (Expense.record, then markPaid for the paid ones) and written through the expenses table's own description: only
 * the persistence is batched, as the platform. Their journal entries follow in bulk too (bench/lib/journal.mjs).
 */
async function insertExpensesInBulk(db, building, from, todayMs) {
  const { Expense } = dist('modules/expenses/domain/expense');
  const { expenses } = dist('modules/expenses/infrastructure/expenses.table');
  const records = [];
  for (let e = from; e < SIZES.expensesPerBuilding; e++) {
    const spec = expenseSpec(building.index, e, todayMs);
    const expense = Expense.record(
      { ...spec.input, id: randomUUID(), organizationId: building.org.tenant.organizationId, buildingId: building.id },
      spec.createdAt,
    );
    if (spec.paidAt) expense.markPaid(spec.paidAt, spec.paidAt);
    records.push(expense.toSnapshot());
  }
  if (records.length) await db.rows(expenses.insert(records));
}

/** VACUUM ANALYZE as the connecting (owner or superuser) account, so plans and index-only scans are the steady state. */
export async function vacuumAnalyze(url) {
  const { Client } = requireDist('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const api = await bootApp();
  try {
    const result = await seed(api);
    if (result.seeded) await vacuumAnalyze(api.database.url);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await api.close();
  }
}
