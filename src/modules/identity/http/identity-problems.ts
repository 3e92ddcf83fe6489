import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the account and organization error codes; English is the error's own message. */
export function registerIdentityProblems(): void {
  registerProblemMessages({
    WEAK_PASSWORD: {
      fr: 'Un mot de passe compte au moins 12 caractères',
      nl: 'Een wachtwoord telt minstens 12 tekens',
    },
    EMAIL_NOT_AVAILABLE: {
      fr: 'Cette adresse e-mail ne peut pas servir à un nouveau compte ; choisissez-en une autre',
      nl: 'Dit e-mailadres kan niet voor een nieuw account dienen; kies een ander',
    },
    SLUG_ALREADY_USED: {
      fr: 'Une organisation utilise déjà l’identifiant « {slug} »',
      nl: 'Een organisatie gebruikt de slug "{slug}" al',
    },
    ROLE_NOT_ASSIGNABLE: {
      fr: 'Vous ne pouvez pas attribuer le rôle {role}',
      nl: 'U mag de rol {role} niet toekennen',
    },
    USER_ALREADY_ANONYMIZED: {
      fr: 'Cette personne a déjà été anonymisée',
      nl: 'Deze persoon is al geanonimiseerd',
    },
  });
}
