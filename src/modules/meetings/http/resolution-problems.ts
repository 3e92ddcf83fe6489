import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the resolution and minutes error codes (Accept-Language). */
export function registerResolutionProblems(): void {
  registerProblemMessages({
    MEETING_NOT_IN_SESSION: {
      en: 'The meeting is {status}: resolutions are voted only while it is in session',
      fr: "L'assemblée est à l'état « {status} » : les résolutions ne sont votées que pendant la séance",
      nl: 'De vergadering heeft de status "{status}": over beslissingen wordt alleen tijdens de zitting gestemd',
    },
    RESOLUTION_CLOSED: {
      en: 'The resolution is closed ({status}): its ballots and result can no longer change',
      fr: 'La résolution est clôturée ({status}) : ses votes et son résultat ne peuvent plus changer',
      nl: 'De beslissing is afgesloten ({status}): de stemmen en de uitslag kunnen niet meer wijzigen',
    },
    NOT_PRESENT: {
      en: 'Only an owner present or represented at the assembly may vote',
      fr: "Seul un copropriétaire présent ou représenté à l'assemblée peut voter",
      nl: 'Alleen een mede-eigenaar die op de vergadering aanwezig of vertegenwoordigd is, mag stemmen',
    },
    NO_VOTING_RIGHTS: {
      en: 'This owner holds no votes at this assembly: each of its units is jointly held and votes through its representative, or has no representative yet and its votes are suspended',
      fr: "Ce copropriétaire ne dispose d'aucune voix à cette assemblée : chacun de ses lots est détenu en indivision et vote par son mandataire commun, ou n'en a pas encore et ses voix sont suspendues",
      nl: 'Deze mede-eigenaar heeft geen stemmen op deze vergadering: elk van zijn kavels is in onverdeeldheid en stemt via zijn gemeenschappelijke lasthebber, of heeft er nog geen en de stemmen zijn geschorst',
    },
    MINUTES_NOT_AVAILABLE: {
      en: 'The minutes are available once the meeting is completed; it is {status}',
      fr: "Le procès-verbal est disponible une fois l'assemblée clôturée ; elle est à l'état « {status} »",
      nl: 'De notulen zijn beschikbaar zodra de vergadering is afgesloten; ze heeft de status "{status}"',
    },
  });
}
