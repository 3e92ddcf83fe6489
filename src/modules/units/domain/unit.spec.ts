import { BuildingCapacity, NewUnitDetails, Unit } from './unit';
import type { DatedQuota } from './unit-quotas';

const NOW = new Date('2026-03-01T10:00:00Z');
const TODAY = '2026-03-01';
const held = (quota: number, validFrom: string | null = null, validTo: string | null = null): DatedQuota => ({
  quota,
  validFrom,
  validTo,
});
const capacity = (overrides: Partial<BuildingCapacity> = {}): BuildingCapacity => ({
  totalQuota: 1000,
  totalUnits: 4,
  unitCount: 0,
  quotas: [],
  ...overrides,
});
const details = (overrides: Partial<NewUnitDetails> = {}): NewUnitDetails => ({
  unitNumber: 'A1',
  type: 'apartment',
  surfaceArea: 85.5,
  quota: 250,
  ...overrides,
});
const create = (d: Partial<NewUnitDetails> = {}, c: Partial<BuildingCapacity> = {}) =>
  Unit.create({ id: 'u', quotaId: 'q', organizationId: 'o', buildingId: 'b', ...details(d) }, capacity(c), NOW);

describe('Unit quotas', () => {
  it('fits a building of 1000 quotas holding 250 + 250 with a unit of 500', () => {
    const unit = create({ quota: 500 }, { quotas: [held(250), held(250)], unitCount: 2 });
    expect(unit.quotaHistory().quotaOn(TODAY)).toBe(500);
  });

  it('refuses the 1001st quota, naming "since the deed"', () => {
    expect(() => create({ quota: 1 }, { quotas: [held(1000)], unitCount: 3 })).toThrow(
      expect.objectContaining({
        code: 'QUOTA_EXCEEDED',
        kind: 'rule_violated',
        params: expect.objectContaining({ day: 'since the deed' }),
      }),
    );
  });

  it('starts a new unit on its quotaValidFrom, and fits it where another unit gave quotas up that day', () => {
    const others = [held(500, null, '2026-07-01'), held(400, '2026-07-01'), held(500)];
    const unit = create({ quota: 100, quotaValidFrom: '2026-07-01' }, { quotas: others, unitCount: 2 });
    expect(unit.quotaHistory().quotaOn('2026-06-30')).toBeNull();
    expect(unit.quotaHistory().quotaOn('2026-07-01')).toBe(100);
    expect(() => create({ quota: 100, quotaValidFrom: '2026-06-30' }, { quotas: others, unitCount: 2 })).toThrow(
      expect.objectContaining({ code: 'QUOTA_EXCEEDED', params: expect.objectContaining({ day: '2026-06-30' }) }),
    );
  });

  it('refuses a unit beyond the total of units', () => {
    expect(() => create({ quota: 1 }, { unitCount: 4, quotas: [held(400)] })).toThrow(
      expect.objectContaining({ code: 'UNIT_LIMIT_REACHED' }),
    );
  });

  it('corrects the quota in force today within what is left, counting its own quota once', () => {
    const unit = create({ quota: 250 });
    unit.revise(details({ quota: 500 }), capacity({ quotas: [held(500)], unitCount: 3 }), TODAY, NOW);
    expect(unit.quotaHistory().history()).toEqual([expect.objectContaining({ quota: 500, validFrom: null })]);
    expect(() => unit.revise(details({ quota: 501 }), capacity({ quotas: [held(500)] }), TODAY, NOW)).toThrow(
      expect.objectContaining({ code: 'QUOTA_EXCEEDED' }),
    );
    unit.revise(details({ quota: 100 }), capacity({ quotas: [held(900)] }), TODAY, NOW);
    expect(unit.quotaHistory().quotaOn(TODAY)).toBe(100);
  });

  it('changes its quota from a date on, checked against the building on every date', () => {
    const unit = create({ quota: 500 }, { quotas: [held(500)] });
    expect(() =>
      unit.changeQuota({ id: 'q2', quota: 600, validFrom: '2026-07-01' }, capacity({ quotas: [held(500)] })),
    ).toThrow(
      expect.objectContaining({ code: 'QUOTA_EXCEEDED', params: expect.objectContaining({ day: '2026-07-01' }) }),
    );
    const fresh = create({ quota: 500 }, { quotas: [held(500)] });
    fresh.changeQuota({ id: 'q2', quota: 400, validFrom: '2026-07-01', decisionRef: 'AG 2026' }, capacity());
    expect(
      fresh
        .quotaHistory()
        .history()
        .map((p) => [p.quota, p.validFrom, p.validTo]),
    ).toEqual([
      [500, null, '2026-07-01'],
      [400, '2026-07-01', null],
    ]);
  });
});

describe('Unit fields', () => {
  it('keeps the surface exact in hundredths and collapses the number', () => {
    expect(create({ surfaceArea: 72.35, unitNumber: ' B  2 ', floor: -2 }).record()).toMatchObject({
      surfaceAreaHundredths: 7235,
      unitNumber: 'B 2',
      floor: -2,
    });
    expect(create({ floor: undefined }).record().floor).toBeNull();
  });

  it('knows garages', () => {
    expect(create({ type: 'garage' }).record().type).toBe('garage');
  });

  it.each([
    ['a zero quota', { quota: 0 }],
    ['a fractional quota', { quota: 1.5 }],
    ['a zero surface', { surfaceArea: 0 }],
    ['a surface with 3 decimals', { surfaceArea: 1.234 }],
    ['a blank number', { unitNumber: ' ' }],
    ['an unknown type', { type: 'castle' as never }],
    ['a fractional floor', { floor: 0.5 }],
  ])('refuses %s', (_, overrides) => {
    expect(() => create(overrides)).toThrow(expect.objectContaining({ code: 'INVALID_UNIT', kind: 'invalid' }));
  });

  it('may be removed only without ownership history', () => {
    expect(() => create().assertRemovable(0)).not.toThrow();
    expect(() => create().assertRemovable(1)).toThrow(expect.objectContaining({ code: 'UNIT_HAS_OWNERSHIPS' }));
  });
});
