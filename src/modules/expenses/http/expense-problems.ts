import { registerProblemMessages } from '@shared/http/problem-messages';

/** Translated `detail` texts of the expenses context's own error codes. */
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
});
