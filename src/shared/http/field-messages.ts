import type { Language } from './language';

type Texts = Readonly<Record<Exclude<Language, 'en'>, string>>;

/**
 * French and Dutch texts of the field-level messages (`errors[].message`), English staying the validator's own.
 * By class-validator constraint name, `{field}` the property and `{0}`, `{1}` the decorator's arguments.
 */
const BY_CONSTRAINT: Record<string, Texts> = {
  isDefined: { fr: '{field} est obligatoire', nl: '{field} is verplicht' },
  isNotEmpty: { fr: '{field} ne peut pas être vide', nl: '{field} mag niet leeg zijn' },
  isString: { fr: '{field} doit être un texte', nl: '{field} moet een tekst zijn' },
  isInt: { fr: '{field} doit être un nombre entier', nl: '{field} moet een geheel getal zijn' },
  isBoolean: { fr: '{field} doit valoir true ou false', nl: '{field} moet true of false zijn' },
  isArray: { fr: '{field} doit être une liste', nl: '{field} moet een lijst zijn' },
  isObject: { fr: '{field} doit être un objet', nl: '{field} moet een object zijn' },
  isEmail: { fr: '{field} doit être une adresse e-mail', nl: '{field} moet een e-mailadres zijn' },
  isUuid: { fr: '{field} doit être un UUID', nl: '{field} moet een UUID zijn' },
  isUrl: { fr: '{field} doit être une URL', nl: '{field} moet een URL zijn' },
  isIso8601: { fr: '{field} doit être une date ISO 8601', nl: '{field} moet een ISO 8601-datum zijn' },
  isIn: { fr: '{field} doit valoir une de ces valeurs : {0}', nl: '{field} moet een van deze waarden zijn: {0}' },
  min: { fr: '{field} doit valoir au moins {0}', nl: '{field} moet minstens {0} zijn' },
  max: { fr: '{field} doit valoir au plus {0}', nl: '{field} mag hoogstens {0} zijn' },
  minLength: { fr: '{field} doit compter au moins {0} caractères', nl: '{field} moet minstens {0} tekens tellen' },
  maxLength: { fr: '{field} doit compter au plus {0} caractères', nl: '{field} mag hoogstens {0} tekens tellen' },
  isLength: {
    fr: '{field} doit compter de {0} à {1} caractères',
    nl: '{field} moet {0} tot {1} tekens tellen',
  },
  matches: { fr: "{field} n'a pas la forme attendue", nl: '{field} heeft niet de verwachte vorm' },
  notEquals: { fr: '{field} ne peut pas valoir {0}', nl: '{field} mag niet {0} zijn' },
  arrayMinSize: { fr: '{field} doit compter au moins {0} éléments', nl: '{field} moet minstens {0} elementen tellen' },
  arrayMaxSize: { fr: '{field} doit compter au plus {0} éléments', nl: '{field} mag hoogstens {0} elementen tellen' },
  arrayUnique: { fr: '{field} ne peut pas contenir de doublons', nl: '{field} mag geen dubbels bevatten' },
  nestedValidation: { fr: '{field} doit être un objet ou une liste', nl: '{field} moet een object of een lijst zijn' },
  whitelistValidation: { fr: "Le champ {field} n'est pas permis", nl: 'Het veld {field} is niet toegestaan' },
  isCalendarDate: { fr: '{field} doit être une date AAAA-MM-JJ', nl: '{field} moet een datum JJJJ-MM-DD zijn' },
  isNotBefore: { fr: '{field} ne peut pas précéder {0}', nl: '{field} mag niet vóór {0} liggen' },
  isYearAtMostAhead: {
    fr: "{field} ne peut pas dépasser de plus de {0} ans l'année en cours",
    nl: '{field} mag niet meer dan {0} jaar na het huidige jaar liggen',
  },
  hasAtMostDecimals: {
    fr: '{field} doit être un nombre avec au plus {0} décimales',
    nl: '{field} moet een getal met hoogstens {0} decimalen zijn',
  },
  isShare: {
    fr: "{field} doit être un pourcentage supérieur à 0 et d'au plus 100, avec au plus 4 décimales",
    nl: '{field} moet een percentage boven 0 en van hoogstens 100 zijn, met hoogstens 4 decimalen',
  },
  isAcceptedBy: { fr: "{field} n'a pas la forme attendue", nl: '{field} heeft niet de verwachte vorm' },
  isPostalCodeOf: { fr: "{field} n'est pas un code postal valable", nl: '{field} is geen geldige postcode' },
};

/**
 * Messages written out in full (custom validator messages, HTTP-layer checks), by their English text with the
 * property as `{field}`: they say more than their constraint's generic text.
 */
