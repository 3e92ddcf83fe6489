import fc from 'fast-check';
import { sql } from '../../src/shared/persistence/sql';
import { TenantDatabase } from '../../src/shared/persistence/tenant-database';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

/**
 * Whatever a value holds, the one-round-trip reader (which writes values into the statement as literals) and the
 * transaction (which binds them) store and return it unchanged, and the statement keeps its shape: one result, the
 * columns it names, the rows it touches.
 */
describe('values in statements (property)', () => {
  let api: TestApp;
  let alice: TenantSession;
  let db: TenantDatabase;
  let nextCode = 600_000;

  beforeAll(async () => {
    api = await createTestApp();
    alice = await TenantSession.forNewOrganization(api.app);
    db = api.app.get(TenantDatabase);
  });
  afterAll(() => api.close());

  // PostgreSQL text holds any Unicode except NUL; quotes, backslashes, dollars and comment marks are the interesting part.
  const hostile = fc.constantFrom(
    "'",
    "''",
    '\\',
    "\\'",
    '$1',
    '$$',
    '$a$',
    ';',
    '--',
    '/*',
    '*/',
    'E',
    '"',
    '\n',
    '%',
    '?',
  );
  const text = fc
    .array(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 12 })
    .map((parts) => parts.join('').replace(/\0/g, ''));
  const number = fc.oneof(
    fc.integer(),
    fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );

  it('reads any text and number back unchanged, in a statement of the same shape', async () => {
    await fc.assert(
      fc.asyncProperty(text, number, text, async (a, n, b) => {
        const rows = await db
          .reader(alice.organizationId)
          .rows(sql`SELECT ${a}::text AS a, ${n}::float8 AS n, ${b}::text AS b, ${[a, b]}::text[] AS list`);
        expect(rows).toEqual([{ a, n: Object.is(n, -0) ? 0 : n, b, list: [a, b] }]);
      }),
      { numRuns: 150 },
    );
  });

  it('stores any text through both executors and reads it back unchanged, touching only its own row', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, async (fr, nl) => {
        const labelFr = `x${fr}`.slice(0, 200);
        const labelNl = `y${nl}`.slice(0, 200);
        const code = String(nextCode++);
        await db.writeOnce(
          alice.organizationId,
          sql`INSERT INTO organization_accounts (organization_id, code, parent_code, label_fr, label_nl) VALUES (${alice.organizationId}, ${code}, '6', ${labelFr}, ${labelNl})`,
        );
        const touched = await db.transaction(alice.organizationId, (tx) =>
          tx.execute(
            sql`UPDATE organization_accounts SET label_en = ${labelNl} WHERE organization_id = ${alice.organizationId} AND code = ${code}`,
          ),
        );
        expect(touched).toBe(1);
        const rows = await db
          .reader(alice.organizationId)
          .rows(
            sql`SELECT label_fr, label_nl, label_en FROM organization_accounts WHERE organization_id = ${alice.organizationId} AND code = ${code}`,
          );
        expect(rows).toEqual([{ label_fr: labelFr, label_nl: labelNl, label_en: labelNl }]);
      }),
      { numRuns: 60 },
    );
    const [count] = await db
      .reader(alice.organizationId)
      .rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM organization_accounts WHERE code >= '600000' AND code < ${String(nextCode)}`,
      );
    expect(count?.n).toBe(nextCode - 600_000);
  });
});
