// The bare baseline of `npm run bench`: Fastify + pg, no Nest, no ORM, no authentication, the same pool size.
//   GET /buildings/:id           the API's statement for one building (the row, its last closing, its lots, the
//                                quotas held today), bound parameters, as the connecting account
//   GET /tenant/buildings/:id    the database work the API does for that route: its tenant read (SET LOCAL of the
//                                signed tenant claim and the same statement as role koprogo_app, prepared once per
//                                connection, in one simple-protocol round trip)
// The organization comes from the x-organization-id header (there is no token). Environment: BASELINE_DATABASE_URL
// (the platform role: it sees every organization), BASELINE_TENANT_URL and BASELINE_TENANT_KEY (hex) for the tenant
// read, BASELINE_PORT, BASELINE_POOL_MAX (10 per pool).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(import.meta.dirname, '..', 'package.json'));
const Fastify = require('fastify');
const { Pool } = require('pg');
const { createHash } = require('node:crypto');

// The API's statement for one building (src/modules/buildings/infrastructure: buildings.table.ts and
// postgres-building.repository.ts viewById): the row, its last closing, its lots (LOT_RULES: parkings, garages and
// cellars are not lots) and the quotas its units hold today. $1 organization, $2 building, $3 today.
const BUILDING_SQL =
  'SELECT b.id, b.organization_id, b.name, b.name_key, b.address, b.city, b.city_key, b.postal_code, b.country, ' +
  'b.total_units, b.total_quota, b.construction_year, b.association_bce, b.notice_days, b.unit_count, ' +
  'b.allocated_quota, b.created_at, b.updated_at, ' +
  '(SELECT c.until::text FROM building_closings c WHERE c.building_id = b.id ORDER BY c.until DESC LIMIT 1) AS closed_until, ' +
  "(SELECT count(*)::int FROM units lu WHERE lu.building_id = b.id AND lu.type <> ALL('{parking,garage,cellar}'::text[])) AS lot_count, " +
  '(SELECT coalesce(sum(q.quota), 0)::int FROM unit_quotas q WHERE q.building_id = b.id ' +
  'AND (q.valid_from IS NULL OR q.valid_from <= $3::date) AND (q.valid_to IS NULL OR q.valid_to > $3::date)) AS quota_on_day ' +
  'FROM buildings b WHERE b.organization_id = $1 AND b.id = $2';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOT_THRESHOLD = 20;

const url = process.env.BASELINE_DATABASE_URL;
if (!url) throw new Error('BASELINE_DATABASE_URL is required');
const max = Number(process.env.BASELINE_POOL_MAX ?? 10);
const bare = new Pool({ connectionString: url, max });
// As role koprogo_app, as the API's tenant pool, so the row-level policies apply.
const tenant = new Pool({ connectionString: process.env.BASELINE_TENANT_URL, max });
const tenantKey = Buffer.from(process.env.BASELINE_TENANT_KEY ?? '', 'hex');
const claim = (organizationId) =>
  `${organizationId}.${createHash('sha256').update(tenantKey).update(organizationId).digest('hex')}`;
const today = () => new Date().toISOString().slice(0, 10);

// The API's BuildingResponse.from.
const toResponse = (r) => ({
  id: r.id,
  name: r.name,
  address: r.address,
  city: r.city,
  postalCode: r.postal_code,
  country: r.country,
  totalUnits: r.total_units,
  totalQuota: r.total_quota,
  constructionYear: r.construction_year,
  associationBce: r.association_bce,
  noticeDays: r.notice_days,
  unitCount: r.unit_count,
  allocatedQuota: Number(r.quota_on_day),
  lotCount: Number(r.lot_count),
  boardRequired: r.lot_count >= LOT_THRESHOLD,
  accountingMode: r.lot_count >= LOT_THRESHOLD ? 'full' : 'simplified',
  closedUntil: r.closed_until ?? null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const app = Fastify({ logger: false });

function params(request, reply) {
  const organizationId = request.headers['x-organization-id'];
  const { id } = request.params;
  if (typeof organizationId !== 'string' || !UUID.test(organizationId) || !UUID.test(id)) {
    void reply.code(400);
    return null;
  }
  return [organizationId, id];
}

app.get('/buildings/:id', async (request, reply) => {
  const values = params(request, reply);
  if (!values) return { title: 'VALIDATION_FAILED' };
  const { rows } = await bare.query(BUILDING_SQL, [...values, today()]);
  if (!rows[0]) return reply.code(404).send({ title: 'NOT_FOUND' });
  return toResponse(rows[0]);
});

// What the API's tenant read costs, without the framework: SET LOCAL app.tenant and the same statement under
// row-level security (as role koprogo_app) in one simple-protocol round trip, the statement prepared once per
// connection and executed with its values as literals, as TenantDatabase.reader does
// (src/shared/persistence/tenant-database.ts, prepared-statements.ts). The ids are checked UUIDs. The API's session
// check is cached in memory, so it costs no round trip here either.
const prepared = new WeakSet();
app.get('/tenant/buildings/:id', async (request, reply) => {
  const values = params(request, reply);
  if (!values) return { title: 'VALIDATION_FAILED' };
  const [organizationId, id] = values.map((v) => v.toLowerCase());
  const client = await tenant.connect();
  let rows;
  try {
    if (!prepared.has(client)) {
      await client.query(`PREPARE building AS ${BUILDING_SQL}`);
      prepared.add(client);
    }
    const results = await client.query(
      `SET LOCAL app.tenant = '${claim(organizationId)}';\nEXECUTE building('${organizationId}', '${id}', '${today()}')`,
    );
    rows = results[1].rows;
  } finally {
    client.release();
  }
  if (!rows[0]) return reply.code(404).send({ title: 'NOT_FOUND' });
  return toResponse(rows[0]);
});

app.get('/health', async () => ({ status: 'ok' }));

const close = async () => {
  await app.close();
  await Promise.all([bare.end(), tenant.end()]);
  process.exit(0);
};
process.once('SIGTERM', close);
process.once('SIGINT', close);

await app.listen({ host: '127.0.0.1', port: Number(process.env.BASELINE_PORT ?? 18081) });
process.stdout.write(`baseline listening on ${app.server.address().port}\n`);
