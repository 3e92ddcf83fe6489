import { registerProblemMessages } from '@shared/http/problem-messages';

/** French and Dutch `detail` texts (English keeps each error's own message) of the bank statements context's error codes (Accept-Language). */
export function registerBankStatementProblems(): void {
  registerProblemMessages({
    STATEMENT_FORMAT_UNKNOWN: {
      fr: "Le fichier n'est ni un extrait de compte CODA ni un relevé ISO 20022 CAMT.053",
      nl: 'Het bestand is geen CODA-rekeninguittreksel en geen ISO 20022 CAMT.053-afschrift',
    },
    STATEMENT_MALFORMED: {
      fr: "L'extrait {format} est mal formé : {where}",
      nl: 'Het {format}-uittreksel is misvormd: {where}',
    },
    STATEMENT_UNBALANCED: {
      fr: 'Le solde initial {openingCents} plus les mouvements {movementsCents} ne donne pas le solde final {closingCents} (centimes) : le fichier est incomplet ou altéré',
      nl: 'Het beginsaldo {openingCents} plus de verrichtingen {movementsCents} is niet het eindsaldo {closingCents} (cent): het bestand is onvolledig of gewijzigd',
    },
    STATEMENT_FILE_HAS_SEVERAL: {
      fr: 'Le fichier contient {count} extraits ; importez un extrait par fichier',
      nl: 'Het bestand bevat {count} uittreksels; importeer één uittreksel per bestand',
    },
    STATEMENT_CURRENCY_UNSUPPORTED: {
      fr: "L'extrait est en {currency} ; seuls les comptes en EUR sont tenus",
      nl: 'Het uittreksel is in {currency}; alleen rekeningen in EUR worden bijgehouden',
    },
    MOVEMENT_ALREADY_MATCHED: {
      fr: "Le mouvement bancaire est déjà rapproché d'un paiement",
      nl: 'De bankverrichting is al aan een betaling gekoppeld',
    },
    MOVEMENT_NOT_A_DEBIT: {
      fr: "Le mouvement bancaire de {amountCents} centimes n'est pas une sortie d'argent : seul un débit peut payer une facture",
      nl: 'De bankverrichting van {amountCents} cent is geen uitgaand geld: alleen een debitering kan een factuur betalen',
    },
    MOVEMENT_AMOUNT_MISMATCH: {
      fr: 'Le débit de {movementCents} centimes ne paie pas la facture de {invoiceCents} centimes : une facture est payée entière par un seul mouvement',
      nl: 'De debitering van {movementCents} cent betaalt de factuur van {invoiceCents} cent niet: een factuur wordt volledig door één verrichting betaald',
    },
    MOVEMENT_NOT_A_CREDIT: {
      fr: "Le mouvement bancaire de {amountCents} centimes n'est pas une entrée d'argent : seul un crédit peut être le paiement d'un copropriétaire",
      nl: 'De bankverrichting van {amountCents} cent is geen inkomend geld: alleen een creditering kan de betaling van een mede-eigenaar zijn',
    },
  });
}
