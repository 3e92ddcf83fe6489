import { DEFAULT_PCN_ACCOUNTS, labelIn, PcnAccount } from './pcn-account';
import { InvalidPcnInput } from './pcn.errors';

const now = new Date('2026-03-01T10:00:00Z');
const anAccount = (overrides: Partial<Parameters<typeof PcnAccount.open>[0]> = {}) =>
  PcnAccount.open({ organizationId: 'org-1', code: '615000', labelFr: ' Ascenseur ', labelNl: 'Lift', ...overrides }, now);

describe('PcnAccount', () => {
  it('opens a class-6 account with trimmed labels and no English label by default', () => {
    expect(anAccount().toSnapshot()).toEqual({
      organizationId: 'org-1',
      code: '615000',
      labelFr: 'Ascenseur',
      labelNl: 'Lift',
      labelEn: null,
      createdAt: now,
      updatedAt: now,
    });
  });

  it.each(['61500', '6150000', '715000', '61500a', ''])('refuses the code %p', (code) => {
    expect(() => anAccount({ code })).toThrow(InvalidPcnInput);
  });

  it.each([
    ['labelFr', { labelFr: '  ' }],
    ['labelNl', { labelNl: 'x'.repeat(256) }],
    ['labelEn', { labelEn: 'y'.repeat(256) }],
  ])('refuses a bad %s', (field, labels) => {
    expect(() => anAccount(labels)).toThrow(expect.objectContaining({ params: { field } }));
  });

  it('relabels, keeping its code and creation time', () => {
    const account = anAccount();
    const later = new Date('2026-04-01T10:00:00Z');
    account.relabel({ labelFr: 'Ascenseurs', labelNl: 'Liften', labelEn: 'Lifts' }, later);
    expect(account.toSnapshot()).toMatchObject({ code: '615000', labelEn: 'Lifts', createdAt: now, updatedAt: later });
    expect(PcnAccount.restore(account.toSnapshot()).toSnapshot()).toEqual(account.toSnapshot());
  });

  it('prints the label of the language, English falling back to French', () => {
    const account = anAccount().toSnapshot();
    expect([labelIn(account, 'fr'), labelIn(account, 'nl'), labelIn(account, 'en')]).toEqual(['Ascenseur', 'Lift', 'Ascenseur']);
    expect(labelIn({ ...account, labelEn: 'Lift (EN)' }, 'en')).toBe('Lift (EN)');
  });

  it('starts every chart with the eight default accounts of domain.md', () => {
    expect(DEFAULT_PCN_ACCOUNTS.map((a) => a.code)).toEqual(['610000', '610100', '610200', '611000', '612000', '613000', '614000', '619000']);
  });
});
