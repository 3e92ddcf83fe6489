import { registerProblemMessages } from '../../../shared/http/problem-messages';

/** French and Dutch `detail` texts of the representative error codes; English is the error's own message. */
export function registerRepresentativeProblems(): void {
  registerProblemMessages({
    REPRESENTATIVE_NOT_OWNER: {
      fr: 'Le représentant d’un lot doit en détenir une part le {day}',
      nl: 'De vertegenwoordiger van een kavel moet er op {day} een aandeel in hebben',
    },
    REPRESENTATIVE_CHANGED_LATER: {
      fr: 'Un représentant est déjà désigné à partir du {day}, une date ultérieure : désignez celui-ci à partir de cette date ou plus tard',
      nl: 'Er is al een vertegenwoordiger aangewezen vanaf {day}, een latere datum: wijs deze aan vanaf die datum of later',
    },
  });
}
