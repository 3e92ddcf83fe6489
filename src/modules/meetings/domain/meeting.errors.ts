import { DomainError } from '../../../shared/domain';

/** A field breaks a meeting rule the HTTP validation should have caught first. */
export class InvalidMeeting extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/**
 * Civil Code art. 3.87 §3: the convocation is sent at least N days before the assembly (N = max(15, the building's
 * noticeDays)), counted in Brussels calendar dates from the day it is sent, unless the meeting is urgent.
 */
export class ConvocationTooLate extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'CONVOCATION_TOO_LATE';
  constructor(noticeDays: number, days: number) {
    super(
      `A convocation must be sent at least ${noticeDays} calendar days before the assembly (Civil Code art. 3.87 §3); ` +
        `sent that day it leaves ${days}: send it earlier, move the assembly or mark it urgent with a reason`,
      { noticeDays, days },
    );
  }
}

export class MeetingInThePast extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'MEETING_IN_THE_PAST';
  constructor() {
    super('A meeting cannot be scheduled in the past, even when urgent');
  }
}

/** Why a second convocation cannot follow the named first meeting. */
export type SecondConvocationProblem = 'other_building' | 'too_soon' | 'foreign_items' | 'empty_agenda';

const SECOND_CONVOCATION_REASONS: Record<SecondConvocationProblem, string> = {
  other_building: 'the first meeting belongs to another building',
  too_soon: 'it must take place at least 15 days after the first meeting (Civil Code art. 3.87 §5)',
  foreign_items: 'its agenda may only repeat items of the first meeting, each once (Civil Code art. 3.87 §5)',
  empty_agenda: 'its agenda needs at least one item of the first meeting (Civil Code art. 3.87 §5)',
};

export class SecondConvocationInvalid extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'SECOND_CONVOCATION_INVALID';
  constructor(readonly problem: SecondConvocationProblem) {
    super(`Invalid second convocation: ${SECOND_CONVOCATION_REASONS[problem]}`, { problem });
  }
}

/** Art. 3.87 §5: a second convocation is only for a first assembly opened without quorum. */
export class QuorumWasReached extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'QUORUM_WAS_REACHED';
  constructor() {
    super(
      'The first assembly reached its quorum: a second convocation is only for an assembly without quorum (Civil Code art. 3.87 §5)',
    );
  }
}

/** Art. 3.87 §5: at most one second convocation per first assembly. */
export class SecondConvocationExists extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'SECOND_CONVOCATION_EXISTS';
  constructor() {
    super('This assembly already has its second convocation (Civil Code art. 3.87 §5)');
  }
}

/** An assembly that has not been opened yet has no quorum verdict (second convocation, completion). */
export class MeetingNotOpened extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MEETING_NOT_OPENED';
  constructor(status: string) {
    super(`The meeting is ${status}: it has not been opened (Civil Code art. 3.87 §5)`, { status });
  }
}

/** Opening needs the convocation sent (art. 3.87 §3). */
export class MeetingNotConvened extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MEETING_NOT_CONVENED';
  constructor(status: string) {
    super(`The meeting is ${status}: only a convened meeting opens (Civil Code art. 3.87 §3)`, { status });
  }
}

/** The agenda and the details of the letter freeze when the first convocation leaves. */
export class AgendaFrozen extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'AGENDA_FROZEN';
  constructor() {
    super(
      'The convocation was sent: the agenda is frozen; a new item needs a new convocation (Civil Code art. 3.87 §3)',
    );
  }
}

/** Attendance and the quorum freeze when the assembly opens. */
export class AttendanceFrozen extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'ATTENDANCE_FROZEN';
  constructor(status: string) {
    super(`The meeting is ${status}: attendance is recorded only before opening (Civil Code art. 3.87 §5)`, { status });
  }
}

/** An attendance list that breaks its own shape (duplicates, holder missing, holder absent). */
export class InvalidAttendance extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`, { field });
  }
}

/** Art. 3.87 §7: at most 3 proxies, more only within 10 % of all the building's votes. */
export class ProxyLimitExceeded extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'PROXY_LIMIT_EXCEEDED';
  constructor(proxies: number, votes: number, total: number) {
    super(
      `A holder of ${proxies} proxies carries ${votes} of ${total} votes: more than 3 proxies only within 10 % of all ` +
        "the building's votes (Civil Code art. 3.87 §7)",
      { proxies, votes, total },
    );
  }
}

/** Art. 3.87 §7: the syndic never holds a proxy. */
export class SyndicCannotHoldProxy extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'SYNDIC_CANNOT_HOLD_PROXY';
  constructor() {
    super('The syndic cannot hold a proxy (Civil Code art. 3.87 §7)');
  }
}

/** Opened, completed and cancelled meetings are history: they are neither edited nor deleted. */
export class MeetingClosed extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MEETING_CLOSED';
  constructor(status: string) {
    super(`The meeting is ${status}: it can no longer be changed`, { status });
  }
}

export class AgendaOrderMismatch extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'AGENDA_ORDER_MISMATCH';
  constructor() {
    super('The new order must list every current agenda item exactly once');
  }
}

export class AgendaTooLong extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'AGENDA_TOO_LONG';
  constructor(max: number) {
    super(`An agenda has at most ${max} items`, { max });
  }
}

export class MeetingCancelled extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MEETING_CANCELLED';
  constructor() {
    super('The meeting was cancelled: it has no convocation');
  }
}
