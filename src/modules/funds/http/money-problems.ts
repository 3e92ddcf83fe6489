import { registerProblemMessages } from '@shared/http/problem-messages';

/** The `detail` texts of the funds context's error codes in English, French and Dutch (Accept-Language). */
export function registerMoneyProblems(): void {
  registerProblemMessages({
    INVALID_OGM: {
      en: 'The structured communication is not valid: its check digits do not match (+++ddd/dddd/ddddd+++)',
      fr: 'La communication structurée n’est pas valide : ses chiffres de contrôle ne correspondent pas (+++ddd/dddd/ddddd+++)',
      nl: 'De gestructureerde mededeling is ongeldig: de controlecijfers kloppen niet (+++ddd/dddd/ddddd+++)',
    },
    PAYMENT_UNIDENTIFIED: {
      en: 'The payment names no known structured communication of this building and no owner: it cannot be allocated',
      fr: 'Le paiement ne porte aucune communication structurée connue de cet immeuble ni aucun copropriétaire : il ne peut être imputé',
      nl: 'De betaling vermeldt geen gekende gestructureerde mededeling van dit gebouw en geen mede-eigenaar: ze kan niet toegewezen worden',
    },
    PAYMENT_OWNER_MISMATCH: {
      en: "The structured communication belongs to another owner's call than the owner named",
      fr: 'La communication structurée appartient à l’appel d’un autre copropriétaire que celui indiqué',
      nl: 'De gestructureerde mededeling hoort bij de oproep van een andere mede-eigenaar dan de vermelde',
    },
    CALL_HAS_PAYMENTS: {
      en: 'Payments are allocated to this call: it can no longer be cancelled',
      fr: 'Des paiements sont imputés à cet appel de fonds : il ne peut plus être annulé',
      nl: 'Er zijn betalingen aan deze oproep toegewezen: ze kan niet meer geannuleerd worden',
    },
    CALL_CANCELLED: {
      en: 'This call for funds is cancelled',
      fr: 'Cet appel de fonds est annulé',
      nl: 'Deze oproep tot betaling is geannuleerd',
    },
    DUPLICATE_FUND_NAME: {
      en: 'The building already has a fund named "{name}"',
      fr: 'L’immeuble a déjà un fonds nommé « {name} »',
      nl: 'Het gebouw heeft al een fonds met de naam "{name}"',
    },
  });
}
