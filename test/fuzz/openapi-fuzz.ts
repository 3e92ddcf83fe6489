import fc from 'fast-check';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { Response } from 'light-my-request';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aBuildingWithUnits, aCreateOwnerRequest } from '../builders/registry.builders';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { platformQuery, TenantSession } from '../support/tenant-session';
import { sql } from '../../src/shared/persistence/sql';

/**
 * Hostile requests derived from the published API contract (openapi.json): whatever a client sends, the API answers
 * with a problem it can read (4xx, application/problem+json with a `code`) or does the work, never a 500; and a refused
 * request leaves the data as it was.
 */

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
type Parameter = { name: string; in: string; schema?: Schema };
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Operation {
  readonly method: Method;
  /** The path as published, with `{id}` placeholders. */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  readonly body?: Schema;
  /** `METHOD /path`, the name used in reports and in the known-failure list. */
  readonly name: string;
}

export interface Variant {
  readonly kind: 'body' | 'query' | 'path';
  readonly url: string;
  /** The raw JSON text sent, for body variants. */
  readonly payload?: string;
}

const document = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema> };
};

const resolve = (schema: Schema | undefined): Schema => {
  let s = schema ?? {};
  while (s.$ref) s = document.components.schemas[s.$ref.split('/').pop() as string] ?? {};
  const composed = s.allOf?.[0] ?? s.oneOf?.[0] ?? s.anyOf?.[0];
  return composed ? resolve(composed) : s;
};

/** The operations worth attacking: JSON bodies, query parameters, and every path that names a record. */
export function fuzzableOperations(): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [verb, op] of Object.entries(methods)) {
      const method = verb.toUpperCase() as Method;
      const parameters = op.parameters ?? [];
      const body = op.requestBody?.content['application/json']?.schema;
      const queryParams = parameters.filter((p) => p.in === 'query');
      const pathParams = parameters.filter((p) => p.in === 'path').map((p) => p.name);
      if (!body && queryParams.length === 0 && pathParams.length === 0) continue;
      operations.push({ method, path, pathParams, queryParams, body, name: `${method} ${path}` });
    }
  }
  return operations;
}

// --- Hostile values ---

const loneSurrogates = fc.constantFrom('\uD800', 'a\uDFFFb', '\uDBFF\uD800x', '😀'.slice(0, 1));
const nul = fc.constantFrom('\u0000', 'a\u0000b', 'Rue\u0000Haute');
const numberLike = fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '1e-300', '0x1F', '1_000', ' 1 ', '', '-0');
const odd = fc.constantFrom(
  1e-300,
  -1e-300,
  1e308,
  -1,
  -0,
  0.5,
  0.00001,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  2 ** 31,
  2 ** 63,
  true,
  false,
  null,
  [],
  {},
  [[[[[]]]]],
  { $gt: '' },
  '2024-02-30',
  '9999-99-99',
  '+275760-09-13T00:00:00Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '<script>alert(1)</script>',
  "'; DROP TABLE buildings; --",
  '../../etc/passwd',
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  odd,
  numberLike,
  loneSurrogates,
  nul,
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 300, max: 20_000 }).map((n) => 'x'.repeat(n)),
  fc.constant(randomUUID()),
  fc.anything({ maxDepth: 4, maxKeys: 5 }),
);

// --- A plausible body, so that one hostile field reaches past the others ---

