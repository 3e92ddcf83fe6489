import {
  formatIban,
  normalizeEnterpriseNumber,
  normalizeIban,
  normalizeIpiNumber,
  normalizePhone,
} from './belgian-identifiers';

describe('Belgian identifiers', () => {
  it('accepts an enterprise number whose mod-97 check holds, in any usual spelling', () => {
    expect(normalizeEnterpriseNumber('0403.170.701')).toBe('0403.170.701');
    expect(normalizeEnterpriseNumber('BE 0403 170 701')).toBe('0403.170.701');
    expect(normalizeEnterpriseNumber('403170701')).toBe('0403.170.701');
  });

  it('refuses an enterprise number with a wrong check digit or shape', () => {
    expect(normalizeEnterpriseNumber('0403.170.702')).toBeNull();
    expect(normalizeEnterpriseNumber('2403.170.701')).toBeNull();
    expect(normalizeEnterpriseNumber('abc')).toBeNull();
  });

  it('accepts an IBAN whose mod-97 check is 1 and refuses a typo', () => {
    expect(normalizeIban('be68 5390 0754 7034')).toBe('BE68539007547034');
    expect(normalizeIban('FR14 2004 1010 0505 0001 3M02 606')).toBe('FR1420041010050500013M02606');
    expect(normalizeIban('BE68 5390 0754 7035')).toBeNull();
    expect(normalizeIban('BE68 5390 0754 703')).toBeNull();
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });

  it('reads IPI numbers and phone numbers as people write them', () => {
    expect(normalizeIpiNumber('IPI 504 123')).toBe('504.123');
    expect(normalizeIpiNumber('504.123')).toBe('504.123');
    expect(normalizeIpiNumber('50412')).toBeNull();
    expect(normalizePhone('+32 2 123 45 67')).toBe('+32 2 123 45 67');
    expect(normalizePhone('call me')).toBeNull();
  });
});
