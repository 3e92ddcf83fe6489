import { registerProblemMessages } from '@shared/http/problem-messages';

/**
 * French and Dutch `detail` texts of the expenses context's error codes (Accept-Language). INVALID_SHARE,
 * QUOTA_EXCEEDED and OWNERSHIP_OVER_100 are the units context's codes too: their texts are registered there.
 */
export function registerExpenseProblems(): void {
  registerProblemMessages({
    EXPENSE_ALREADY_PAID: {
      en: 'This expense is already paid: it can no longer change',
      fr: 'Cette dépense est déjà payée : elle ne peut plus changer',
      nl: 'Deze uitgave is al betaald: ze kan niet meer wijzigen',
    },
    EXPENSE_CANCELLED: {
      en: 'This expense is cancelled: it can no longer change',
      fr: 'Cette dépense est annulée : elle ne peut plus changer',
      nl: 'Deze uitgave is geannuleerd: ze kan niet meer wijzigen',
    },
    UNKNOWN_ACCOUNT_CODE: {
      en: 'Account {accountCode} is not in the chart of accounts',
      fr: "Le compte {accountCode} n'existe pas dans le plan comptable",
      nl: 'Rekening {accountCode} staat niet in het rekeningenstelsel',
    },
    INVALID_AMOUNT: {
      fr: 'Un montant doit être un nombre entier de centimes de 1 à {maxCents}',
      nl: 'Een bedrag moet een geheel aantal cent van 1 tot {maxCents} zijn',
    },
    INVALID_QUOTA: {
      fr: 'Une quotité doit être un nombre entier positif, pas {quota}',
      nl: 'Een quotiteit moet een positief geheel getal zijn, niet {quota}',
    },
    DUPLICATE_UNIT: {
      fr: 'Le lot {unitNumber} figure plus d’une fois',
      nl: 'Kavel {unitNumber} komt meer dan eens voor',
    },
    DUPLICATE_OWNER: {
      fr: 'Un copropriétaire figure plus d’une fois dans le lot {unitNumber}',
      nl: 'Een mede-eigenaar komt meer dan eens voor in kavel {unitNumber}',
    },
  });
}
