import { registerProblemMessages } from '../../../shared/http/problem-messages';

/**
 * French and Dutch `detail` texts of the building error codes (Accept-Language); English is the error's own message.
 * Texts leave out the counts the database's safety nets cannot know.
 */
export function registerBuildingProblems(): void {
  registerProblemMessages({
    INVALID_BUILDING: {
      fr: "Le champ {field} de l'immeuble n'est pas valide",
      nl: 'Het veld {field} van het gebouw is ongeldig',
    },
    INVALID_ADDRESS: {
      fr: "Le champ {field} de l'adresse n'est pas valide",
      nl: 'Het veld {field} van het adres is ongeldig',
    },
    BUILDING_HAS_UNITS: {
      fr: "L'immeuble compte encore des lots : supprimez-les d'abord",
      nl: 'Het gebouw heeft nog kavels: verwijder die eerst',
    },
    BUILDING_HAS_EXPENSES: {
      fr: "L'immeuble a des dépenses (historique comptable) : il ne peut pas être supprimé",
      nl: 'Het gebouw heeft uitgaven (boekhoudkundige geschiedenis): het kan niet worden verwijderd',
    },
    BUILDING_HAS_MEETINGS: {
      fr: "L'immeuble a des assemblées générales : le supprimer en effacerait l'historique",
      nl: 'Het gebouw heeft algemene vergaderingen: het verwijderen zou die geschiedenis wissen',
    },
    BUILDING_HAS_DOCUMENTS: {
      fr: "L'immeuble a des documents : supprimez-les d'abord",
      nl: 'Het gebouw heeft documenten: verwijder die eerst',
    },
    BUILDING_HAS_CLOSINGS: {
      fr: "Les comptes de l'immeuble ont été clôturés (historique comptable) : il ne peut pas être supprimé",
      nl: 'De boeken van het gebouw zijn afgesloten (boekhoudkundige geschiedenis): het kan niet worden verwijderd',
    },
    BUILDING_HAS_FUNDS: {
      fr: "L'immeuble a des fonds, des appels de fonds, des paiements ou des extraits bancaires (historique comptable) : il ne peut pas être supprimé",
      nl: 'Het gebouw heeft fondsen, oproepen tot betaling, betalingen of rekeninguittreksels (boekhoudkundige geschiedenis): het kan niet worden verwijderd',
    },
    CLOSING_NOT_AFTER_LAST: {
      fr: "Les comptes sont déjà clôturés jusqu'au {lastUntil} : une nouvelle clôture doit venir après cette date",
      nl: 'De boeken zijn al afgesloten tot {lastUntil}: een nieuwe afsluiting moet na die datum komen',
    },
    CLOSING_IN_FUTURE: {
      fr: "Les comptes ne peuvent pas être clôturés à l'avance : le {until} est après aujourd'hui ({today})",
      nl: 'De boeken kunnen niet vooraf worden afgesloten: {until} ligt na vandaag ({today})',
    },
    TOTAL_QUOTA_BELOW_ALLOCATED: {
      fr: "Le total des quotités de l'immeuble ne peut pas être inférieur aux quotités déjà attribuées à ses lots",
      nl: 'Het totaal aan quotiteiten van het gebouw mag niet lager zijn dan de quotiteiten die zijn kavels al hebben',
    },
    TOTAL_UNITS_BELOW_COUNT: {
      fr: "Le nombre total de lots de l'immeuble ne peut pas être inférieur au nombre de lots déjà enregistrés",
      nl: 'Het totale aantal kavels van het gebouw mag niet lager zijn dan het aantal al geregistreerde kavels',
    },
  });
}
