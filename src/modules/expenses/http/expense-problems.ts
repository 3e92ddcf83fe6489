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
      fr: 'Un montant doit être un nombre entier de centimes non nul, de -{maxCents} à {maxCents}',
      nl: 'Een bedrag moet een geheel aantal cent verschillend van 0 zijn, van -{maxCents} tot {maxCents}',
    },
    INVALID_QUOTA: {
      fr: 'Une quotité doit être un nombre entier positif, pas {quota}',
      nl: 'Een quotiteit moet een positief geheel getal zijn, niet {quota}',
    },
    DUPLICATE_UNIT: {
      fr: 'Le lot {unitNumber} figure plus d’une fois',
      nl: 'Kavel {unitNumber} komt meer dan eens voor',
    },
    REGISTRY_INCOMPLETE: {
      fr: 'Le registre est incomplet le {days} : chaque charge doit être supportée par les copropriétaires (voir errors)',
      nl: 'Het register is onvolledig op {days}: elke last moet door de mede-eigenaars gedragen worden (zie errors)',
    },
    REGISTRY_QUOTAS_INCOMPLETE: {
      fr: 'Le {day}, les quotités des lots totalisent {quotaSum} sur {totalQuota}',
      nl: 'Op {day} tellen de quotiteiten van de kavels op tot {quotaSum} van {totalQuota}',
    },
    REGISTRY_UNIT_NOT_FULLY_OWNED: {
      fr: 'Le {day}, le lot {unitNumber} est détenu à {share} %',
      nl: 'Op {day} is kavel {unitNumber} voor {share} % in eigendom',
    },
    KEY_IN_USE: {
      fr: 'La clé de répartition « {name} » est utilisée par une dépense : elle ne peut plus changer',
      nl: 'Verdeelsleutel "{name}" wordt door een uitgave gebruikt: ze kan niet meer wijzigen',
    },
    DUPLICATE_KEY_NAME: {
      fr: 'L’immeuble a déjà une clé de répartition nommée « {name} »',
      nl: 'Het gebouw heeft al een verdeelsleutel met de naam "{name}"',
    },
    DUPLICATE_OWNER: {
      fr: 'Un copropriétaire figure plus d’une fois dans le lot {unitNumber}',
      nl: 'Een mede-eigenaar komt meer dan eens voor in kavel {unitNumber}',
    },
  });
}
