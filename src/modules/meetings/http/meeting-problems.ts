import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the meeting error codes (Accept-Language). */
export function registerMeetingProblems(): void {
  registerProblemMessages({
    CONVOCATION_TOO_LATE: {
      en: 'A general assembly must be convened at least {noticeDays} days ahead (Civil Code art. 3.87 §3); schedule it later or mark it urgent with a reason',
      fr: "Une assemblée générale doit être convoquée au moins {noticeDays} jours à l'avance (Code civil, art. 3.87, § 3) ; fixez-la plus tard ou marquez-la urgente en motivant l'urgence",
      nl: 'Een algemene vergadering moet minstens {noticeDays} dagen vooraf worden bijeengeroepen (Burgerlijk Wetboek, art. 3.87, § 3); plan ze later of markeer ze dringend met een reden',
    },
    MEETING_IN_THE_PAST: {
      en: 'A meeting cannot be scheduled in the past, even when urgent',
      fr: 'Une assemblée ne peut pas être fixée dans le passé, même en cas d’urgence',
      nl: 'Een vergadering kan niet in het verleden worden gepland, ook niet bij hoogdringendheid',
    },
    SECOND_CONVOCATION_INVALID: {
      en: 'Invalid second convocation ({problem}): the first meeting must be of the same building, completed, and at least 15 days earlier',
      fr: 'Seconde convocation invalide ({problem}) : la première assemblée doit concerner le même immeuble, avoir été tenue et avoir eu lieu au moins 15 jours plus tôt',
      nl: 'Ongeldige tweede oproeping ({problem}): de eerste vergadering moet over hetzelfde gebouw gaan, gehouden zijn en minstens 15 dagen vroeger plaatsgevonden hebben',
    },
    MEETING_CLOSED: {
      en: 'The meeting is {status}: it can no longer be changed',
      fr: "L'assemblée est clôturée ou annulée ({status}) : elle ne peut plus être modifiée",
      nl: 'De vergadering is afgesloten of geannuleerd ({status}): ze kan niet meer worden gewijzigd',
    },
    MEETING_CANCELLED: {
      en: 'The meeting was cancelled: it has no convocation',
      fr: "L'assemblée a été annulée : elle n'a pas de convocation",
      nl: 'De vergadering werd geannuleerd: er is geen oproeping',
    },
    MEETING_NOT_HELD_YET: {
      en: 'A meeting can be completed only once its scheduled time has passed',
      fr: "Une assemblée ne peut être clôturée qu'une fois son heure passée",
      nl: 'Een vergadering kan pas worden afgesloten nadat het geplande tijdstip voorbij is',
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
