import { distributeCharge, OwnerInput, UnitInput } from './charge-distribution';
import { parseShare } from '../../../shared/domain';

const owner = (ownerId: string, share: string): OwnerInput => ({ ownerId, share: parseShare(share) });
const unit = (unitNumber: string, quota: number, owners: OwnerInput[] = [owner(`o-${unitNumber}`, '100')]) => ({
  unitId: `u-${unitNumber}`,
  unitNumber,
  quota,
  owners,
});
const unitCents = (amountCents: number, totalQuota: number, units: UnitInput[]) =>
  distributeCharge({ amountCents, totalQuota, units }).units.map((part) => [part.unitNumber, part.amountCents]);

describe('distributeCharge: unit parts', () => {
  it('splits 1,000.00 EUR over 333/333/334 thousandths as 333.00/333.00/334.00', () => {
    const result = distributeCharge({
      amountCents: 100_000,
      totalQuota: 1000,
      units: [unit('A', 333), unit('B', 333), unit('C', 334)],
    });
    expect(result.units.map((part) => part.amountCents)).toEqual([33_300, 33_300, 33_400]);
    expect(result.amountCents).toBe(100_000);
  });

  it('gives the odd cent of 100.00 EUR over three equal units to the first unit number', () => {
    expect(unitCents(10_000, 3, [unit('C', 1), unit('A', 1), unit('B', 1)])).toEqual([
      ['A', 3334],
      ['B', 3333],
      ['C', 3333],
    ]);
  });

  it('compares unit numbers as plain strings: "10" comes before "2" and "9"', () => {
    expect(unitCents(10_000, 3, [unit('2', 1), unit('9', 1), unit('10', 1)])).toEqual([
      ['10', 3334],
      ['2', 3333],
      ['9', 3333],
    ]);
  });

  it('lets a larger remainder win over a smaller unit number', () => {
    // 10 cents over 1/2/3 of 6: 1.67, 3.33, 5.00; the cent goes to the .67 of unit "Z", not to "A"
    expect(unitCents(10, 6, [unit('Z', 1), unit('A', 2), unit('M', 3)])).toEqual([
      ['A', 3],
      ['M', 5],
      ['Z', 2],
    ]);
  });

  it('gives the same result whatever the input order', () => {
    const units = [unit('B', 7), unit('A', 7), unit('C', 7), unit('D', 5)];
    const once = distributeCharge({ amountCents: 1001, totalQuota: 26, units });
    const again = distributeCharge({ amountCents: 1001, totalQuota: 26, units: [...units].reverse() });
    expect(again).toEqual(once);
  });
});

describe('distributeCharge: an incomplete registry', () => {
  const refusal = (errors: unknown[]) => expect.objectContaining({ code: 'REGISTRY_INCOMPLETE', errors });

  it('refuses quotas below the building total: no cent stays with the building', () => {
    const units = [unit('A', 300), unit('B', 300), unit('C', 300)];
    expect(() => distributeCharge({ amountCents: 100_000, totalQuota: 1000, units, on: '2026-08-01' })).toThrow(
      refusal([
        expect.objectContaining({ field: 'quotas', message: "On 2026-08-01 the units' quotas add up to 900 of 1000" }),
      ]),
    );
  });

  it('refuses a unit owned 60 % and a unit nobody owns, one reason each', () => {
    const units = [unit('A', 500, [owner('x', '60')]), unit('B2', 500, [])];
    expect(() => distributeCharge({ amountCents: 1000, totalQuota: 1000, units, on: '2026-08-01' })).toThrow(
      refusal([
        expect.objectContaining({ field: 'units.A.owners', message: 'On 2026-08-01 unit A is owned 60.0000 %' }),
        expect.objectContaining({ field: 'units.B2.owners', message: 'On 2026-08-01 unit B2 is owned 0.0000 %' }),
      ]),
    );
  });

  it('refuses a building without units', () => {
    expect(() => distributeCharge({ amountCents: 12_345, totalQuota: 1000, units: [] })).toThrow(
      refusal([expect.anything()]),
    );
  });

  it('accepts thirds recorded as 3 × 33.3333 % (within the 0.0003 % tolerance) but not 99.9996 %', () => {
    const thirds = [owner('a', '33.3333'), owner('b', '33.3333'), owner('c', '33.3333')];
    expect(
      distributeCharge({ amountCents: 100, totalQuota: 1, units: [unit('A', 1, thirds)] }).units[0]!.owners.map(
        (o) => o.amountCents,
      ),
    ).toEqual([34, 33, 33]);
    const short = [owner('a', '33.3332'), owner('b', '33.3332'), owner('c', '33.3332')];
    expect(() => distributeCharge({ amountCents: 100, totalQuota: 1, units: [unit('A', 1, short)] })).toThrow(
      refusal([expect.anything()]),
    );
  });
});

describe('distributeCharge: credit notes', () => {
  const units = [unit('A', 1), unit('B', 1), unit('C', 1, [owner('x', '33.3333'), owner('y', '66.6667')])];
  const parts = (amountCents: number) =>
    distributeCharge({ amountCents, totalQuota: 3, units }).units.map((u) => [
      u.amountCents,
      u.owners.map((o) => o.amountCents),
    ]);

  it('splits -100.00 EUR as the exact negation of 100.00 EUR, owners included', () => {
    expect(parts(-10_000)).toEqual([
      [-3334, [-3334]],
      [-3333, [-3333]],
      [-3333, [-1111, -2222]],
    ]);
    for (const amount of [1, 2, 7, 10_001, 999_999]) {
      expect(parts(-amount)).toEqual(
        parts(amount).map(([unitCents, owners]) => [
          (unitCents as number) === 0 ? 0 : -(unitCents as number),
          (owners as number[]).map((c) => (c === 0 ? 0 : -c)),
        ]),
      );
    }
  });

  it('writes a zero part of a credit note as 0, never -0', () => {
    expect(Object.is(parts(-1)[2]![0], 0)).toBe(true);
  });
});

describe('distributeCharge: owners inside a unit', () => {
  const ownersOf = (amountCents: number, owners: OwnerInput[]) =>
    distributeCharge({ amountCents, totalQuota: 1000, units: [unit('A', 1000, owners)] }).units[0]!;

  it('splits 333.34 EUR owned 60/40 as 200.00/133.34', () => {
    // 33334 × 0.6 = 20000.4 and 33334 × 0.4 = 13333.6: floors 20000 + 13333, the cent goes to the .6
    const part = ownersOf(33_334, [owner('bob', '40'), owner('alice', '60')]);
    expect(part.owners).toEqual([
      { ownerId: 'alice', share: '60.0000', amountCents: 20_000 },
      { ownerId: 'bob', share: '40.0000', amountCents: 13_334 },
    ]);
  });

  it('gives the odd cent of a 50/50 split to the first owner id', () => {
    const part = ownersOf(3, [owner('owner-b', '50'), owner('owner-a', '50')]);
    expect(part.owners.map((o) => [o.ownerId, o.amountCents])).toEqual([
      ['owner-a', 2],
      ['owner-b', 1],
    ]);
  });

  it('rewards the 4th decimal: 33.3334 % takes the odd cent of 1.00 EUR', () => {
    const part = ownersOf(100, [owner('c', '33.3334'), owner('a', '33.3333'), owner('b', '33.3333')]);
    expect(part.owners.map((o) => o.amountCents)).toEqual([33, 33, 34]);
  });
});
