import type { LetterLanguage, PaymentAccount } from '../domain/payment-letters';

/** Wording shared by call letters and reminders; field labels carry their colon. */
export interface PaymentLetterTexts {
  fundKind: Record<PaymentAccount['fundKind'], string>;
  salutation: string;
  date: string;
  beneficiary: string;
  iban: string;
  bic: string;
  amount: string;
  communication: string;
  scan: string;
  signedBy: string;
  questions: string;
}

/** Wording of the call for funds letter. */
export interface CallLetterTexts {
  heading: string;
  intro: (building: string) => string;
  call: string;
  period: string;
  periodRange: (from: string, to: string) => string;
  fund: string;
  units: string;
  payment: string;
  dueDate: string;
  communicationNotice: string;
  closing: string;
}

/** Wording of the payment reminder. */
export interface ReminderLetterTexts {
  heading: string;
  intro: (asOf: string, building: string) => string;
  columns: { call: string; dueDate: string; amountDue: string; communication: string; scan: string };
  total: string;
  request: string;
  lateInterest: (rate: string, amount: string) => string;
  closing: string;
}

const COMMON: Record<LetterLanguage, PaymentLetterTexts> = {
  fr: {
    fundKind: { working_capital: 'Fonds de roulement', reserve: 'Fonds de réserve' },
    salutation: 'Madame, Monsieur,',
    date: 'Date :',
    beneficiary: 'Bénéficiaire :',
    iban: 'IBAN :',
    bic: 'BIC :',
    amount: 'Montant :',
    communication: 'Communication structurée :',
    scan: 'Scannez ce code avec votre application bancaire',
    signedBy: 'Le syndic',
    questions: "Pour toute question sur ce courrier, n'hésitez pas à contacter le syndic.",
  },
  nl: {
    fundKind: { working_capital: 'Werkkapitaal', reserve: 'Reservekapitaal' },
    salutation: 'Geachte mevrouw, geachte heer,',
    date: 'Datum:',
    beneficiary: 'Begunstigde:',
    iban: 'IBAN:',
    bic: 'BIC:',
    amount: 'Bedrag:',
    communication: 'Gestructureerde mededeling:',
    scan: 'Scan deze code met uw bankapp',
    signedBy: 'De syndicus',
    questions: 'Hebt u vragen over deze brief, neem dan gerust contact op met de syndicus.',
  },
  en: {
    fundKind: { working_capital: 'Working capital fund', reserve: 'Reserve fund' },
    salutation: 'Dear Sir or Madam,',
    date: 'Date:',
    beneficiary: 'Beneficiary:',
    iban: 'IBAN:',
    bic: 'BIC:',
    amount: 'Amount:',
    communication: 'Structured communication:',
    scan: 'Scan this code with your banking app',
    signedBy: 'The property manager (syndic)',
    questions: 'If you have any question about this letter, please contact the property manager.',
  },
};

const CALL: Record<LetterLanguage, CallLetterTexts> = {
  fr: {
    heading: 'Appel de fonds',
    intro: (building) =>
      `En votre qualité de copropriétaire de l'immeuble ${building}, nous vous prions de bien vouloir verser ` +
      "votre quote-part de l'appel de fonds ci-dessous.",
    call: 'Appel :',
    period: 'Période :',
    periodRange: (from, to) => `du ${from} au ${to}`,
    fund: 'Fonds :',
    units: 'Lots concernés :',
    payment: 'Paiement',
    dueDate: 'À payer au plus tard le :',
    communicationNotice:
      'Indiquez exactement cette communication structurée : elle permet d’imputer votre paiement à cet appel.',
    closing:
      'Nous vous remercions de votre ponctualité et vous prions d’agréer, Madame, Monsieur, ' +
      "l'expression de nos salutations distinguées.",
  },
  nl: {
    heading: 'Oproep tot betaling',
    intro: (building) =>
      `Als mede-eigenaar van het gebouw ${building} verzoeken wij u vriendelijk uw aandeel in de onderstaande ` +
      'oproep te betalen.',
    call: 'Oproep:',
    period: 'Periode:',
    periodRange: (from, to) => `van ${from} tot ${to}`,
    fund: 'Fonds:',
    units: 'Betrokken kavels:',
    payment: 'Betaling',
    dueDate: 'Uiterlijk te betalen op:',
    communicationNotice:
      'Vermeld precies deze gestructureerde mededeling: zo wordt uw betaling aan deze oproep toegewezen.',
    closing: 'Wij danken u voor uw stipte betaling.\nMet vriendelijke groeten,',
  },
  en: {
    heading: 'Call for funds',
    intro: (building) =>
      `As a co-owner of the building ${building}, you are kindly requested to pay your share of the call for ` +
      'funds below.',
    call: 'Call:',
    period: 'Period:',
    periodRange: (from, to) => `from ${from} to ${to}`,
    fund: 'Fund:',
    units: 'Units concerned:',
    payment: 'Payment',
    dueDate: 'To be paid by:',
    communicationNotice: 'Please quote exactly this structured communication: it assigns your payment to this call.',
    closing: 'Thank you for paying on time.\nYours faithfully,',
  },
};