const BY_MESSAGE: Record<string, Texts> = {
  '{field} must be a UUID': { fr: '{field} doit être un UUID', nl: '{field} moet een UUID zijn' },
  '{field} must be a date YYYY-MM-DD': {
    fr: '{field} doit être une date AAAA-MM-JJ',
    nl: '{field} moet een datum JJJJ-MM-DD zijn',
  },
  '{field} must be an ISO 3166-1 alpha-2 code': {
    fr: '{field} doit être un code pays ISO 3166-1 de deux lettres',
    nl: '{field} moet een landcode ISO 3166-1 van twee letters zijn',
  },
  '{field} must be a phone number': {
    fr: '{field} doit être un numéro de téléphone',
    nl: '{field} moet een telefoonnummer zijn',
  },
  '{field} must be a telephone number (8 to 15 digits)': {
    fr: '{field} doit être un numéro de téléphone (8 à 15 chiffres)',
    nl: '{field} moet een telefoonnummer zijn (8 tot 15 cijfers)',
  },
  '{field} must be a class-6 account code of 2 to 10 digits': {
    fr: '{field} doit être un compte de classe 6 de 2 à 10 chiffres',
    nl: '{field} moet een rekening van klasse 6 met 2 tot 10 cijfers zijn',
  },
  '{field} must be 1 to 10 digits starting with 1 to 7': {
    fr: '{field} doit compter 1 à 10 chiffres, le premier de 1 à 7',
    nl: '{field} moet 1 tot 10 cijfers tellen, het eerste van 1 tot 7',
  },
  '{field} must be an ISO 8601 timestamp with a time zone': {
    fr: '{field} doit être un horodatage ISO 8601 avec fuseau horaire',
    nl: '{field} moet een ISO 8601-tijdstip met tijdzone zijn',
  },
  '{field} is required when the meeting is urgent': {
    fr: "{field} est obligatoire lorsque l'assemblée est urgente",
    nl: '{field} is verplicht wanneer de vergadering dringend is',
  },
  '{field} must be a BCE/KBO number of 10 digits with a valid check (mod 97)': {
    fr: '{field} doit être un numéro BCE de 10 chiffres au contrôle valable (modulo 97)',
    nl: '{field} moet een KBO-nummer van 10 cijfers met een geldige controle (modulo 97) zijn',
  },
  '{field} must be an IPI/BIV number of 6 digits': {
    fr: '{field} doit être un numéro IPI de 6 chiffres',
    nl: '{field} moet een BIV-nummer van 6 cijfers zijn',
  },
  '{field} must be an IBAN with a valid check (mod 97)': {
    fr: '{field} doit être un IBAN au contrôle valable (modulo 97)',
    nl: '{field} moet een IBAN met een geldige controle (modulo 97) zijn',
  },
  '{field} must be a Belgian postal code (4 digits, 1000-9999)': {
    fr: '{field} doit être un code postal belge (4 chiffres, 1000-9999)',
    nl: '{field} moet een Belgische postcode zijn (4 cijfers, 1000-9999)',
  },
  '{field} must be a postal code': { fr: '{field} doit être un code postal', nl: '{field} moet een postcode zijn' },
  '{field} is required': { fr: '{field} est obligatoire', nl: '{field} is verplicht' },
  '{field} must be sent once': { fr: '{field} ne peut être envoyé qu’une fois', nl: '{field} mag maar één keer komen' },
  '{field} is too long': { fr: '{field} est trop long', nl: '{field} is te lang' },
  'the file part must be named {field}': {
    fr: 'La partie fichier doit s’appeler {field}',
    nl: 'Het bestandsdeel moet {field} heten',
  },
  '{field} must not contain NUL characters': {
    fr: '{field} ne peut pas contenir de caractère NUL',
    nl: '{field} mag geen NUL-tekens bevatten',
  },
  '{field} must be valid Unicode text': {
    fr: '{field} doit être un texte Unicode valable',
    nl: '{field} moet geldige Unicode-tekst zijn',
  },
};

/** Whatever else a field may be refused for (a domain rule's own wording): never English in fr or nl. */
const ANY_REASON: Texts = { fr: "Le champ {field} n'est pas valable", nl: 'Het veld {field} is ongeldig' };

/** Where a field message comes from, so that it can be said in another language. */
export interface FieldMessageSource {
  readonly field: string;
  readonly message: string;
  /** The class-validator constraint that refused it (`isInt`, `max`, `whitelistValidation`…). */
  readonly constraint?: string;
  /** The constraint's arguments (`max(100)` → [100]). */
  readonly args?: readonly unknown[];
}

/** The message in the caller's language: English as written, fr and nl from the tables above. */
export function fieldMessage(source: FieldMessageSource, language: Language): string {
  if (language === 'en') return source.message;
  const property = source.field.split('.').pop() ?? source.field;
  const written = source.message.replace(property, '{field}');
  const texts = BY_MESSAGE[written] ?? (source.constraint ? BY_CONSTRAINT[source.constraint] : undefined) ?? ANY_REASON;
  return fill(texts[language], property, source.args ?? []);
}

/** True when fr and nl have a text of their own for this constraint or this written-out message. */
export function hasFieldTexts(source: Omit<FieldMessageSource, 'field'> & { readonly field?: string }): boolean {
  const written = source.field ? source.message.replace(source.field, '{field}') : source.message;
  return written in BY_MESSAGE || (!!source.constraint && source.constraint in BY_CONSTRAINT);
}

function fill(template: string, field: string, args: readonly unknown[]): string {
  return template.replace(/\{(field|\d)\}/g, (_, name: string) =>
    name === 'field' ? field : formatArg(args[Number(name)]),
  );
}

function formatArg(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value instanceof RegExp) return value.source;
  return String(value ?? '');
}
