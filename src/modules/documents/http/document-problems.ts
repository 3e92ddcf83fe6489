import { registerProblemMessages } from '@shared/http/problem-messages';

/** French and Dutch `detail` texts of the documents context's own error codes (Accept-Language). */
export function registerDocumentProblems(): void {
  registerProblemMessages({
    EMPTY_DOCUMENT: {
      en: 'The document is empty',
      fr: 'Le document est vide',
      nl: 'Het document is leeg',
    },
    DOCUMENT_CONTENT_MISMATCH: {
      en: 'The document starts as {claimed} but is not a valid one ({reason})',
      fr: "Le document commence comme {claimed} mais n'en est pas un valide ({reason})",
      nl: 'Het document begint als {claimed} maar is er geen geldig ({reason})',
    },
    DOCUMENT_TYPE_NOT_ALLOWED: {
      en: 'Role {role} may not upload documents of type {type}',
      fr: 'Le rôle {role} ne peut pas déposer de documents de type {type}',
      nl: 'De rol {role} mag geen documenten van het type {type} opladen',
    },
  });
}
