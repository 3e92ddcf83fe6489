import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the meeting error codes (Accept-Language). */
export function registerMeetingProblems(): void {
  registerProblemMessages({
    CONVOCATION_TOO_LATE: {
      en: 'A convocation must be sent at least {noticeDays} calendar days before the assembly (Civil Code art. 3.87 §3); sent that day it leaves {days}: send it earlier, move the assembly or mark it urgent with a reason',
      fr: "La convocation doit être envoyée au moins {noticeDays} jours calendrier avant l'assemblée (Code civil, art. 3.87, § 3) ; envoyée ce jour-là, elle n'en laisse que {days} : envoyez-la plus tôt, déplacez l'assemblée ou marquez-la urgente en motivant l'urgence",
      nl: 'De oproeping moet minstens {noticeDays} kalenderdagen vóór de vergadering worden verzonden (Burgerlijk Wetboek, art. 3.87, § 3); op die dag verzonden laat ze er maar {days}: verzend ze vroeger, verplaats de vergadering of markeer ze dringend met een reden',
    },
    MEETING_IN_THE_PAST: {
      en: 'A meeting cannot be scheduled in the past, even when urgent',
      fr: 'Une assemblée ne peut pas être fixée dans le passé, même en cas d’urgence',
      nl: 'Een vergadering kan niet in het verleden worden gepland, ook niet bij hoogdringendheid',
    },
    SECOND_CONVOCATION_INVALID: {
      en: 'Invalid second convocation ({problem}): it is held at least 15 days after the first assembly, in the same building, on items of its agenda (Civil Code art. 3.87 §5)',
      fr: 'Seconde convocation invalide ({problem}) : elle se tient au moins 15 jours après la première assemblée, dans le même immeuble, sur des points de son ordre du jour (Code civil, art. 3.87, § 5)',
      nl: 'Ongeldige tweede oproeping ({problem}): ze vindt minstens 15 dagen na de eerste vergadering plaats, in hetzelfde gebouw, over punten van haar agenda (Burgerlijk Wetboek, art. 3.87, § 5)',
    },
    QUORUM_WAS_REACHED: {
      en: 'The first assembly reached its quorum: a second convocation is only for an assembly without quorum (Civil Code art. 3.87 §5)',
      fr: "La première assemblée a atteint le quorum : une seconde convocation n'est possible qu'après une assemblée sans quorum (Code civil, art. 3.87, § 5)",
      nl: 'De eerste vergadering bereikte het quorum: een tweede oproeping kan enkel na een vergadering zonder quorum (Burgerlijk Wetboek, art. 3.87, § 5)',
    },
    SECOND_CONVOCATION_EXISTS: {
      en: 'This assembly already has its second convocation (Civil Code art. 3.87 §5)',
      fr: 'Cette assemblée a déjà sa seconde convocation (Code civil, art. 3.87, § 5)',
      nl: 'Deze vergadering heeft al haar tweede oproeping (Burgerlijk Wetboek, art. 3.87, § 5)',
    },
    MEETING_NOT_OPENED: {
      en: 'The meeting is {status}: it has not been opened (Civil Code art. 3.87 §5)',
      fr: "L'assemblée est au statut {status} : elle n'a pas été ouverte (Code civil, art. 3.87, § 5)",
      nl: 'De vergadering heeft status {status}: ze werd niet geopend (Burgerlijk Wetboek, art. 3.87, § 5)',
    },
    MEETING_NOT_CONVENED: {
      en: 'The meeting is {status}: only a convened meeting opens, once its convocations are sent (Civil Code art. 3.87 §3)',
      fr: "L'assemblée est au statut {status} : seule une assemblée convoquée peut être ouverte, une fois les convocations envoyées (Code civil, art. 3.87, § 3)",
      nl: 'De vergadering heeft status {status}: enkel een bijeengeroepen vergadering kan worden geopend, nadat de oproepingen verzonden zijn (Burgerlijk Wetboek, art. 3.87, § 3)',
    },
    AGENDA_FROZEN: {
      en: 'The convocation was sent: the agenda is frozen; a new item needs a new convocation (Civil Code art. 3.87 §3)',
      fr: "La convocation est partie : l'ordre du jour est figé ; un nouveau point exige une nouvelle convocation (Code civil, art. 3.87, § 3)",
      nl: 'De oproeping is verzonden: de agenda ligt vast; een nieuw punt vraagt een nieuwe oproeping (Burgerlijk Wetboek, art. 3.87, § 3)',
    },
    ATTENDANCE_FROZEN: {
      en: 'The meeting is {status}: attendance is recorded only before opening (Civil Code art. 3.87 §5)',
      fr: "L'assemblée est au statut {status} : les présences s'enregistrent uniquement avant l'ouverture (Code civil, art. 3.87, § 5)",
      nl: 'De vergadering heeft status {status}: de aanwezigheden worden enkel vóór de opening geregistreerd (Burgerlijk Wetboek, art. 3.87, § 5)',
    },
    PROXY_LIMIT_EXCEEDED: {
      en: "A holder of {proxies} proxies would carry {votes} of {total} votes: more than 3 proxies only within 10 % of all the building's votes (Civil Code art. 3.87 §7)",
      fr: "Un mandataire de {proxies} procurations disposerait de {votes} voix sur {total} : plus de 3 procurations seulement dans la limite de 10 % des voix de l'immeuble (Code civil, art. 3.87, § 7)",
      nl: 'Een volmachtdrager van {proxies} volmachten zou {votes} van de {total} stemmen hebben: meer dan 3 volmachten enkel binnen 10 % van alle stemmen van het gebouw (Burgerlijk Wetboek, art. 3.87, § 7)',
    },
    SYNDIC_CANNOT_HOLD_PROXY: {
      en: 'The syndic cannot hold a proxy (Civil Code art. 3.87 §7)',
      fr: 'Le syndic ne peut pas être mandataire (Code civil, art. 3.87, § 7)',
      nl: 'De syndicus kan geen volmachtdrager zijn (Burgerlijk Wetboek, art. 3.87, § 7)',
    },
    MEETING_CLOSED: {
      en: 'The meeting is {status}: it can no longer be changed',
      fr: "L'assemblée est au statut {status} : elle ne peut plus être modifiée",
      nl: 'De vergadering heeft status {status}: ze kan niet meer worden gewijzigd',
    },
    MEETING_CANCELLED: {
      en: 'The meeting was cancelled: it has no convocation',
      fr: "L'assemblée a été annulée : elle n'a pas de convocation",
      nl: 'De vergadering werd geannuleerd: er is geen oproeping',
    },
    AGENDA_ORDER_MISMATCH: {
      en: 'The new order must list every current agenda item exactly once',
      fr: "Le nouvel ordre doit reprendre chaque point actuel de l'ordre du jour exactement une fois",
      nl: 'De nieuwe volgorde moet elk huidig agendapunt precies één keer vermelden',
    },
    AGENDA_TOO_LONG: {
      en: 'An agenda has at most {max} items',
      fr: 'Un ordre du jour compte au plus {max} points',
      nl: 'Een agenda telt hoogstens {max} punten',
    },
  });
}