const REMINDER: Record<LetterLanguage, ReminderLetterTexts> = {
  fr: {
    heading: 'Rappel de paiement',
    intro: (asOf, building) =>
      `Sauf erreur de notre part, les montants suivants relatifs à l'immeuble ${building} restaient impayés ` +
      `au ${asOf} :`,
    columns: {
      call: 'Appel',
      dueDate: 'Échéance',
      amountDue: 'Montant dû',
      communication: 'Communication structurée',
      scan: 'Code QR',
    },
    total: 'Total dû',
    request:
      'Nous vous saurions gré de bien vouloir régler ces montants dans les meilleurs délais, chacun avec sa propre ' +
      'communication structurée (un code QR par montant, à scanner avec votre application bancaire). Si votre ' +
      'paiement a croisé ce courrier, nous vous prions de ne pas tenir compte de ce rappel.',
    lateInterest: (rate, amount) =>
      'Comme le prévoient les statuts ou une décision de l’assemblée générale, les montants impayés portent des ' +
      `intérêts de retard au taux de ${rate} l'an, soit ${amount} à cette date, en sus des montants ci-dessus.`,
    closing: "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  },
  nl: {
    heading: 'Betalingsherinnering',
    intro: (asOf, building) =>
      `Tenzij wij ons vergissen, stonden op ${asOf} voor het gebouw ${building} nog de volgende bedragen open:`,
    columns: {
      call: 'Oproep',
      dueDate: 'Vervaldag',
      amountDue: 'Verschuldigd',
      communication: 'Gestructureerde mededeling',
      scan: 'QR-code',
    },
    total: 'Totaal verschuldigd',
    request:
      'Wij vragen u vriendelijk deze bedragen zo spoedig mogelijk te betalen, elk met zijn eigen gestructureerde ' +
      'mededeling (één QR-code per bedrag, te scannen met uw bankapp). Heeft uw betaling deze brief gekruist, dan ' +
      'mag u deze herinnering als onbestaande beschouwen.',
    lateInterest: (rate, amount) =>
      'Zoals bepaald door de statuten of een beslissing van de algemene vergadering, brengen de onbetaalde bedragen ' +
      `verwijlintresten op van ${rate} per jaar, hetzij ${amount} op die datum, bovenop de bedragen hierboven.`,
    closing: 'Met vriendelijke groeten,',
  },
  en: {
    heading: 'Payment reminder',
    intro: (asOf, building) =>
      `Unless we are mistaken, the following amounts for the building ${building} were still unpaid on ${asOf}:`,
    columns: {
      call: 'Call',
      dueDate: 'Due date',
      amountDue: 'Amount due',
      communication: 'Structured communication',
      scan: 'QR code',
    },
    total: 'Total due',
    request:
      'We would be grateful if you could pay these amounts as soon as possible, each with its own structured ' +
      'communication (one QR code per amount, to scan with your banking app). If your payment has crossed this ' +
      'letter, please disregard this reminder.',
    lateInterest: (rate, amount) =>
      'As the statutes or a decision of the general assembly provide, the unpaid amounts bear late interest at ' +
      `${rate} a year, i.e. ${amount} on that date, in addition to the amounts above.`,
    closing: 'Yours faithfully,',
  },
};

export const paymentLetterTexts = (lang: LetterLanguage): PaymentLetterTexts => COMMON[lang];
export const callLetterTexts = (lang: LetterLanguage): CallLetterTexts => CALL[lang];
export const reminderLetterTexts = (lang: LetterLanguage): ReminderLetterTexts => REMINDER[lang];