export interface World {
  readonly organizationId: string;
  readonly buildingId: string;
  readonly unitId: string;
  readonly otherUnitId: string;
  readonly ownerId: string;
  readonly otherOwnerId: string;
  readonly expenseId: string;
  readonly meetingId: string;
  readonly agendaItemId: string;
  readonly keyId: string;
  readonly userId: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** Values the API accepts for fields whose rules a schema type alone does not say (formats of Belgian data, dates). */
const KNOWN_GOOD: Record<string, () => unknown> = {
  country: () => 'BE',
  postalCode: () => '1000',
  phone: () => '+3225551234',
  password: () => 'correct horse battery staple',
  slug: () => `fuzz-${randomUUID().slice(0, 8)}`,
  name: () => `Fuzz ${randomUUID().slice(0, 8)}`,
  unitNumber: () => `F-${randomUUID().slice(0, 6)}`,
  code: () => '619999',
  amountCents: () => 12_345,
  constructionYear: () => 1990,
  totalUnits: () => 10,
  totalQuota: () => 1000,
  quota: () => 10,
  surfaceArea: () => 50,
  share: () => 10,
  weight: () => 1,
  scheduledAt: () => new Date(Date.now() + 30 * DAY).toISOString(),
  paidAt: () => new Date().toISOString().slice(0, 10),
  until: () => '2025-12-31',
};

/** A body the API would likely accept: the required fields, and the optional ones whose good values are known. */
export function plausible(schema: Schema | undefined, name: string, world: World): unknown {
  const s = resolve(schema);
  const known = KNOWN_GOOD[name];
  if (known) return known();
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.type === 'object' || s.properties) {
    const required = new Set(s.required ?? []);
    const fields = Object.entries(s.properties ?? {}).filter(([k]) => required.has(k) || KNOWN_GOOD[k]);
    return Object.fromEntries(fields.map(([k, v]) => [k, plausible(v, k, world)]));
  }
  if (s.type === 'array') return [plausible(s.items, name, world)];
  if (s.type === 'integer' || s.type === 'number') return Math.max(s.minimum ?? 1, 1);
  if (s.type === 'boolean') return true;
  if (s.format === 'uuid' || /Id$/.test(name)) {
    const ids: Record<string, string> = {
      ...world,
      id: world.buildingId,
      fromOwnerId: world.ownerId,
      toOwnerId: world.otherOwnerId,
    };
    return ids[name] ?? world.buildingId;
  }
  if (s.format === 'email' || name === 'email') return `fuzz.${randomUUID().slice(0, 8)}@example.be`;
  if (s.format === 'date-time') return new Date(Date.now() + 30 * DAY).toISOString();
  if (s.format === 'date' || /Date$|^date$|^from$|^to$|^givenOn$|^validFrom$|^quotaValidFrom$/.test(name))
    return new Date().toISOString().slice(0, 10);
  return 'Fuzz'.padEnd(s.minLength ?? 4, 'z');
}

// --- Variants ---

const encode = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
  try {
    return encodeURIComponent(text);
  } catch {
    // A lone surrogate has no UTF-8 form: send the bytes a broken client would (an encoded surrogate half).
    return '%ED%A0%80';
  }
};

const badPathValue = fc.oneof(
  fc.constantFrom(
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    '%00',
    '%ED%A0%80',
    '..%2F..%2Fhealth',
    '1e-300',
    '-1',
    'NaN',
    '%20',
    `${randomUUID()}%20`,
    `${randomUUID()}x`,
    'x'.repeat(2000),
  ),
  fc.uuid().map((u) => u),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map(encode),
);

/** The URL of an operation with every path parameter naming a real record of the world. */
export function realPath(op: Operation, world: World): string {
  const real: Record<string, string> = {
    keyId: world.keyId,
    itemId: world.agendaItemId,
    ownerId: world.ownerId,
    buildingId: world.buildingId,
    code: '610000',
  };
  const byResource: [RegExp, string][] = [
    [/^\/api\/v1\/buildings\/\{id\}/, world.buildingId],
    [/^\/api\/v1\/units\/\{id\}/, world.unitId],
    [/^\/api\/v1\/owners\/\{id\}/, world.ownerId],
    [/^\/api\/v1\/expenses\/\{id\}/, world.expenseId],
    [/^\/api\/v1\/meetings\/\{id\}/, world.meetingId],
    [/^\/api\/v1\/organizations\/\{id\}/, world.organizationId],
    [/^\/api\/v1\/users\/\{id\}/, world.userId],
    [/^\/api\/v1\/documents\/\{id\}/, randomUUID()],
  ];
  const id = byResource.find(([re]) => re.test(op.path))?.[1] ?? randomUUID();
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? id : (real[name] ?? randomUUID())));
}

/**
 * Required fields the published contract does not list (the expense amount): added so that the other fields' hostile
 * values are judged on a body that is otherwise complete.
 */
const MISSING_FROM_CONTRACT: Record<string, Record<string, unknown>> = {
  'POST /api/v1/expenses': { amountCents: 12_345 },
  'PUT /api/v1/expenses/{id}': { amountCents: 12_345 },
};

/**
 * Each field of the operation's plausible body set in turn to null, an empty string and an empty array, at the top
 * level and inside nested objects: the values clients send for "nothing", the ones random choice reaches least often.
 */
export function emptyValueVariants(op: Operation, world: World): Variant[] {
  if (!op.body || isPathOnly(op)) return [];
  const url = realPath(op, world);
  const base = { ...(plausible(op.body, '', world) as object), ...MISSING_FROM_CONTRACT[op.name] } as Record<
    string,
    unknown
  >;
  const variants: Variant[] = [];
  const visit = (object: Record<string, unknown>, rebuild: (inner: Record<string, unknown>) => unknown) => {
    for (const [key, value] of Object.entries(object)) {
      for (const empty of [null, '', []]) {
        variants.push(printable({ kind: 'body', url, payload: JSON.stringify(rebuild({ ...object, [key]: empty })) }));
      }
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        visit(value as Record<string, unknown>, (inner) => rebuild({ ...object, [key]: inner }));
      }
    }
  };
  visit(base, (inner) => inner);
  return variants;
}

