import { isPostalCodeOf, PostalAddress, PostalAddressField } from './postal-address';

class Refused extends Error {
  constructor(readonly field: PostalAddressField) {
    super(field);
  }
}
const refuse = (field: PostalAddressField) => new Refused(field);
const address = (overrides: Partial<Parameters<typeof PostalAddress.of>[0]> = {}) =>
  PostalAddress.of({ street: 'Rue Haute 12', postalCode: '1000', city: 'Bruxelles', ...overrides }, refuse);

describe('PostalAddress', () => {
  it('collapses spaces, upper-cases country and postal code, and defaults to Belgium', () => {
    expect(address({ street: '  Rue   Haute 12 ', city: ' Liège ', postalCode: ' 4000 ' }).toSnapshot()).toEqual({
      street: 'Rue Haute 12',
      postalCode: '4000',
      city: 'Liège',
      country: 'BE',
    });
    expect(address({ country: ' nl', postalCode: '1012  ab' }).toSnapshot()).toMatchObject({
      country: 'NL',
      postalCode: '1012 AB',
    });
  });

  it.each([
    ['a 3-letter country', { country: 'BEL' }, 'country'],
    ['a Belgian postal code of 3 digits', { postalCode: '999' }, 'postalCode'],
    ['a Belgian postal code 0999', { postalCode: '0999' }, 'postalCode'],
    ['a foreign postal code with punctuation', { country: 'FR', postalCode: '75.001' }, 'postalCode'],
    ['a blank street', { street: ' ' }, 'street'],
    ['a blank city', { city: '' }, 'city'],
    ['a bad country before a bad street', { country: 'B', street: '' }, 'country'],
  ])('refuses %s, naming the field to the caller', (_, overrides, field) => {
    expect(() => address(overrides)).toThrow(expect.objectContaining({ field }));
  });

  it('knows the Belgian postal codes', () => {
    expect(['1000', '9999'].map((code) => isPostalCodeOf('BE', code))).toEqual([true, true]);
    expect(['0999', '10000', 'B-1000'].map((code) => isPostalCodeOf('BE', code))).toEqual([false, false, false]);
    expect(isPostalCodeOf('NL', '1012 AB')).toBe(true);
  });
});
