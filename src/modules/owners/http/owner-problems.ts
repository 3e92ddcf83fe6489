import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the owner error codes (Accept-Language); English is the error's own message. */
export function registerOwnerProblems(): void {
  registerProblemMessages({
    INVALID_OWNER: {
      fr: "Le champ {field} du copropriétaire n'est pas valide",
      nl: 'Het veld {field} van de mede-eigenaar is ongeldig',
    },
    DUPLICATE_OWNER_EMAIL: {
      fr: "Un autre copropriétaire de l'organisation utilise déjà cette adresse e-mail",
      nl: 'Een andere mede-eigenaar van de organisatie gebruikt dit e-mailadres al',
    },
    OWNER_HAS_OWNERSHIPS: {
      fr: "Le copropriétaire détient ou a détenu des parts de lots : le supprimer en effacerait l'historique",
      nl: 'De mede-eigenaar heeft of had aandelen in kavels: het verwijderen zou die geschiedenis wissen',
    },
    OWNER_HAS_PAYMENTS: {
      fr: "Le copropriétaire a des appels de fonds ou des paiements (historique comptable) : le supprimer en effacerait l'historique",
      nl: 'De mede-eigenaar heeft oproepen tot betaling of betalingen (boekhoudkundige geschiedenis): het verwijderen zou die geschiedenis wissen',
    },
    OWNER_HAS_ASSEMBLY_RECORDS: {
      fr: "Le copropriétaire a été convoqué à une assemblée générale, y a assisté ou y a voté (le registre est conservé) : il ne peut être supprimé",
      nl: 'De mede-eigenaar werd opgeroepen voor een algemene vergadering, was erop aanwezig of stemde erop (het register wordt bewaard): hij kan niet verwijderd worden',
    },
    OWNER_USER_ALREADY_LINKED: {
      fr: 'Ce compte utilisateur est déjà lié à un autre copropriétaire',
      nl: 'Deze gebruikersaccount is al aan een andere mede-eigenaar gekoppeld',
    },
    USER_NOT_OWNER_ROLE: {
      fr: 'Seul un compte utilisateur actif ayant le rôle de copropriétaire peut être lié à un copropriétaire',
      nl: 'Alleen een actieve gebruikersaccount met de rol mede-eigenaar kan aan een mede-eigenaar gekoppeld worden',
    },
    CONSENT_IN_FUTURE: {
      fr: 'Un consentement est enregistré une fois donné : le {givenOn} est dans le futur',
      nl: 'Een toestemming wordt geregistreerd zodra ze gegeven is: {givenOn} ligt in de toekomst',
    },
    CONSENT_BEFORE_WITHDRAWAL: {
      fr: 'Le copropriétaire a retiré un consentement antérieur le {withdrawnOn} : un nouveau consentement date de ce jour ou après',
      nl: 'De mede-eigenaar trok een eerdere toestemming in op {withdrawnOn}: een nieuwe toestemming dateert van die dag of later',
    },
  });
}