/** How a variant reads in a failure report: long enough to replay by hand, short enough to read. */
export const describeVariant = (variant: Variant): string => {
  const cut = (text: string) => (text.length > 240 ? `${text.slice(0, 240)}… (${text.length} characters)` : text);
  return `${variant.kind} ${cut(variant.url)}${variant.payload === undefined ? '' : ` ${cut(variant.payload)}`}`;
};

const printable = (variant: Variant): Variant =>
  Object.assign(variant, { [fc.toStringMethod]: () => describeVariant(variant) });

/** Hostile variants of one operation: bodies, query strings, path parameters. */
export function variants(op: Operation, world: World): fc.Arbitrary<Variant> {
  return anyVariant(op, world).map(printable);
}

function anyVariant(op: Operation, world: World): fc.Arbitrary<Variant> {
  const url = realPath(op, world);
  const arbitraries: fc.Arbitrary<Variant>[] = [];
  const pathOnly = isPathOnly(op);

  if (op.body && !pathOnly) {
    const base = { ...(plausible(op.body, '', world) as object), ...MISSING_FROM_CONTRACT[op.name] } as Record<
      string,
      unknown
    >;
    const keys = Object.keys(base);
    const body = (payload: string): Variant => ({ kind: 'body', url, payload });
    const field = keys.length
      ? fc
          .tuple(fc.constantFrom(...keys), hostileValue)
          .map(([key, value]) => body(JSON.stringify({ ...base, [key]: value })))
      : fc.constant(body(JSON.stringify({ unexpected: true })));
    const nestedInside = keys.length
      ? fc
          .tuple(fc.constantFrom(...keys), hostileValue)
          .map(([key, value]) => body(JSON.stringify({ ...base, [key]: [[value], { value }] })))
      : field;
    const unknownFields = fc
      .dictionary(fc.string({ minLength: 1, maxLength: 12 }), hostileValue, { minKeys: 1, maxKeys: 4 })
      .map((extra) => body(JSON.stringify({ ...base, ...extra, organizationId: randomUUID(), role: 'superadmin' })));
    const whole = hostileValue.map((value) => body(JSON.stringify(value) ?? 'null'));
    const raw = fc
      .constantFrom(
        '{',
        '{"a":',
        'NaN',
        '1e999',
        '{"__proto__":{"admin":true}}',
        '{"constructor":{"prototype":{"admin":true}}}',
        `${'['.repeat(300)}${']'.repeat(300)}`,
        '\u0000',
        '"\\ud800"',
        '{"name":"\\u0000"}',
      )
      .map(body);
    arbitraries.push(field, field, nestedInside, unknownFields, whole, raw);
  }

  if (op.queryParams.length && !pathOnly) {
    const names = op.queryParams.map((p) => p.name);
    const query = fc
      .tuple(fc.constantFrom(...names), hostileValue, fc.boolean())
      .map(([name, value, twice]): Variant => {
        const pair = `${name}=${encode(value)}`;
        return { kind: 'query', url: `${url}?${pair}${twice ? `&${pair}&${name}=1` : ''}` };
      });
    const unknown = fc
      .tuple(fc.string({ minLength: 1, maxLength: 10 }).map(encode), hostileValue)
      .map(([name, value]): Variant => ({ kind: 'query', url: `${url}?${name}=${encode(value)}` }));
    arbitraries.push(query, query, unknown);
  }

  if (op.pathParams.length) {
    const path = fc.tuple(fc.constantFrom(...op.pathParams), badPathValue).map(([name, value]): Variant => {
      const bad = realPath(op, world).split('/');
      const template = op.path.split('/');
      const index = template.indexOf(`{${name}}`);
      bad[index] = value;
      const payload = op.body ? JSON.stringify(plausible(op.body, '', world)) : undefined;
      return { kind: 'path', url: bad.join('/'), payload };
    });
    arbitraries.push(path);
  }

  return fc.oneof(...arbitraries);
}

/**
 * Deleting for real would wipe the records the other operations are attacked through, and cancelling the meeting would
 * close it to the agenda operations: these are attacked through bad paths only.
 */
const NOT_FUZZED_WITH_REAL_PATHS = new Set([
  'DELETE',
  'PUT /api/v1/meetings/{id}/cancel',
  // Closing the books is for good: every dated write of the building would be refused afterwards.
  'POST /api/v1/buildings/{id}/closings',
]);

