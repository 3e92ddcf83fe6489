import { registerProblemMessages } from '@shared/http/problem-messages';

/**
 * French and Dutch `detail` texts of the funds context's error codes (Accept-Language); English is the error's own
 * message.
 */
export function registerMoneyProblems(): void {
  registerProblemMessages({
    INVALID_OGM: {
      fr: 'La communication structurée n’est pas valide : ses chiffres de contrôle ne correspondent pas (+++ddd/dddd/ddddd+++)',
      nl: 'De gestructureerde mededeling is ongeldig: de controlecijfers kloppen niet (+++ddd/dddd/ddddd+++)',
    },
    PAYMENT_UNIDENTIFIED: {
      fr: 'Le paiement ne porte aucune communication structurée connue de cet immeuble ni aucun copropriétaire : il ne peut être imputé',
      nl: 'De betaling vermeldt geen gekende gestructureerde mededeling van dit gebouw en geen mede-eigenaar: ze kan niet toegewezen worden',
    },
    PAYMENT_OWNER_MISMATCH: {
      fr: 'La communication structurée appartient à l’appel d’un autre copropriétaire que celui indiqué',
      nl: 'De gestructureerde mededeling hoort bij de oproep van een andere mede-eigenaar dan de vermelde',
    },
    CALL_HAS_PAYMENTS: {
      fr: 'Des paiements sont imputés à cet appel de fonds : il ne peut plus être annulé',
      nl: 'Er zijn betalingen aan deze oproep toegewezen: ze kan niet meer geannuleerd worden',
    },
    CALL_CANCELLED: {
      fr: 'Cet appel de fonds est annulé',
      nl: 'Deze oproep tot betaling is geannuleerd',
    },
    INVALID_EPC_TRANSFER: {
      fr: 'Le code QR de virement (EPC) ne peut porter ce champ ({field}) : vérifiez le nom, l’IBAN, le montant et la communication',
      nl: 'De QR-code voor overschrijving (EPC) kan dit veld ({field}) niet bevatten: controleer naam, IBAN, bedrag en mededeling',
    },
    NO_ARREARS: {
      fr: 'Aucun copropriétaire n’est en retard de paiement le {day} : il n’y a aucun rappel à envoyer',
      nl: 'Geen enkele mede-eigenaar heeft op {day} een betalingsachterstand: er is geen herinnering te versturen',
    },
    DUPLICATE_FUND_NAME: {
      fr: 'L’immeuble a déjà un fonds nommé « {name} »',
      nl: 'Het gebouw heeft al een fonds met de naam "{name}"',
    },
  });
}
