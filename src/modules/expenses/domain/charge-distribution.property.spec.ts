import fc from 'fast-check';
import {
  ChargeDistribution,
  DistributionInput,
  distributeCharge,
  MAX_DISTRIBUTED_CENTS,
  OwnerInput,
  UnitInput,
} from './charge-distribution';
import { FULL_SHARE } from '../../../shared/domain';

/**
 * 1..4 owners whose shares are the gaps between sorted cut points, the last cut 100 % (or, for thirds-like
 * recordings, up to 0.0003 % short of it): a complete registry, the only one a split accepts.
 */
const owners = fc
  .record({
    ids: fc.uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: FULL_SHARE - 4 }), { minLength: 4, maxLength: 4 }),
    shortBy: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ ids, cuts, shortBy }): OwnerInput[] => {
    const points = cuts.slice(0, ids.length).sort((a, b) => a - b);
    points[points.length - 1] = FULL_SHARE - shortBy;
    return ids.map((id, index) => ({ ownerId: `owner-${id}`, share: points[index]! - (points[index - 1] ?? 0) }));
  });

// Small quotas repeat a lot, which exercises the tie-break; unit numbers are short strings of any characters.
const unitArb = fc.record({
  unitNumber: fc.string({ minLength: 1, maxLength: 4 }),
  quota: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1000 })),
  owners,
});

// fast-check keeps arrays short by default: one building in three is drawn with 400 to 500 units.
const unitsArb: fc.Arbitrary<UnitInput[]> = fc
  .oneof(
    {
      arbitrary: fc.uniqueArray(unitArb, { selector: (unit) => unit.unitNumber, minLength: 1, maxLength: 500 }),
      weight: 2,
    },
    {
      arbitrary: fc.uniqueArray(unitArb, { selector: (unit) => unit.unitNumber, minLength: 400, maxLength: 500 }),
      weight: 1,
    },
  )
  .map((units) => units.map((unit, index) => ({ unitId: `unit-${index}`, ...unit })));

const inputArb: fc.Arbitrary<DistributionInput> = fc
  .record({
    units: unitsArb,
    amountCents: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: MAX_DISTRIBUTED_CENTS })),
    creditNote: fc.boolean(),
  })
  .map(({ units, amountCents, creditNote }) => ({
    amountCents: creditNote ? -amountCents : amountCents,
    units,
    totalQuota: units.reduce((acc, unit) => acc + unit.quota, 0),
  }));

/** |part − numerator / denominator| < 1, by cross-multiplication in BigInt. */
function withinOneCent(part: number, numerator: bigint, denominator: bigint): boolean {
  const gap = BigInt(part) * denominator - numerator;
  return gap > -denominator && gap < denominator;
}

// The checks collect problems instead of calling expect per part: one expect per run keeps 500-unit runs fast.
function unitProblems(input: DistributionInput, result: ChargeDistribution): string[] {
  const q = BigInt(input.totalQuota);
  const a = BigInt(input.amountCents);
  const problems: string[] = [];
  const unitSum = result.units.reduce((acc, unit) => acc + unit.amountCents, 0);
  if (unitSum !== input.amountCents) problems.push(`sum ${unitSum}`);
  for (const unit of result.units) {
    if (!withinOneCent(unit.amountCents, a * BigInt(unit.quota), q)) problems.push(`unit ${unit.unitNumber}`);
  }
  return problems;
}

function ownerProblems(result: ChargeDistribution): string[] {
  return result.units.flatMap((unit) => {
    const problems: string[] = [];
    const ownerSum = unit.owners.reduce((acc, owner) => acc + owner.amountCents, 0);
    if (ownerSum !== unit.amountCents) problems.push(`unit ${unit.unitNumber}: owners sum ${ownerSum}`);
    const shares = unit.owners.map((owner) => BigInt(owner.share.replace('.', '')));
    const activeShare = shares.reduce((acc, share) => acc + share, 0n);
    unit.owners.forEach((owner, index) => {
      const exactTimesShares = BigInt(unit.amountCents) * shares[index]!;
      if (!withinOneCent(owner.amountCents, exactTimesShares, activeShare)) problems.push(`owner ${owner.ownerId}`);
    });
    return problems;
  });
}

/** Fisher-Yates driven by fast-check's random source, so a failing order is reproducible and shrinkable. */
function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (keys[i % keys.length] ?? 0) % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('distributeCharge properties', () => {
  it('sums exactly at both stages and keeps every part within one cent of its exact value', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = distributeCharge(input);
        expect(unitProblems(input, result)).toEqual([]);
        expect(ownerProblems(result)).toEqual([]);
      }),
      { numRuns: 250 },
    );
  });

  it('splits a credit note as the exact negation of the invoice', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const negated = distributeCharge({ ...input, amountCents: -input.amountCents });
        const mirror = (n: number) => (n === 0 ? 0 : -n);
        expect(negated.units).toEqual(
          distributeCharge(input).units.map((u) => ({
            ...u,
            amountCents: mirror(u.amountCents),
            owners: u.owners.map((o) => ({ ...o, amountCents: mirror(o.amountCents) })),
          })),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same result whatever the order of units and owners', () => {
    const keys = fc.array(fc.nat(), { minLength: 1, maxLength: 64 });
    fc.assert(
      fc.property(inputArb, keys, (input, order) => {
        const units = shuffled(input.units, order).map((unit) => ({ ...unit, owners: shuffled(unit.owners, order) }));
        expect(distributeCharge({ ...input, units })).toEqual(distributeCharge(input));
      }),
      { numRuns: 200 },
    );
  });
});