/** Variants that could do real harm when they succeed are only sent with a bad path (which must not succeed). */
export function isPathOnly(op: Operation): boolean {
  return (
    NOT_FUZZED_WITH_REAL_PATHS.has(op.method) ||
    NOT_FUZZED_WITH_REAL_PATHS.has(op.name) ||
    (!op.body && op.queryParams.length === 0)
  );
}

/** The organization the fuzzing works in: a building with units, an owner, an expense, a meeting with an agenda, a key. */
export async function seedWorld(syndic: TenantSession): Promise<World> {
  const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [400, 300, 200], { totalUnits: 10 });
  const ownerId = (await syndic.post('/owners', aCreateOwnerRequest())).id;
  const otherOwnerId = (await syndic.post('/owners', aCreateOwnerRequest())).id;
  await syndic.post(`/units/${unitIds[0]}/owners`, { ownerId, share: 100 });
  const expenseId = (await syndic.post('/expenses', aCreateExpenseRequest(buildingId))).id;
  const meeting = await syndic.post<{ id: string; agenda: { id: string }[] }>('/meetings', {
    buildingId,
    type: 'ordinary',
    title: 'Assemblée générale ordinaire',
    scheduledAt: new Date(Date.now() + 30 * DAY).toISOString(),
    location: 'Salle communale',
    agenda: [{ title: 'Approbation des comptes' }, { title: 'Budget' }],
  });
  const keyId = (
    await syndic.post(`/buildings/${buildingId}/keys`, {
      name: 'Ascenseur',
      weights: [
        { unitId: unitIds[1], weight: 1 },
        { unitId: unitIds[2], weight: 2 },
      ],
    })
  ).id;
  // The chart of accounts is written on the organization's first use of it: done here, so that it is part of the
  // starting state rather than a change a refused request would seem to make.
  await syndic.get('/pcn/accounts');
  const other = await syndic.as('owner');
  return {
    organizationId: syndic.organizationId,
    buildingId,
    unitId: unitIds[0] as string,
    otherUnitId: unitIds[1] as string,
    ownerId,
    otherOwnerId,
    expenseId,
    meetingId: meeting.id,
    agendaItemId: meeting.agenda[0]?.id ?? randomUUID(),
    keyId,
    userId: other.userId,
  };
}

/**
 * A fingerprint of every table's content, read as the platform (across organizations). The audit trail is left out:
 * recording a refused login is its purpose.
 */
export async function snapshot(app: NestFastifyApplication): Promise<Record<string, string>> {
  const rows = await platformQuery<{ table_name: string; fingerprint: string }>(
    app,
    sql`SELECT table_name::text AS table_name,
               (xpath('/row/f/text()',
                      query_to_xml(format('SELECT count(*) || md5(coalesce(string_agg(t::text, chr(10) ORDER BY t::text), chr(32))) AS f FROM %I t', table_name),
                                   false, true, '')))[1]::text AS fingerprint
          FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
           AND table_name NOT IN (SELECT unnest(${['audit_events', 'migrations', 'typeorm_migrations']}::text[]))
         ORDER BY table_name`,
  );
  return Object.fromEntries(rows.map((r) => [r.table_name, r.fingerprint]));
}

export interface Finding {
  readonly operation: string;
  readonly variant: Variant;
  readonly status: number;
  readonly problem: string;
}

/** Sends one variant as the session and says what is wrong with the answer, if anything. */
export async function attack(
  app: NestFastifyApplication,
  session: TenantSession,
  op: Operation,
  variant: Variant,
): Promise<{ res: Response; problem?: string; changed?: boolean }> {
  const before = await snapshot(app);
  const headers: Record<string, string> = {};
  if (variant.payload !== undefined) headers['content-type'] = 'application/json';
  const res = await session.request(op.method, variant.url, variant.payload, headers);
  if (res.statusCode >= 500) return { res, problem: `${res.statusCode}: ${res.body.slice(0, 300)}` };
  if (res.statusCode >= 400) {
    const type = String(res.headers['content-type'] ?? '');
    if (!type.includes('application/problem+json'))
      return { res, problem: `${res.statusCode} not problem+json (${type})` };
    const body = JSON.parse(res.body) as { code?: unknown };
    if (typeof body.code !== 'string' || !body.code) return { res, problem: `${res.statusCode} without a code` };
    const after = await snapshot(app);
    const changed = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
    if (changed.length) return { res, problem: `${res.statusCode} ${body.code} but changed ${changed.join(', ')}` };
  }
  return { res };
}
