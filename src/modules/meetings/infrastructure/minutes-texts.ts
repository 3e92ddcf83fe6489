import type { Majority } from '../domain/majority';
import type { MinutesLanguage } from '../domain/minutes';
import type { QuorumBranch } from '../domain/quorum';
import type { MeetingKind } from './convocation-texts';

/** The wording of the minutes, per language; field labels carry their colon. */
export interface MinutesTexts {
  heading: (kind: MeetingKind) => string;
  secondConvocation: string;
  subject: string;
  when: string;
  where: string;
  chair: string;
  secretary: string;
  unknown: string;
  dateTime: (longDate: string, hour: string, minute: string) => string;
  quorumTitle: string;
  owners: (counted: number, total: number) => string;
  quotas: (counted: number, total: number) => string;
  branch: Record<QuorumBranch | 'none', string>;
  secondConvocationQuorum: string;
  attendanceHeader: [string, string, string, string];
  present: string;
  represented: string;
  resolutionsTitle: string;
  noResolution: string;
  item: (number: number, title: string) => string;
  resolution: string;
  majorityRequired: string;
  majority: Record<Majority, string>;
  tallyHeader: [string, string, string];
  result: string;
  adopted: string;
  rejected: string;
  against: string;
  abstained: string;
  nobody: string;
  capped: (name: string, counted: number, votes: number) => string;
  cappedTitle: string;
  suspendedTitle: string;
  suspended: (unit: string, votes: number) => string;
  notCast: string;
  signing: string;
  sending: (dueOn: string) => string;
  challenge: (deadline: string) => string;
  signatures: [string, string, string];
}

const FR: MinutesTexts = {
  heading: (kind) => `Procès-verbal de l'assemblée générale ${kind === 'ordinary' ? 'ordinaire' : 'extraordinaire'}`,
  secondConvocation: 'Seconde assemblée (seconde convocation)',
  subject: 'Objet :',
  when: 'Date :',
  where: 'Lieu :',
  chair: 'Président(e) de séance :',
  secretary: 'Secrétaire :',
  unknown: 'non désigné(e)',
  dateTime: (longDate, hour, minute) => `${longDate} à ${hour}h${minute}`,
  quorumTitle: 'Présences et quorum (art. 3.87, § 5, du Code civil)',
  owners: (counted, total) => `Copropriétaires présents ou représentés : ${counted} sur ${total}`,
  quotas: (counted, total) => `Quotes-parts présentes ou représentées : ${counted} sur ${total}`,
  branch: {
    majority_and_half:
      'Le quorum est atteint : plus de la moitié des copropriétaires sont présents ou représentés et ils détiennent au moins la moitié des quotes-parts.',
    three_quarters:
      'Le quorum est atteint : les copropriétaires présents ou représentés détiennent plus des trois quarts des quotes-parts.',
    none: "Le quorum n'est pas atteint.",
  },
  secondConvocationQuorum:
    'Seconde assemblée : elle délibère valablement quels que soient le nombre de copropriétaires présents ou représentés et les quotes-parts dont ils disposent (art. 3.87, § 5, du Code civil).',
  attendanceHeader: ['Copropriétaire', 'Présence', 'Mandataire', 'Voix'],
  present: 'présent(e)',
  represented: 'représenté(e)',
  resolutionsTitle: 'Délibérations et votes',
  noResolution: "Aucune résolution n'a été mise aux voix.",
  item: (number, title) => `Point ${number} de l'ordre du jour – ${title}`,
  resolution: 'Résolution :',
  majorityRequired: 'Majorité requise :',
  majority: {
    absolute: 'majorité absolue des voix exprimées (art. 3.88)',
    two_thirds: 'majorité des deux tiers des voix exprimées (art. 3.88, § 1er, 1°)',
    four_fifths: 'majorité des quatre cinquièmes des voix exprimées (art. 3.88, § 1er, 2°)',
    unanimity: 'unanimité des voix de tous les copropriétaires (art. 3.88)',
  },
  tallyHeader: ['Pour', 'Contre', 'Abstentions'],
  result: 'Résultat :',
  adopted: 'ADOPTÉE',
  rejected: 'REJETÉE',
  against: 'Ont voté contre :',
  abstained: 'Se sont abstenus :',
  nobody: 'personne',
  cappedTitle: 'Limitation des voix (art. 3.87, § 6, du Code civil) :',
  capped: (name, counted, votes) => `${name} prend part au vote pour ${counted} voix au lieu de ${votes}`,
  suspendedTitle: 'Voix suspendues (lot en indivision sans mandataire commun) :',
  suspended: (unit, votes) => `lot ${unit} (${votes} voix)`,
  notCast:
    'Les abstentions, les votes blancs et les votes nuls ne sont pas des voix exprimées (art. 3.88 du Code civil).',
  signing:
    'Le présent procès-verbal est rédigé et signé à la fin de la séance par le président, le secrétaire et les ' +
    'copropriétaires présents qui le souhaitent (art. 3.87, § 10, du Code civil).',
  sending: (dueOn) =>
    `Il est transmis à tous les copropriétaires dans les 30 jours de l'assemblée, soit au plus tard le ${dueOn}.`,
  challenge: (deadline) =>
    "Tout copropriétaire peut demander au juge d'annuler ou de réformer une décision irrégulière, frauduleuse ou " +
    `abusive de l'assemblée générale dans les quatre mois de celle-ci, soit au plus tard le ${deadline} ` +
    '(art. 3.92, § 3, du Code civil).',
  signatures: ['Le président', 'Le secrétaire', 'Les copropriétaires qui le souhaitent'],
};

