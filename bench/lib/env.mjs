// Shared settings of the benchmark: where its data lives, the accounts it creates, the size of the data set.
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The benchmark's own embedded database, secrets and files (git-ignored); never the developer's ./.data. */
export const DATA_DIR = resolve(process.env.BENCH_DATA_DIR ?? join(ROOT, 'bench', '.data'));
export const DIST = join(ROOT, 'dist');

export const SIZES = Object.freeze({
  organizations: 50,
  buildingsPerOrganization: 10,
  unitsPerBuilding: 20,
  ownersPerOrganization: 300,
  expensesPerBuilding: 400,
  meetingsPerBuilding: 2,
});

export const TOTALS = Object.freeze({
  organizations: SIZES.organizations,
  buildings: SIZES.organizations * SIZES.buildingsPerOrganization,
  units: SIZES.organizations * SIZES.buildingsPerOrganization * SIZES.unitsPerBuilding,
  owners: SIZES.organizations * SIZES.ownersPerOrganization,
  expenses: SIZES.organizations * SIZES.buildingsPerOrganization * SIZES.expensesPerBuilding,
  meetings: SIZES.organizations * SIZES.buildingsPerOrganization * SIZES.meetingsPerBuilding,
});

/** Every syndic of the data set signs in with this password (the benchmark measures correct sign-ins only). */
export const BENCH_PASSWORD = 'bench-password-2026';
/** The superadmin the server creates at start-up: setting ADMIN_* is also what keeps the demo data out. */
export const BENCH_ADMIN = Object.freeze({ email: 'bench-admin@koprogo.be', password: 'bench-admin-password-2026' });

const pad = (n) => String(n).padStart(2, '0');
/** Organizations are numbered from 1; their slug marks them as the benchmark's. */
export const orgSlug = (n) => `bench-${pad(n)}`;
export const syndicEmail = (n) => `syndic@bench-${pad(n)}.koprogo.be`;
export const BENCH_SLUG_PATTERN = 'bench-%';

/** Environment of the application under test (server and in-process steps alike). */
export function appEnv(extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'development',
    // Production's logging: one JSON line per request (bench/.data/api.log).
    REQUEST_LOGGING: process.env.BENCH_REQUEST_LOGGING ?? 'true',
    LOG_FORMAT: 'json',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    DATA_DIR,
    DB_POOL_MAX: '10',
    ...extra,
  };
}
