import { checkedKey, MAX_KEY_WEIGHT } from './distribution-key';
import { isFullyOwned, registryGaps } from './registry-completeness';

const w = (unitId: string, weight: number) => ({ unitId, weight });

describe('checkedKey', () => {
  it('trims the name and orders the weights by unit id', () => {
    expect(checkedKey({ name: '  Ascenseur ', weights: [w('u2', 2), w('u1', 1)] })).toEqual({
      name: 'Ascenseur',
      weights: [w('u1', 1), w('u2', 2)],
    });
  });

  it.each([
    ['an empty name', { name: ' ', weights: [w('u1', 1)] }, 'name'],
    ['a name of 101 characters', { name: 'x'.repeat(101), weights: [w('u1', 1)] }, 'name'],
    ['no unit', { name: 'K', weights: [] }, 'weights'],
    ['a weight of 0', { name: 'K', weights: [w('u1', 0)] }, 'weights.0.weight'],
    ['a fractional weight', { name: 'K', weights: [w('u1', 1.5)] }, 'weights.0.weight'],
    ['a weight above the ceiling', { name: 'K', weights: [w('u1', MAX_KEY_WEIGHT + 1)] }, 'weights.0.weight'],
    ['a unit twice', { name: 'K', weights: [w('u1', 1), w('u1', 2)] }, 'weights.1.unitId'],
  ])('refuses %s (400 naming the field)', (_, input, field) => {
    expect(() => checkedKey(input)).toThrow(expect.objectContaining({ kind: 'invalid', params: { field } }));
  });

  it('accepts the boundaries: a name of 100 characters, weights of 1 and of the ceiling, one unit alone', () => {
    expect(checkedKey({ name: 'x'.repeat(100), weights: [w('u1', 1), w('u2', MAX_KEY_WEIGHT)] }).weights).toHaveLength(
      2,
    );
    expect(checkedKey({ name: 'Privatif', weights: [w('u1', 1)] }).weights).toEqual([w('u1', 1)]);
  });
});

describe('registry completeness', () => {
  it('counts a unit as fully owned from 99.9997 % (thirds, within 0.0003 %) to 100 %', () => {
    expect(isFullyOwned([1_000_000])).toBe(true);
    expect(isFullyOwned([333_333, 333_333, 333_333])).toBe(true);
    expect(isFullyOwned([999_997])).toBe(true);
    expect(isFullyOwned([999_996])).toBe(false);
    expect(isFullyOwned([])).toBe(false);
  });

  it('asks a key only for its units to be fully owned, not for its weights to reach a total', () => {
    expect(registryGaps('2026-01-01', null, [{ unitNumber: 'A', weight: 1, shares: [1_000_000] }])).toEqual([]);
    expect(registryGaps('2026-01-01', 1000, [{ unitNumber: 'A', weight: 1, shares: [1_000_000] }])).toHaveLength(1);
  });
});