const NL: MinutesTexts = {
  heading: (kind) => `Notulen van de ${kind === 'ordinary' ? 'gewone' : 'buitengewone'} algemene vergadering`,
  secondConvocation: 'Tweede vergadering (tweede oproeping)',
  subject: 'Onderwerp:',
  when: 'Datum:',
  where: 'Plaats:',
  chair: 'Voorzitter:',
  secretary: 'Secretaris:',
  unknown: 'niet aangewezen',
  dateTime: (longDate, hour, minute) => `${longDate} om ${hour}.${minute} uur`,
  quorumTitle: 'Aanwezigheden en quorum (art. 3.87, § 5, Burgerlijk Wetboek)',
  owners: (counted, total) => `Aanwezige of vertegenwoordigde mede-eigenaars: ${counted} van ${total}`,
  quotas: (counted, total) => `Aanwezige of vertegenwoordigde aandelen: ${counted} van ${total}`,
  branch: {
    majority_and_half:
      'Het quorum is bereikt: meer dan de helft van de mede-eigenaars is aanwezig of vertegenwoordigd en zij hebben samen minstens de helft van de aandelen.',
    three_quarters:
      'Het quorum is bereikt: de aanwezige of vertegenwoordigde mede-eigenaars hebben samen meer dan drie vierde van de aandelen.',
    none: 'Het quorum is niet bereikt.',
  },
  secondConvocationQuorum:
    'Tweede vergadering: ze beraadslaagt rechtsgeldig, ongeacht het aantal aanwezige of vertegenwoordigde mede-eigenaars en hun aandelen (art. 3.87, § 5, Burgerlijk Wetboek).',
  attendanceHeader: ['Mede-eigenaar', 'Aanwezigheid', 'Volmachtdrager', 'Stemmen'],
  present: 'aanwezig',
  represented: 'vertegenwoordigd',
  resolutionsTitle: 'Beraadslagingen en stemmingen',
  noResolution: 'Er werd over geen enkele beslissing gestemd.',
  item: (number, title) => `Agendapunt ${number} – ${title}`,
  resolution: 'Beslissing:',
  majorityRequired: 'Vereiste meerderheid:',
  majority: {
    absolute: 'volstrekte meerderheid van de uitgebrachte stemmen (art. 3.88)',
    two_thirds: 'meerderheid van twee derde van de uitgebrachte stemmen (art. 3.88, § 1, 1°)',
    four_fifths: 'meerderheid van vier vijfde van de uitgebrachte stemmen (art. 3.88, § 1, 2°)',
    unanimity: 'eenparigheid van de stemmen van alle mede-eigenaars (art. 3.88)',
  },
  tallyHeader: ['Voor', 'Tegen', 'Onthoudingen'],
  result: 'Uitslag:',
  adopted: 'AANGENOMEN',
  rejected: 'VERWORPEN',
  against: 'Stemden tegen:',
  abstained: 'Onthielden zich:',
  nobody: 'niemand',
  cappedTitle: 'Beperking van de stemmen (art. 3.87, § 6, Burgerlijk Wetboek):',
  capped: (name, counted, votes) => `${name} neemt deel aan de stemming voor ${counted} stemmen in plaats van ${votes}`,
  suspendedTitle: 'Geschorste stemmen (kavel in onverdeeldheid zonder gemeenschappelijke lasthebber):',
  suspended: (unit, votes) => `kavel ${unit} (${votes} stemmen)`,
  notCast:
    'Onthoudingen, blanco en ongeldige stemmen gelden niet als uitgebrachte stemmen (art. 3.88 Burgerlijk Wetboek).',
  signing:
    'Deze notulen worden op het einde van de vergadering opgesteld en ondertekend door de voorzitter, de secretaris ' +
    'en de aanwezige mede-eigenaars die dat wensen (art. 3.87, § 10, Burgerlijk Wetboek).',
  sending: (dueOn) =>
    `Ze worden binnen 30 dagen na de vergadering aan alle mede-eigenaars bezorgd, dus uiterlijk op ${dueOn}.`,
  challenge: (deadline) =>
    'Elke mede-eigenaar kan de rechter vragen een onregelmatige, bedrieglijke of onrechtmatige beslissing van de ' +
    `algemene vergadering te vernietigen of te wijzigen, binnen vier maanden na de vergadering, dus uiterlijk op ` +
    `${deadline} (art. 3.92, § 3, Burgerlijk Wetboek).`,
  signatures: ['De voorzitter', 'De secretaris', 'De mede-eigenaars die dat wensen'],
};

const TEXTS: Record<MinutesLanguage, MinutesTexts> = { fr: FR, nl: NL };

export function minutesTexts(lang: MinutesLanguage): MinutesTexts {
  return TEXTS[lang];
}
