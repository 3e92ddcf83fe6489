import type { Language } from './language';

type Catalog = Record<string, Partial<Record<Language, string>>>;

/**
 * The texts of one error code. English may be left out: the error's own message then answers in English, so the
 * English wording lives in one place (the error class).
 */
export type ProblemTexts = Readonly<Record<Exclude<Language, 'en'>, string>> & { readonly en?: string };

/**
 * Translated `detail` texts by error code; `{name}` placeholders take the error's params. A code missing here
 * answers with the error's own English message whatever the language.
 */
const catalog: Catalog = {
  VALIDATION_FAILED: {
    en: 'The request is not valid: see errors',
    fr: "La requête n'est pas valide : voir errors",
    nl: 'Het verzoek is ongeldig: zie errors',
  },
  MALFORMED_JSON: {
    en: 'The request body is not valid JSON',
    fr: "Le corps de la requête n'est pas du JSON valide",
    nl: 'De inhoud van het verzoek is geen geldige JSON',
  },
  NOT_FOUND: {
    en: 'No such {resource}',
    fr: '{resource} introuvable',
    nl: '{resource} niet gevonden',
  },
  ROUTE_NOT_FOUND: { en: 'No such route', fr: 'Route inconnue', nl: 'Onbekende route' },
  UNAUTHENTICATED: {
    en: 'A valid access token is required',
    fr: "Un jeton d'accès valide est requis",
    nl: 'Een geldig toegangstoken is vereist',
  },
  FORBIDDEN: {
    fr: 'Votre rôle ne permet pas cette action',
    nl: 'Uw rol laat dit niet toe',
  },
  JSON_TOO_DEEP: {
    en: 'The request body nests too deeply',
    fr: 'Le corps de la requête est imbriqué trop profondément',
    nl: 'De inhoud van het verzoek is te diep genest',
  },
  MALFORMED_URL: {
    en: 'The request URL is not valid',
    fr: "L'URL de la requête n'est pas valide",
    nl: 'De URL van het verzoek is ongeldig',
  },
  MALFORMED_MULTIPART: {
    en: 'The multipart body is malformed or incomplete',
    fr: 'Le corps multipart est mal formé ou incomplet',
    nl: 'De multipart-inhoud is misvormd of onvolledig',
  },
  PAYLOAD_TOO_LARGE: {
    en: 'The request body is larger than allowed',
    fr: 'Le corps de la requête dépasse la taille autorisée',
    nl: 'De inhoud van het verzoek is groter dan toegestaan',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'This content type is not supported',
    fr: "Ce type de contenu n'est pas pris en charge",
    nl: 'Dit inhoudstype wordt niet ondersteund',
  },
  RATE_LIMITED: {
    en: 'Too many attempts; try again later',
    fr: 'Trop de tentatives ; réessayez plus tard',
    nl: 'Te veel pogingen; probeer later opnieuw',
  },
  PERIOD_CLOSED: {
    en: 'The books are closed until {closedUntil}: a write dated {date} is refused',
    fr: "Les comptes sont clôturés jusqu'au {closedUntil} : une écriture datée du {date} est refusée",
    nl: 'De boeken zijn afgesloten tot {closedUntil}: een boeking op {date} wordt geweigerd',
  },
  DATABASE_UNAVAILABLE: {
    en: 'The database is unavailable for a moment; try again shortly',
    fr: 'La base de données est momentanément indisponible ; réessayez dans un instant',
    nl: 'De database is even niet beschikbaar; probeer het zo opnieuw',
  },
  DATABASE_BUSY: {
    en: 'The server is too busy to take this request now; try again shortly',
    fr: 'Le serveur est trop occupé pour traiter cette requête ; réessayez dans un instant',
    nl: 'De server is te druk om dit verzoek nu te behandelen; probeer het zo opnieuw',
  },
  INTERNAL_ERROR: {
    en: 'An unexpected error occurred',
    fr: "Une erreur inattendue s'est produite",
    nl: 'Er is een onverwachte fout opgetreden',
  },
};

/**
 * Names of the resources a NOT_FOUND problem names (`ResourceNotFound('building')`), as the start of a French or
 * Dutch sentence ("Immeuble introuvable"); a name missing here stays as written.
 */
const resourceNames: Record<string, ProblemTexts> = {
  account: { fr: 'Compte', nl: 'Account' },
  'agenda item': { fr: "Point de l'ordre du jour", nl: 'Agendapunt' },
  'bank movement': { fr: 'Mouvement bancaire', nl: 'Bankverrichting' },
  'bank statement': { fr: 'Extrait de compte', nl: 'Rekeninguittreksel' },
  building: { fr: 'Immeuble', nl: 'Gebouw' },
  call: { fr: 'Appel de fonds', nl: 'Oproep tot betaling' },
  'call item': { fr: "Ligne d'appel de fonds", nl: 'Regel van de oproep tot betaling' },
  closing: { fr: 'Clôture des comptes', nl: 'Afsluiting van de boeken' },
  dispatch: { fr: 'Envoi de convocation', nl: 'Verzending van de oproeping' },
  'distribution key': { fr: 'Clé de répartition', nl: 'Verdeelsleutel' },
  document: { fr: 'Document', nl: 'Document' },
  expense: { fr: 'Dépense', nl: 'Uitgave' },
  fund: { fr: 'Fonds', nl: 'Fonds' },
  'journal entry': { fr: 'Écriture comptable', nl: 'Journaalpost' },
  meeting: { fr: 'Assemblée générale', nl: 'Algemene vergadering' },
  organization: { fr: 'Organisation', nl: 'Organisatie' },
  owner: { fr: 'Copropriétaire', nl: 'Mede-eigenaar' },
  ownership: { fr: 'Part de propriété', nl: 'Eigendomsaandeel' },
  payment: { fr: 'Paiement', nl: 'Betaling' },
  resolution: { fr: 'Résolution', nl: 'Besluit' },
  unit: { fr: 'Lot', nl: 'Kavel' },
  user: { fr: 'Utilisateur', nl: 'Gebruiker' },
};

/** The resource's name for a NOT_FOUND `detail`: English as written, fr and nl from the table. */
export function resourceName(resource: string, language: Language): string {
  if (language === 'en') return resource;
  return resourceNames[resource]?.[language] ?? resource;
}

/** Lets a context name its own resources for NOT_FOUND problems. */
export function registerResourceNames(names: Readonly<Record<string, ProblemTexts>>): void {
  Object.assign(resourceNames, names);
}

/** Lets each context add the texts of its own error codes, at import time or when its module is built. */
export function registerProblemMessages(messages: Readonly<Record<string, ProblemTexts>>): void {
  Object.assign(catalog, messages);
}

export function problemMessage(
  code: string,
  language: Language,
  params: Readonly<Record<string, string | number>>,
  fallback: string,
): string {
  const template = catalog[code]?.[language];
  if (!template) return fallback;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
