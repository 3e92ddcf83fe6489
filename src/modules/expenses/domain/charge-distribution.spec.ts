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
    expect(result.unallocatedCents).toBe(0);
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
    const once = distributeCharge({ amountCents: 1001, totalQuota: 30, units });
    const again = distributeCharge({ amountCents: 1001, totalQuota: 30, units: [...units].reverse() });
    expect(again).toEqual(once);
  });
});

describe('distributeCharge: quotas below the building total', () => {
  it('keeps the part of the missing 10 % with the building', () => {
    const result = distributeCharge({
      amountCents: 100_000,
      totalQuota: 1000,
      units: [unit('A', 300), unit('B', 300), unit('C', 300)],
    });
    expect(result.units.map((part) => part.amountCents)).toEqual([30_000, 30_000, 30_000]);
    expect(result.unallocatedCents).toBe(10_000);
  });

  it('rounds the unallocated part like any other participant', () => {
    // 1.00 EUR over 1 + 1 of 1000: 0.1 cent per unit, 99.8 cents unallocated; the leftover cent goes to the .8
    const result = distributeCharge({ amountCents: 100, totalQuota: 1000, units: [unit('A', 1), unit('B', 1)] });
    expect(result.units.map((part) => part.amountCents)).toEqual([0, 0]);
    expect(result.unallocatedCents).toBe(100);
  });

  it('lets the units win a tie against the unallocated part', () => {
    // 2.00 EUR over 1 + 1 of 3: 66.67 each for A, B and the building; the two leftover cents go to A and B
    const result = distributeCharge({ amountCents: 200, totalQuota: 3, units: [unit('B', 1), unit('A', 1)] });
    expect(result.units.map((part) => part.amountCents)).toEqual([67, 67]);
    expect(result.unallocatedCents).toBe(66);
  });

  it('leaves everything unallocated in a building without units', () => {
    expect(distributeCharge({ amountCents: 12_345, totalQuota: 1000, units: [] })).toEqual({
      amountCents: 12_345,
      unallocatedCents: 12_345,
      units: [],
    });
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
    expect(part.activeShare).toBe('100.0000');
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

  it('spreads the whole unit part over the active shares when they sum below 100 %', () => {
    // 30 % + 30 % active: each carries half of the unit part, and activeShare shows the gap
    const part = ownersOf(1001, [owner('x', '30'), owner('y', '30')]);
    expect(part.owners.map((o) => o.amountCents)).toEqual([501, 500]);
    expect(part.activeShare).toBe('60.0000');
  });

  it('keeps the unit part on a unit nobody owns at the expense date', () => {
    const part = ownersOf(5000, []);
    expect(part).toEqual({
      unitId: 'u-A',
      unitNumber: 'A',
      quota: 1000,
      amountCents: 5000,
      activeShare: '0.0000',
      owners: [],
    });
  });
});
