import { DomainError } from '@shared/domain';
import { DistributionInput, distributeCharge, MAX_DISTRIBUTED_CENTS, UnitInput } from './charge-distribution';

const unit = (unitNumber: string, quota: number, shares: number[] = [1_000_000]): UnitInput => ({
  unitId: `u-${unitNumber}`,
  unitNumber,
  quota,
  owners: shares.map((share, index) => ({ ownerId: `o-${index}`, share })),
});
const input = (overrides: Partial<DistributionInput> = {}): DistributionInput => ({
  amountCents: 10_000,
  totalQuota: 1000,
  units: [unit('A', 600), unit('B', 400)],
  ...overrides,
});
const refusal = (kind: string, code: string) => expect.objectContaining({ kind, code });

describe('distributeCharge: validation', () => {
  it.each([
    0,
    1.5,
    -1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    MAX_DISTRIBUTED_CENTS + 1,
    -MAX_DISTRIBUTED_CENTS - 1,
    1_234_567_891,
  ])('refuses an amount of %p cents', (amountCents) => {
    expect(() => distributeCharge(input({ amountCents }))).toThrow(refusal('invalid', 'INVALID_AMOUNT'));
  });

  it('accepts the ceiling of a credit note and a single cent back', () => {
    expect(distributeCharge(input({ amountCents: -MAX_DISTRIBUTED_CENTS })).units[0]!.amountCents).toBe(-600_000_000);
    expect(distributeCharge(input({ amountCents: -1 })).units.map((part) => part.amountCents)).toEqual([-1, 0]);
  });

  it('accepts the ceiling of 10 million euros and a single cent', () => {
    expect(distributeCharge(input({ amountCents: MAX_DISTRIBUTED_CENTS })).units[0]!.amountCents).toBe(600_000_000);
    expect(distributeCharge(input({ amountCents: 1 })).units.map((part) => part.amountCents)).toEqual([1, 0]);
  });

  it.each([0, -1000, 999.5])('refuses a building total quota of %p', (totalQuota) => {
    expect(() => distributeCharge(input({ totalQuota }))).toThrow(refusal('invalid', 'INVALID_QUOTA'));
  });

  it.each([0, -3, 2.5])('refuses a unit quota of %p', (quota) => {
    expect(() => distributeCharge(input({ units: [unit('A', quota)] }))).toThrow(refusal('invalid', 'INVALID_QUOTA'));
  });

  it('refuses unit quotas summing above the building total as a broken rule', () => {
    const units = [unit('A', 600), unit('B', 401)];
    expect(() => distributeCharge(input({ units }))).toThrow(refusal('rule_violated', 'QUOTA_EXCEEDED'));
    expect(() => distributeCharge(input({ units }))).toThrow(expect.any(DomainError));
  });

  it.each([0, -1, 1_000_001, 0.5])('refuses an owner share of %p ten-thousandths', (share) => {
    const units = [unit('A', 1000, [share])];
    expect(() => distributeCharge(input({ units }))).toThrow(refusal('invalid', 'INVALID_SHARE'));
  });

  it('refuses active shares above 100 % and says by how much', () => {
    const units = [unit('A', 1000, [600_000, 400_001])];
    expect(() => distributeCharge(input({ units }))).toThrow(
      expect.objectContaining({
        kind: 'rule_violated',
        code: 'OWNERSHIP_OVER_100',
        params: { unitNumber: 'A', activeShare: '100.0001' },
      }),
    );
  });

  it('refuses the same unit twice, by id or by number', () => {
    const sameNumber = [unit('A', 10), { ...unit('A', 10), unitId: 'other' }];
    const sameId = [unit('A', 10), { ...unit('B', 10), unitId: 'u-A' }];
    expect(() => distributeCharge(input({ units: sameNumber }))).toThrow(refusal('invalid', 'DUPLICATE_UNIT'));
    expect(() => distributeCharge(input({ units: sameId }))).toThrow(refusal('invalid', 'DUPLICATE_UNIT'));
  });

  it('refuses the same owner twice in one unit', () => {
    const owners = [
      { ownerId: 'o-1', share: 500_000 },
      { ownerId: 'o-1', share: 500_000 },
    ];
    const units = [{ ...unit('A', 10), owners }];
    expect(() => distributeCharge(input({ units }))).toThrow(refusal('invalid', 'DUPLICATE_OWNER'));
  });
});
