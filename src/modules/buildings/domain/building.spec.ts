import { Building, BuildingDetailsInput, BuildingSnapshot } from './building';

const NOW = new Date('2026-03-01T10:00:00Z');
const details = (overrides: Partial<BuildingDetailsInput> = {}): BuildingDetailsInput => ({
  name: 'Résidence Les Tilleuls',
  address: 'Rue Haute 12',
  city: 'Bruxelles',
  postalCode: '1000',
  totalUnits: 3,
  ...overrides,
});
const create = (overrides: Partial<BuildingDetailsInput> = {}) =>
  Building.create({ id: 'b1', organizationId: 'o1', ...details(overrides) }, NOW);
const withUnits = (unitCount: number, allocatedQuota: number): Building =>
  Building.restore({ ...(create().toSnapshot() as BuildingSnapshot), unitCount, allocatedQuota });

describe('Building', () => {
  it('defaults to Belgium and 1000 quotas, and collapses whitespace', () => {
    const b = create({
      name: '  Les   Tilleuls ',
      city: ' Liège ',
      country: undefined,
      totalQuota: undefined,
    }).toSnapshot();
    expect(b).toMatchObject({
      name: 'Les Tilleuls',
      city: 'Liège',
      country: 'BE',
      totalQuota: 1000,
      constructionYear: null,
      unitCount: 0,
    });
  });

  it.each([
    ['a blank name', { name: '  ' }, 'INVALID_BUILDING'],
    ['no units', { totalUnits: 0 }, 'INVALID_BUILDING'],
    ['a zero total quota', { totalQuota: 0 }, 'INVALID_BUILDING'],
    ['a year before 1000', { constructionYear: 999 }, 'INVALID_BUILDING'],
    ['a year after now + 5', { constructionYear: 2032 }, 'INVALID_BUILDING'],
    ['a Belgian postal code of 3 digits', { postalCode: '999' }, 'INVALID_ADDRESS'],
    ['a Belgian postal code 0999', { postalCode: '0999' }, 'INVALID_ADDRESS'],
    ['a 3-letter country', { country: 'BEL' }, 'INVALID_ADDRESS'],
    ['a blank city', { city: ' ' }, 'INVALID_ADDRESS'],
    ['a blank address', { address: '' }, 'INVALID_ADDRESS'],
  ])('refuses %s', (_, overrides, code) => {
    expect(() => create(overrides)).toThrow(expect.objectContaining({ code }));
  });

  it('accepts the year now + 5 and foreign postal codes', () => {
    expect(create({ constructionYear: 2031, country: 'nl', postalCode: '1012 ab' }).toSnapshot()).toMatchObject({
      constructionYear: 2031,
      country: 'NL',
      postalCode: '1012 AB',
    });
  });

  it('may not cut its total quota below the quotas its units hold', () => {
    const b = withUnits(3, 1000);
    expect(() => b.revise(details({ totalQuota: 999 }), NOW)).toThrow(
      expect.objectContaining({ code: 'TOTAL_QUOTA_BELOW_ALLOCATED' }),
    );
    b.revise(details({ totalQuota: 1000, name: 'Renamed' }), NOW);
    expect(b.toSnapshot()).toMatchObject({ name: 'Renamed', totalQuota: 1000 });
  });

  it('may not cut its total of units below the units it has', () => {
    expect(() => withUnits(3, 10).revise(details({ totalUnits: 2 }), NOW)).toThrow(
      expect.objectContaining({ code: 'TOTAL_UNITS_BELOW_COUNT' }),
    );
  });

  it('may be removed only without units', () => {
    expect(() => create().assertRemovable()).not.toThrow();
    expect(() => withUnits(1, 100).assertRemovable()).toThrow(
      expect.objectContaining({ code: 'BUILDING_HAS_UNITS', kind: 'conflict' }),
    );
  });
});
