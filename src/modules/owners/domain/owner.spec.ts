import { Owner, OwnerDetailsInput } from './owner';

const NOW = new Date('2026-03-01T10:00:00Z');
const details = (overrides: Partial<OwnerDetailsInput> = {}): OwnerDetailsInput => ({
  firstName: 'Marie',
  lastName: 'Dupont',
  email: 'marie@example.be',
  ...overrides,
});
const create = (overrides: Partial<OwnerDetailsInput> = {}) =>
  Owner.create({ id: 'o', organizationId: 'org', ...details(overrides) }, NOW);

describe('Owner', () => {
  it('collapses names, trims the email and defaults the address country to BE', () => {
    const owner = create({
      firstName: ' Jean  Pierre ',
      email: ' jp@example.be ',
      phone: ' +32  2 123 45 67',
      address: { street: 'Rue  Haute 1', postalCode: '1000', city: 'Bruxelles' },
    }).toSnapshot();
    expect(owner).toMatchObject({
      firstName: 'Jean Pierre',
      email: 'jp@example.be',
      phone: '+32 2 123 45 67',
      address: { street: 'Rue Haute 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      userId: null,
    });
  });

  it.each([
    ['a blank first name', { firstName: ' ' }],
    ['a blank last name', { lastName: '' }],
    ['a malformed email', { email: 'marie@' }],
    ['a malformed phone', { phone: 'call me' }],
    ['a Belgian postal code of 3 digits', { address: { street: 'x', postalCode: '100', city: 'y' } }],
    ['a bad country', { address: { street: 'x', postalCode: '100', city: 'y', country: 'BEL' } }],
    ['a blank street', { address: { street: ' ', postalCode: '1000', city: 'y' } }],
  ])('refuses %s', (_, overrides) => {
    expect(() => create(overrides)).toThrow(expect.objectContaining({ code: 'INVALID_OWNER' }));
  });

  it('replaces its editable fields', () => {
    const owner = create({ phone: '02 123 45 67' });
    owner.revise(details({ lastName: 'Peeters', userId: 'u1' }), new Date('2026-03-02T00:00:00Z'));
    expect(owner.toSnapshot()).toMatchObject({ lastName: 'Peeters', phone: null, userId: 'u1', createdAt: NOW });
  });

  it('anonymises its names and contact details, keeping its id and account link', () => {
    const owner = create({
      phone: '02 123 45 67',
      userId: 'u1',
      address: { street: 'x', postalCode: '1000', city: 'y' },
    });
    const later = new Date('2026-04-01T00:00:00Z');
    owner.anonymize(later);
    expect(owner.toSnapshot()).toEqual({
      id: 'o',
      organizationId: 'org',
      userId: 'u1',
      firstName: 'Anonymised',
      lastName: 'Person',
      email: 'erased-o@anonymized.invalid',
      phone: null,
      address: null,
      emailConsent: null,
      createdAt: NOW,
      updatedAt: later,
    });
  });
});
