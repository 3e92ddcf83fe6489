import { heldOn, holdingPeriods, periodsDuring } from './holding-periods';

const span = (buildingId: string, startDate: string, endDate: string | null = null) => ({
  buildingId,
  startDate,
  endDate,
});

describe('holding periods of an owner', () => {
  it('joins shares of one building that overlap or follow each other, and keeps gaps', () => {
    expect(
      holdingPeriods([
        span('b1', '2020-01-01', '2022-01-01'),
        span('b1', '2021-06-01', '2023-01-01'),
        span('b1', '2023-01-01', '2024-01-01'),
        span('b1', '2025-01-01', null),
        span('b2', '2019-01-01', '2019-06-01'),
      ]),
    ).toEqual([
      { buildingId: 'b1', from: '2020-01-01', until: '2024-01-01' },
      { buildingId: 'b1', from: '2025-01-01', until: null },
      { buildingId: 'b2', from: '2019-01-01', until: '2019-06-01' },
    ]);
  });

  it('stays open while any joined share is still held', () => {
    expect(holdingPeriods([span('b1', '2020-01-01', null), span('b1', '2021-01-01', '2022-01-01')])).toEqual([
      { buildingId: 'b1', from: '2020-01-01', until: null },
    ]);
  });

  // A seller whose deed of sale is dated 2025-07-01: its last day is 2025-06-30.
  const seller = holdingPeriods([span('b1', '2020-01-01', '2025-07-01')]);

  it('counts the first day and not the day of the sale (exclusive end)', () => {
    expect(heldOn(seller, 'b1', '2020-01-01')).toBe(true);
    expect(heldOn(seller, 'b1', '2025-06-30')).toBe(true);
    expect(heldOn(seller, 'b1', '2025-07-01')).toBe(false);
    expect(heldOn(seller, 'b1', '2019-12-31')).toBe(false);
    expect(heldOn(seller, 'b2', '2021-01-01')).toBe(false);
  });

  it('finds the periods that share a day with a report period', () => {
    expect(periodsDuring(seller, 'b1', { from: '2025-01-01', to: '2025-12-31' })).toHaveLength(1);
    expect(periodsDuring(seller, 'b1', { from: '2025-06-30', to: '2025-06-30' })).toHaveLength(1);
    expect(periodsDuring(seller, 'b1', { from: '2025-07-01', to: '2025-12-31' })).toEqual([]);
    expect(periodsDuring(seller, 'b1', { to: '2019-12-31' })).toEqual([]);
    expect(periodsDuring(seller, 'b1', {})).toHaveLength(1);
    expect(periodsDuring(seller, 'b2', {})).toEqual([]);
  });
});
