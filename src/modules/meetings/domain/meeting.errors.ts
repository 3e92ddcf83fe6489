import { DomainError } from '../../../shared/domain';

/** A field breaks a meeting rule the HTTP validation should have caught first. */
export class InvalidMeeting extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/** Civil Code art. 3.87 §3: owners are convened at least 15 days before the assembly, unless it is urgent. */
export class ConvocationTooLate extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'CONVOCATION_TOO_LATE';
  constructor(noticeDays: number) {
    super(
      `A general assembly must be convened at least ${noticeDays} days ahead (Civil Code art. 3.87 §3); ` +
        'schedule it later or mark it urgent with a reason',
      { noticeDays },
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
export type SecondConvocationProblem = 'other_building' | 'first_not_completed' | 'too_soon';

const SECOND_CONVOCATION_REASONS: Record<SecondConvocationProblem, string> = {
  other_building: 'the first meeting belongs to another building',
  first_not_completed: 'the first meeting has not been held (completed) yet',
  too_soon: 'it must take place at least 15 days after the first meeting (Civil Code art. 3.87)',
};

export class SecondConvocationInvalid extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'SECOND_CONVOCATION_INVALID';
  constructor(readonly problem: SecondConvocationProblem) {
    super(`Invalid second convocation: ${SECOND_CONVOCATION_REASONS[problem]}`, { problem });
  }
}

/** Completed and cancelled meetings are history: they are neither edited nor deleted. */
export class MeetingClosed extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'MEETING_CLOSED';
  constructor(status: string) {
    super(`The meeting is ${status}: it can no longer be changed`, { status });
  }
}

export class MeetingNotHeldYet extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'MEETING_NOT_HELD_YET';
  constructor() {
    super('A meeting can be completed only once its scheduled time has passed');
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
