import { challengeDeadline, minutesDueOn } from './minutes-deadlines';

describe('minutes deadlines', () => {
  it('the minutes are due 30 days after the assembly (art. 3.87 §10)', () => {
    expect(minutesDueOn('2026-04-05')).toBe('2026-05-05');
    expect(minutesDueOn('2026-12-15')).toBe('2027-01-14');
  });

  it('a decision can be challenged until the same day 4 months later (art. 3.92 §3), or the month’s last day', () => {
    expect(challengeDeadline('2026-04-05')).toBe('2026-08-05');
    expect(challengeDeadline('2026-10-31')).toBe('2027-02-28');
    expect(challengeDeadline('2027-10-31')).toBe('2028-02-29');
  });
});
