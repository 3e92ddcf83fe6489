import type {
  CallLettersDocument,
  LetterLanguage,
  OverdueItemOnLetter,
  PaymentAccount,
  ReminderLettersDocument,
} from '@modules/funds';

export const WORKING_CAPITAL: PaymentAccount = {
  fundName: 'Fonds de roulement',
  fundKind: 'working_capital',
  iban: 'BE68539007547034',
  beneficiary: 'ACP Résidence Les Érables',
};

export const RESERVE: PaymentAccount = {
  fundName: 'Fonds de réserve',
  fundKind: 'reserve',
  iban: 'BE71096123456769',
  bic: 'GKCCBEBB',
  beneficiary: 'ACP Résidence Les Érables',
};

const issuer = {
  name: 'Syndic Grand-Place',
  address: 'Rue du Marché 3, 1000 Bruxelles',
  bceNumber: '0123.456.749',
  ipiNumber: '504.123',
  phone: '+32 2 123 45 67',
  email: 'contact@syndic.example',
};

const building = {
  name: 'Résidence Les Érables',
  address: 'Rue de la Loi 16',
  postalCode: '1000',
  city: 'Bruxelles',
};

/** The call of domain.md: 562.50 split 140.63 / 140.62 / 281.25 over three owners. */
export function aCallLetters(
  overrides: Partial<CallLettersDocument> = {},
  lang: LetterLanguage = 'fr',
): CallLettersDocument {
  return {
    lang,
    issuer,
    building,
    call: {
      title: 'Provisions T1 2027',
      callDate: '2026-12-15',
      dueDate: '2027-01-15',
      period: { from: '2027-01-01', to: '2027-03-31' },
    },
    account: WORKING_CAPITAL,
    letters: [
      {
        owner: {
          name: 'Anne Dupont',
          address: { street: 'Avenue Louise 54', postalCode: '1050', city: 'Ixelles', country: 'BE' },
        },
        amountCents: 14063,
        ogm: '+++042/0007/00108+++',
        units: ['A1', 'P3'],
      },
      {
        owner: {
          name: 'Bart Peeters',
          address: { street: 'Meir 12', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
        },
        amountCents: 14062,
        ogm: '+++000/0012/34526+++',
        units: ['A2'],
      },
      {
        owner: {
          name: 'Claire Martin',
          address: { street: '5 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR' },
        },
        amountCents: 28125,
        ogm: '+++000/0000/09797+++',
        units: ['B1'],
      },
    ],
    ...overrides,
  };
}

export function anOverdueItem(overrides: Partial<OverdueItemOnLetter> = {}): OverdueItemOnLetter {
  return {
    callTitle: 'Provisions T4 2026',
    dueDate: '2026-10-15',
    amountDueCents: 14063,
    ogm: '+++042/0007/00108+++',
    account: WORKING_CAPITAL,
    ...overrides,
  };
}

export function aReminderLetters(
  overrides: Partial<ReminderLettersDocument> = {},
  lang: LetterLanguage = 'fr',
): ReminderLettersDocument {
  return {
    lang,
    issuer,
    building,
    asOf: '2026-12-01',
    letters: [
      {
        owner: {
          name: 'Anne Dupont',
          address: { street: 'Avenue Louise 54', postalCode: '1050', city: 'Ixelles', country: 'BE' },
        },
        items: [
          anOverdueItem(),
          anOverdueItem({
            callTitle: 'Travaux de toiture',
            dueDate: '2026-11-01',
            amountDueCents: 125000,
            ogm: '+++000/0012/34526+++',
            account: RESERVE,
          }),
        ],
      },
      {
        owner: { name: 'Bart Peeters', address: null },
        items: [anOverdueItem({ amountDueCents: 5062, ogm: '+++000/0000/09797+++' })],
      },
    ],
    ...overrides,
  };
}
