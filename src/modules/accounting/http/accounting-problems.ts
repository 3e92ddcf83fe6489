import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the accounting error codes (Accept-Language); English is the error's own message. */
export function registerAccountingProblems(): void {
  registerProblemMessages({
    ENTRY_NOT_BALANCED: {
      fr: "L'écriture n'est pas équilibrée : débits {debitCents} centimes, crédits {creditCents} centimes",
      nl: 'De boeking is niet in evenwicht: debet {debitCents} cent, credit {creditCents} cent',
    },
    UNKNOWN_ACCOUNT: {
      fr: "Le compte {accountCode} n'est ni dans le plan comptable ni un sous-compte de l'organisation",
      nl: 'Rekening {accountCode} staat niet in het rekeningenstelsel en is geen subrekening van de organisatie',
    },
    OWNERS_ACCOUNT_RESERVED: {
      fr: 'Le compte {accountCode} (copropriétaires) ne bouge que par les appels de fonds et les paiements',
      nl: 'Rekening {accountCode} (mede-eigenaars) wordt enkel door oproepen tot betaling en betalingen geboekt',
    },
    ENTRY_ALREADY_REVERSED: {
      fr: 'Cette écriture est déjà extournée, ou est elle-même une extourne',
      nl: 'Deze boeking is al tegengeboekt, of is zelf een tegenboeking',
    },
    ENTRY_POSTED_AUTOMATICALLY: {
      fr: 'Cette écriture a été passée automatiquement ({sourceType}) : corrigez-en la source',
      nl: 'Deze boeking werd automatisch geboekt ({sourceType}): corrigeer de bron ervan',
    },
    PCN_ACCOUNT_EXISTS: {
      fr: 'Le plan comptable contient déjà le compte {accountCode}',
      nl: 'Het rekeningenstelsel bevat de rekening {accountCode} al',
    },
    CHART_ACCOUNT_READ_ONLY: {
      fr: "Le compte {accountCode} fait partie du plan comptable des copropriétés : seuls les sous-comptes de l'organisation se renomment",
      nl: 'Rekening {accountCode} hoort bij het rekeningenstelsel voor mede-eigendommen: enkel subrekeningen van de organisatie worden hernoemd',
    },
    INVALID_SUB_ACCOUNT: {
      fr: 'Le sous-compte {code} doit prolonger {parentCode}, un compte du plan comptable, et être nouveau',
      nl: 'Subrekening {code} moet {parentCode}, een rekening van het rekeningenstelsel, verlengen en nieuw zijn',
    },
  });
}
