import { BuildingCapacity, Unit, UnitDetailsInput } from './unit';

const NOW = new Date('2026-03-01T10:00:00Z');
const capacity = (overrides: Partial<BuildingCapacity> = {}): BuildingCapacity => ({
  totalQuota: 1000,
  totalUnits: 4,
  allocatedQuota: 0,
  unitCount: 0,
  ...overrides,
});
const details = (overrides: Partial<UnitDetailsInput> = {}): UnitDetailsInput => ({
  unitNumber: 'A1',
  type: 'apartment',
  surfaceArea: 85.5,
  quota: 250,
  ...overrides,
});
const create = (d: Partial<UnitDetailsInput> = {}, c: Partial<BuildingCapacity> = {}) =>
  Unit.create({ id: 'u', organizationId: 'o', buildingId: 'b', ...details(d) }, capacity(c), NOW);

describe('Unit quotas', () => {
  it('fits a building of 1000 quotas holding 250 + 250 with a unit of 500', () => {
    expect(create({ quota: 500 }, { allocatedQuota: 500, unitCount: 2 }).toSnapshot()).toMatchObject({ quota: 500 });
  });

  it('refuses the 1001st quota', () => {
    expect(() => create({ quota: 1 }, { allocatedQuota: 1000, unitCount: 3 })).toThrow(
      expect.objectContaining({ code: 'QUOTA_EXCEEDED', kind: 'rule_violated' }),
    );
  });

  it('refuses a unit beyond the total of units', () => {
    expect(() => create({ quota: 1 }, { unitCount: 4, allocatedQuota: 400 })).toThrow(
      expect.objectContaining({ code: 'UNIT_LIMIT_REACHED' }),
    );
  });

  it('lets a unit grow only within what is left, counting its own quota once', () => {
    const unit = create({ quota: 250 });
    unit.revise(details({ quota: 500 }), capacity({ allocatedQuota: 750, unitCount: 3 }), NOW);
    expect(unit.toSnapshot().quota).toBe(500);
    expect(() => unit.revise(details({ quota: 501 }), capacity({ allocatedQuota: 1000, unitCount: 3 }), NOW)).toThrow(
      expect.objectContaining({ code: 'QUOTA_EXCEEDED' }),
    );
    unit.revise(details({ quota: 100 }), capacity({ allocatedQuota: 1000 }), NOW);
    expect(unit.toSnapshot().quota).toBe(100);
  });
});

describe('Unit fields', () => {
  it('keeps the surface exact in hundredths and collapses the number', () => {
    expect(create({ surfaceArea: 72.35, unitNumber: ' B  2 ', floor: -2 }).toSnapshot()).toMatchObject({
      surfaceAreaHundredths: 7235,
      unitNumber: 'B 2',
      floor: -2,
    });
    expect(create({ floor: undefined }).toSnapshot().floor).toBeNull();
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
