// The bare baseline of `npm run bench`: Fastify + pg, no Nest, no ORM, no authentication, the same pool size.
//   GET /buildings/:id           the API's SQL for one building, one statement, as the connecting account
//   GET /tenant/buildings/:id    the database work the API does for that route: its tenant read (SET LOCAL of the
//                                signed tenant claim and the same SELECT as role koprogo_app, in one simple-protocol
//                                round trip)
// The organization comes from the x-organization-id header (there is no token). Environment: BASELINE_DATABASE_URL
// (the platform role: it sees every organization), BASELINE_TENANT_URL and BASELINE_TENANT_KEY (hex) for the tenant
// read, BASELINE_PORT, BASELINE_POOL_MAX (10 per pool).
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(import.meta.dirname, '..', 'package.json'));
const Fastify = require('fastify');
const { Pool } = require('pg');
const { createHash } = require('node:crypto');

// The columns of src/modules/buildings/infrastructure/buildings.table.ts, as the API selects them.
const BUILDING_SQL =
  'SELECT id, organization_id, name, name_key, address, city, city_key, postal_code, country, total_units, total_quota, ' +
  'construction_year, unit_count, allocated_quota, created_at, updated_at FROM buildings b ' +
  'WHERE b.organization_id = $1 AND b.id = $2';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const url = process.env.BASELINE_DATABASE_URL;
if (!url) throw new Error('BASELINE_DATABASE_URL is required');
const max = Number(process.env.BASELINE_POOL_MAX ?? 10);
const bare = new Pool({ connectionString: url, max });
// As role koprogo_app, as the API's tenant pool, so the row-level policies apply.
const tenant = new Pool({ connectionString: process.env.BASELINE_TENANT_URL, max });
const tenantKey = Buffer.from(process.env.BASELINE_TENANT_KEY ?? '', 'hex');
const claim = (organizationId) =>
  `${organizationId}.${createHash('sha256').update(tenantKey).update(organizationId).digest('hex')}`;

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
  unitCount: r.unit_count,
  allocatedQuota: r.allocated_quota,
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
  const { rows } = await bare.query(BUILDING_SQL, values);
  if (!rows[0]) return reply.code(404).send({ title: 'NOT_FOUND' });
  return toResponse(rows[0]);
});

// What the API's tenant read costs, without the framework: SET LOCAL app.tenant and the same SELECT under
// row-level security (as role koprogo_app) in one simple-protocol round trip, values written as literals, as
// TenantDatabase.reader does (src/shared/persistence/tenant-database.ts). The ids are checked UUIDs. The API's
// session check is cached in memory, so it costs no round trip here either.
const TENANT_SQL = BUILDING_SQL.replace('$1', "'%org'").replace('$2', "'%id'");
app.get('/tenant/buildings/:id', async (request, reply) => {
  const values = params(request, reply);
  if (!values) return { title: 'VALIDATION_FAILED' };
  const [organizationId, id] = values.map((v) => v.toLowerCase());
  const [, { rows }] = await tenant.query(
    `SET LOCAL app.tenant = '${claim(organizationId)}';\n` +
      TENANT_SQL.replace('%org', organizationId).replace('%id', id),
  );
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
