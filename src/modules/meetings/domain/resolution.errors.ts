import { DomainError } from '../../../shared/domain';

/** Resolutions are put to the vote only while the assembly is in session (opened with its quorum, or a second one). */
export class MeetingNotInSession extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MEETING_NOT_IN_SESSION';
  constructor(status: string) {
    super(`The meeting is ${status}: resolutions are voted only while it is in session`, { status });
  }
}

/** A closed resolution (adopted or rejected) is part of the minutes: it never changes. */
export class ResolutionClosed extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'RESOLUTION_CLOSED';
  constructor(status: string) {
    super(`The resolution is closed (${status}): its ballots and result can no longer change`, { status });
  }
}

/** Only owners present or represented at the opening vote (Civil Code art. 3.88). */
export class NotPresent extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'NOT_PRESENT';
  constructor() {
    super('Only an owner present or represented at the assembly may vote');
  }
}

/** Present, but holding no votes of its own: its units are jointly held and voted by a representative, or suspended. */
export class NoVotingRights extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'NO_VOTING_RIGHTS';
  constructor() {
    super(
      'This owner holds no votes at this assembly: each of its units is jointly held and votes through its ' +
        'representative, or has no representative yet and its votes are suspended',
    );
  }
}

/** The minutes exist once the assembly is completed. */
export class MinutesNotAvailable extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MINUTES_NOT_AVAILABLE';
  constructor(status: string) {
    super(`The minutes are available once the meeting is completed; it is ${status}`, { status });
  }
}
