import { arrearsOn, daysBetween, OverdueItem } from './arrears';

const overdue = (callItemId: string, dueDate: string, outstandingCents: number): OverdueItem => ({
  callItemId,
  callId: `call-${callItemId}`,
  fundId: 'fund',
  title: 'Provisions',
  ogm: '042000700108',
  dueDate,
  outstandingCents,
});

describe('arrears', () => {
  it('lists owners with overdue amounts, their oldest due date and the days late, oldest first', () => {
    const result = arrearsOn(
      '2026-02-15',
      [
        { ownerId: 'b', items: [overdue('b1', '2026-01-31', 4_062)], creditCents: 0 },
        { ownerId: 'a', items: [overdue('a2', '2026-01-31', 100), overdue('a1', '2025-10-31', 200)], creditCents: 0 },
      ],
      null,
    );
    expect(result.map((o) => [o.ownerId, o.overdueCents, o.oldestDueDate, o.daysLate, o.lateInterestCents])).toEqual([
      ['a', 300, '2025-10-31', 107, 0],
      ['b', 4_062, '2026-01-31', 15, 0],
    ]);
  });

  it('lets the owner’s credit pay the oldest items first, and leaves out owners it covers', () => {
    const [a, ...rest] = arrearsOn(
      '2026-06-01',
      [
        {
          ownerId: 'a',
          items: [overdue('a1', '2026-01-31', 1_000), overdue('a2', '2026-04-30', 1_000)],
          creditCents: 1_500,
        },
        { ownerId: 'c', items: [overdue('c1', '2026-01-31', 1_000)], creditCents: 1_875 },
      ],
      null,
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ overdueCents: 500, oldestDueDate: '2026-04-30', daysLate: 32 });
  });

  it('charges late interest only with a rate: simple, per day, rounded down', () => {
    const owners = [{ ownerId: 'a', items: [overdue('a1', '2026-01-01', 100_000)], creditCents: 0 }];
    expect(arrearsOn('2027-01-01', owners, null)[0]!.lateInterestCents).toBe(0);
    // 1,000.00 at 8 % a year for 365 days → 80.00.
    expect(arrearsOn('2027-01-01', owners, 800)[0]!.lateInterestCents).toBe(8_000);
    // 10 days → 1,000.00 × 8 % × 10 / 365 = 2.19178… → 2.19.
    expect(arrearsOn('2026-01-11', owners, 800)[0]!.lateInterestCents).toBe(219);
  });

  it('counts calendar days, across clock changes and leap days', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-01-31', '2026-01-31')).toBe(0);
  });
});
