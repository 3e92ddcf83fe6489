import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the sign-in error codes (Accept-Language); English is the error's own message. */
export function registerAuthProblems(): void {
  registerProblemMessages({
    INVALID_CREDENTIALS: {
      fr: "L'adresse e-mail ou le mot de passe est incorrect",
      nl: 'Het e-mailadres of het wachtwoord is onjuist',
    },
    INVALID_REFRESH_TOKEN: {
      fr: "Le jeton de renouvellement n'est pas valable",
      nl: 'Het vernieuwingstoken is ongeldig',
    },
  });
}
