import fc from 'fast-check';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';
import {
  attack,
  describeVariant,
  emptyValueVariants,
  fuzzableOperations,
  Operation,
  seedWorld,
  variants,
  World,
} from '../fuzz/openapi-fuzz';

/**
 * Every operation of the published contract, attacked with hostile inputs: never a 500, every refusal a problem with a
 * `code`, and a refused request changes nothing. `npm test` sends a few variants per operation; `npm run fuzz` sends
 * FUZZ_RUNS of them (FUZZ_SEED replays a run).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/**
 * Operations known to answer a 500 to some hostile input, each waiting for its fix (see issue 19). They are skipped so
 * that the rest of the suite stays meaningful; remove an entry once its fix lands.
 */
const KNOWN_FAILURES: Record<string, string> = {};

describe('OpenAPI fuzzing', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let superadmin: TenantSession;
  let signingOut: TenantSession;
  let world: World;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    superadmin = await TenantSession.superadmin(api.app);
    signingOut = await syndic.as('syndic');
    world = await seedWorld(syndic);
  });
  afterAll(async () => {
    if (RUNS > 3) {
      const lines = Object.entries(statuses).map(([op, counts]) => `${op}: ${JSON.stringify(counts)}`);
      process.stdout.write(`\nAnswers per operation (FUZZ_RUNS=${RUNS}):\n${lines.join('\n')}\n`);
    }
    await api.close();
  });

  /** How often each operation answered each status: a run that only ever reaches 404 proves little. */
  const statuses: Record<string, Record<number, number>> = {};

  // The platform's organizations are the superadmin's; signing out would end the session the others are attacked with.
  const sessionFor = (op: Operation) =>
    op.path.startsWith('/api/v1/organizations') ? superadmin : op.path === '/api/v1/auth/logout' ? signingOut : syndic;

  const operations = fuzzableOperations();

  it('finds the operations of the contract', () => {
    expect(operations.length).toBeGreaterThan(60);
  });

  describe.each(operations.map((op) => [op.name, op] as const))('%s', (name, op) => {
    const test = KNOWN_FAILURES[name] ? it.skip : it;
    test('survives null, an empty string and an empty list in each field', async () => {
      for (const variant of emptyValueVariants(op, world)) {
        const { res, problem } = await attack(api.app, sessionFor(op), op, variant);
        const counts = (statuses[name] ??= {});
        counts[res.statusCode] = (counts[res.statusCode] ?? 0) + 1;
        if (problem) throw new Error(`${name}: ${describeVariant(variant)} → ${problem}`);
      }
    });

    test(
      `survives ${RUNS} hostile variants`,
      async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.constant(null).chain(() => variants(op, world)),
            async (variant) => {
              const { res, problem } = await attack(api.app, sessionFor(op), op, variant);
              const counts = (statuses[name] ??= {});
              counts[res.statusCode] = (counts[res.statusCode] ?? 0) + 1;
              if (problem) throw new Error(`${name}: ${describeVariant(variant)} → ${problem}`);
            },
          ),
          { numRuns: RUNS, seed: SEED, endOnFailure: RUNS > 10 ? false : true },
        );
      },
      Math.max(60_000, RUNS * 2_000),
    );
  });
});
