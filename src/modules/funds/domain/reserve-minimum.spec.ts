import { isOrdinaryCharge, reserveMinimumOf, reserveStanding } from './reserve-minimum';

describe('reserve fund minimum (art. 3.86 §3)', () => {
  it('domain.md: 45,000.00 of ordinary charges in 2026 → at least 2,250.00 for 2027', () => {
    expect(reserveMinimumOf(2027, 4_500_000)).toEqual({
      year: 2027,
      previousYearOrdinaryChargesCents: 4_500_000,
      minimumCents: 225_000,
    });
  });

  it('rounds up to the cent ("at least"), and asks nothing without ordinary charges', () => {
    expect(reserveMinimumOf(2027, 1).minimumCents).toBe(1);
    expect(reserveMinimumOf(2027, 20).minimumCents).toBe(1);
    expect(reserveMinimumOf(2027, 21).minimumCents).toBe(2);
    expect(reserveMinimumOf(2027, 0).minimumCents).toBe(0);
    expect(reserveMinimumOf(2027, -500).minimumCents).toBe(0);
  });

  it('counts every category but works as ordinary', () => {
    expect(isOrdinaryCharge('works')).toBe(false);
    for (const category of ['maintenance', 'repairs', 'cleaning', 'utilities', 'administration', 'insurance', 'other'])
      expect(isOrdinaryCharge(category)).toBe(true);
  });

  it('tells how far the year’s reserve calls stay below the minimum', () => {
    const minimum = reserveMinimumOf(2027, 4_500_000);
    expect(reserveStanding(minimum, 100_000)).toMatchObject({ shortfallCents: 125_000, belowMinimum: true });
    expect(reserveStanding(minimum, 225_000)).toMatchObject({ shortfallCents: 0, belowMinimum: false });
  });
});
