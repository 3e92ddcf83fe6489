export type ConvocationLanguage = 'fr' | 'nl' | 'en';
export type MeetingKind = 'ordinary' | 'extraordinary';

/** The wording of the convocation letter and its proxy form, per language; field labels carry their colon. */
export interface ConvocationTexts {
  heading: (kind: MeetingKind) => string;
  secondConvocation: string;
  salutation: string;
  invitation: (kind: MeetingKind, building: string) => string;
  subject: string;
  when: string;
  where: string;
  remote: string;
  dateTime: (longDate: string, hour: string, minute: string) => string;
  secondConvocationNotice: string;
  agendaTitle: string;
  documents: (organization: string) => string;
  proxyHint: string;
  closing: string;
  signedBy: string;
  proxyTitle: string;
  proxyBody: (kind: MeetingKind, building: string, dateTime: string) => string[];
  proxyRule: string;
  proxySignature: string;
  /** "Sent on <date> by registered mail" under the addressee of a per-owner letter. */
  sent: (longDate: string, channel: 'email' | 'registered_mail') => string;
  /** Art. 3.87 §3: the notice delay the letter respects. */
  noticeRule: (days: number) => string;
  urgency: (reason: string) => string;
}

const BLANK = '.'.repeat(60);

const FR: ConvocationTexts = {
  heading: (kind) => `Convocation à l'assemblée générale ${kind === 'ordinary' ? 'ordinaire' : 'extraordinaire'}`,
  secondConvocation: 'Seconde convocation',
  salutation: 'Madame, Monsieur,',
  invitation: (kind, building) =>
    `Nous avons l'honneur de vous convoquer à l'assemblée générale ${kind === 'ordinary' ? 'ordinaire' : 'extraordinaire'} ` +
    `des copropriétaires de l'immeuble ${building}, qui se tiendra :`,
  subject: 'Objet :',
  when: 'Date :',
  where: 'Lieu :',
  remote: 'Participation à distance :',
  dateTime: (longDate, hour, minute) => `${longDate} à ${hour}h${minute}`,
  secondConvocationNotice:
    "La première assemblée n'ayant pas atteint le quorum requis, cette seconde assemblée délibère valablement " +
    'quels que soient le nombre de copropriétaires présents ou représentés et les quotes-parts dont ils disposent ' +
    '(art. 3.87 du Code civil).',
  agendaTitle: 'Ordre du jour',
  documents: (organization) =>
    "Les documents relatifs aux points inscrits à l'ordre du jour peuvent être consultés dans l'espace copropriétaire " +
    `de KoproGo ou, sur rendez-vous, auprès du syndic ${organization}.`,
  proxyHint:
    "Si vous ne pouvez pas assister à l'assemblée, vous pouvez vous y faire représenter au moyen de la procuration jointe.",
  closing: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  signedBy: 'Le syndic',
  proxyTitle: 'Procuration',
  proxyBody: (kind, building, dateTime) => [
    `Je soussigné(e) : ${BLANK}`,
    `propriétaire du (des) lot(s) n° : ${BLANK}`,
    `dans l'immeuble ${building},`,
    `donne procuration à : ${BLANK}`,
    `pour me représenter à l'assemblée générale ${kind === 'ordinary' ? 'ordinaire' : 'extraordinaire'} du ${dateTime}, ` +
      "prendre part aux délibérations et voter en mon nom sur tous les points de l'ordre du jour.",
    `Instructions de vote éventuelles : ${BLANK}`,
  ],
  proxyRule:
    'Nul ne peut accepter plus de trois procurations de vote, sauf si le total des voix dont il dispose lui-même et de ' +
    "celles de ses mandants n'excède pas 10 % du total des voix affectées à l'ensemble des lots de la copropriété " +
    "(art. 3.87, § 7, du Code civil). Le syndic ne peut pas être mandataire d'un copropriétaire.",
  proxySignature: `Fait à ${'.'.repeat(30)}, le ${'.'.repeat(20)}\nSignature précédée de la mention « Bon pour procuration » :`,
  sent: (longDate, channel) =>
    `Envoyée le ${longDate} ${channel === 'email' ? 'par courrier électronique' : 'par envoi recommandé'}`,
  noticeRule: (days) =>
    `Conformément à l'article 3.87, § 3, du Code civil, cette convocation est envoyée au moins ${days} jours avant ` +
    "l'assemblée, par envoi recommandé, sauf si vous avez accepté par écrit de la recevoir par courrier électronique.",
  urgency: (reason) => `Assemblée convoquée en urgence (art. 3.87, § 3, du Code civil) : ${reason}`,
};

