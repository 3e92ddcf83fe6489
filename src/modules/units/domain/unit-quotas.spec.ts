import { assertQuotasWithinTotal, DatedQuota, quotaOn, UnitQuotas } from './unit-quotas';

const q = (quota: number, validFrom: string | null, validTo: string | null = null): DatedQuota => ({
  quota,
  validFrom,
  validTo,
});

describe('quotaOn', () => {
  const periods = [q(500, null, '2026-07-01'), q(400, '2026-07-01')];

  it('reads the period holding the day, the end being exclusive', () => {
    expect(quotaOn(periods, '1900-01-01')).toBe(500);
    expect(quotaOn(periods, '2026-06-30')).toBe(500);
    expect(quotaOn(periods, '2026-07-01')).toBe(400);
  });

  it('has no quota before a first period that starts on a date', () => {
    expect(quotaOn([q(100, '2026-07-01')], '2026-06-30')).toBeNull();
  });
});

describe('assertQuotasWithinTotal', () => {
  it('accepts the worked example: A, B 500 each; from 2026-07-01 A 400 and C 100', () => {
    const periods = [
      q(500, '2020-01-01', '2026-07-01'),
      q(400, '2026-07-01'),
      q(500, '2020-01-01'),
      q(100, '2026-07-01'),
    ];
    expect(() => assertQuotasWithinTotal(1000, periods)).not.toThrow();
  });

  it('names the first date the total is exceeded', () => {
    const periods = [q(500, null), q(500, null), q(1, '2026-07-01', '2026-08-01'), q(1, '2027-01-01')];
    expect(() => assertQuotasWithinTotal(1000, periods)).toThrow(
      expect.objectContaining({
        code: 'QUOTA_EXCEEDED',
        params: expect.objectContaining({ day: '2026-07-01', wouldBe: 1001 }),
      }),
    );
  });

  it('accepts exactly the total on every date, and a period that ends the day another starts', () => {
    expect(() => assertQuotasWithinTotal(1000, [q(1000, null, '2026-01-01'), q(1000, '2026-01-01')])).not.toThrow();
  });
});

describe('UnitQuotas', () => {
  const history = () =>
    UnitQuotas.restore([{ id: 'p1', quota: 500, validFrom: null, validTo: null, decisionRef: null }]);

  it("ends the current period on the new one's first day and records the decision", () => {
    const quotas = history();
    quotas.change('p2', 400, '2026-07-01', '  AG 2026-06-12, point 7 ');
    expect(quotas.history()).toEqual([
      { id: 'p1', quota: 500, validFrom: null, validTo: '2026-07-01', decisionRef: null },
      { id: 'p2', quota: 400, validFrom: '2026-07-01', validTo: null, decisionRef: 'AG 2026-06-12, point 7' },
    ]);
    expect(quotas.changes()).toEqual({
      added: [expect.objectContaining({ id: 'p2' })],
      updated: [expect.objectContaining({ id: 'p1', validTo: '2026-07-01' })],
    });
  });

  it("refuses a change on or before the current period's start", () => {
    const quotas = history();
    quotas.change('p2', 400, '2026-07-01', null);
    for (const day of ['2026-07-01', '2026-06-30']) {
      expect(() => quotas.change('p3', 300, day, null)).toThrow(
        expect.objectContaining({ code: 'QUOTA_HISTORY_CONFLICT', kind: 'rule_violated' }),
      );
    }
    quotas.change('p3', 300, '2026-07-02', null);
    expect(quotas.quotaOn('2026-07-01')).toBe(400);
  });

  it('corrects the period in force today in place, or the first one before it starts', () => {
    const quotas = history();
    quotas.change('p2', 400, '2026-07-01', null);
    quotas.correct(450, '2026-08-01');
    expect(quotas.history().map((p) => p.quota)).toEqual([500, 450]);
    const later = UnitQuotas.first('p1', 100, '2027-01-01', null);
    later.correct(120, '2026-08-01');
    expect(later.quotaOn('2027-01-01')).toBe(120);
    expect(later.changes().updated).toEqual([]);
  });

  it('changes nothing when the correction is the same quota', () => {
    const quotas = history();
    quotas.correct(500, '2026-08-01');
    expect(quotas.changes()).toEqual({ added: [], updated: [] });
  });

  it('refuses a quota that is not a positive integer', () => {
    expect(() => UnitQuotas.first('p', 0, null, null)).toThrow(expect.objectContaining({ code: 'INVALID_UNIT' }));
    expect(() => history().change('p2', 1.5, '2026-07-01', null)).toThrow(
      expect.objectContaining({ code: 'INVALID_UNIT' }),
    );
  });
});