const NL: ConvocationTexts = {
  heading: (kind) => `Oproeping tot de ${kind === 'ordinary' ? 'gewone' : 'buitengewone'} algemene vergadering`,
  secondConvocation: 'Tweede oproeping',
  salutation: 'Geachte mevrouw, geachte heer,',
  invitation: (kind, building) =>
    `Wij nodigen u uit op de ${kind === 'ordinary' ? 'gewone' : 'buitengewone'} algemene vergadering van de ` +
    `mede-eigenaars van het gebouw ${building}, die plaatsvindt op:`,
  subject: 'Onderwerp:',
  when: 'Datum:',
  where: 'Plaats:',
  remote: 'Deelname op afstand:',
  dateTime: (longDate, hour, minute) => `${longDate} om ${hour}.${minute} uur`,
  secondConvocationNotice:
    'Aangezien de eerste vergadering het vereiste quorum niet bereikte, beraadslaagt deze tweede vergadering ' +
    'rechtsgeldig, ongeacht het aantal aanwezige of vertegenwoordigde mede-eigenaars en hun aandelen ' +
    '(art. 3.87 Burgerlijk Wetboek).',
  agendaTitle: 'Agenda',
  documents: (organization) =>
    'De documenten over de agendapunten kunnen worden ingezien in de eigenaarsomgeving van KoproGo of, op afspraak, ' +
    `bij de syndicus ${organization}.`,
  proxyHint:
    'Kunt u de vergadering niet bijwonen, dan kunt u zich laten vertegenwoordigen met de bijgevoegde volmacht.',
  closing: 'Met vriendelijke groeten,',
  signedBy: 'De syndicus',
  proxyTitle: 'Volmacht',
  proxyBody: (kind, building, dateTime) => [
    `Ondergetekende: ${BLANK}`,
    `eigenaar van kavel(s) nr.: ${BLANK}`,
    `in het gebouw ${building},`,
    `geeft volmacht aan: ${BLANK}`,
    `om mij te vertegenwoordigen op de ${kind === 'ordinary' ? 'gewone' : 'buitengewone'} algemene vergadering ` +
      `van ${dateTime}, deel te nemen aan de beraadslagingen en in mijn naam te stemmen over alle agendapunten.`,
    `Eventuele steminstructies: ${BLANK}`,
  ],
  proxyRule:
    'Niemand mag meer dan drie volmachten aanvaarden, tenzij het totaal van zijn eigen stemmen en die van zijn ' +
    'volmachtgevers niet meer bedraagt dan 10 % van het totaal aantal stemmen van alle kavels van de mede-eigendom ' +
    '(art. 3.87, § 7, Burgerlijk Wetboek). De syndicus mag geen volmachtdrager zijn van een mede-eigenaar.',
  proxySignature: `Gedaan te ${'.'.repeat(30)}, op ${'.'.repeat(20)}\nHandtekening, voorafgegaan door de vermelding "Goed voor volmacht":`,
  sent: (longDate, channel) =>
    `Verzonden op ${longDate} ${channel === 'email' ? 'per e-mail' : 'per aangetekende zending'}`,
  noticeRule: (days) =>
    `Overeenkomstig artikel 3.87, § 3, van het Burgerlijk Wetboek wordt deze oproeping minstens ${days} dagen vóór ` +
    'de vergadering verzonden, per aangetekende zending, tenzij u schriftelijk hebt aanvaard ze per e-mail te ontvangen.',
  urgency: (reason) => `Dringend bijeengeroepen vergadering (art. 3.87, § 3, Burgerlijk Wetboek): ${reason}`,
};

// A courtesy translation for owners who read neither language; the articles cited are those of the Belgian Civil Code.
const EN: ConvocationTexts = {
  heading: (kind) => `Notice of the ${kind === 'ordinary' ? 'ordinary' : 'extraordinary'} general meeting`,
  secondConvocation: 'Second notice',
  salutation: 'Dear Sir or Madam,',
  invitation: (kind, building) =>
    `We are pleased to invite you to the ${kind === 'ordinary' ? 'ordinary' : 'extraordinary'} general meeting ` +
    `of the co-owners of the building ${building}, to be held:`,
  subject: 'Subject:',
  when: 'Date:',
  where: 'Place:',
  remote: 'Remote attendance:',
  dateTime: (longDate, hour, minute) => `${longDate} at ${hour}:${minute}`,
  secondConvocationNotice:
    'As the first meeting did not reach the required quorum, this second meeting deliberates validly whatever the ' +
    'number of co-owners present or represented and the shares they hold (art. 3.87 of the Civil Code).',
  agendaTitle: 'Agenda',
  documents: (organization) =>
    'The documents on the items of the agenda can be consulted in the owners’ area of KoproGo or, by appointment, ' +
    `at the office of the property manager (syndic) ${organization}.`,
  proxyHint: 'If you cannot attend the meeting, you may be represented by means of the enclosed proxy form.',
  closing: 'Yours faithfully,',
  signedBy: 'The property manager (syndic)',
  proxyTitle: 'Proxy',
  proxyBody: (kind, building, dateTime) => [
    `I, the undersigned: ${BLANK}`,
    `owner of unit(s) no.: ${BLANK}`,
    `in the building ${building},`,
    `appoint as my proxy: ${BLANK}`,
    `to represent me at the ${kind === 'ordinary' ? 'ordinary' : 'extraordinary'} general meeting of ${dateTime}, ` +
      'take part in the deliberations and vote in my name on every item of the agenda.',
    `Voting instructions, if any: ${BLANK}`,
  ],
  proxyRule:
    'Nobody may accept more than three proxies, unless the votes they hold themselves and those of their principals ' +
    'do not exceed 10 % of the votes of all the units of the co-ownership (art. 3.87, § 7, of the Civil Code). ' +
    'The property manager may not act as the proxy of a co-owner.',
  proxySignature: `Done at ${'.'.repeat(30)}, on ${'.'.repeat(20)}\nSignature preceded by the words “Good for proxy”:`,
  sent: (longDate, channel) => `Sent on ${longDate} ${channel === 'email' ? 'by e-mail' : 'by registered mail'}`,
  noticeRule: (days) =>
    `Under article 3.87, § 3, of the Civil Code, this notice is sent at least ${days} days before the meeting, by ` +
    'registered mail, unless you agreed in writing to receive it by e-mail.',
  urgency: (reason) => `Meeting convened urgently (art. 3.87, § 3, of the Civil Code): ${reason}`,
};

const TEXTS: Record<ConvocationLanguage, ConvocationTexts> = { fr: FR, nl: NL, en: EN };

export function convocationTexts(lang: ConvocationLanguage): ConvocationTexts {
  return TEXTS[lang];
}
