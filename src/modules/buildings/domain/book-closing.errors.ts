import { DomainError } from '../../../shared/domain';

/** A closing only moves the closed books forward: closings are never reopened nor redone for an earlier day. */
export class ClosingNotAfterLast extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'CLOSING_NOT_AFTER_LAST';
  constructor(until: string, lastUntil: string) {
    super(`The books are already closed until ${lastUntil}: a new closing must come after it (not ${until})`, {
      until,
      lastUntil,
    });
  }
}

/** Books are closed once the assembly has approved the accounts of a period that is over, never ahead of time. */
export class ClosingInFuture extends DomainError {
  readonly kind = 'rule_violated';
  readonly code = 'CLOSING_IN_FUTURE';
  constructor(until: string, today: string) {
    super(`The books cannot be closed ahead of time: ${until} is after today (${today})`, { until, today });
  }
}

/** A building whose books were closed keeps its accounting history: it is never deleted. */
export class BuildingHasClosings extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'BUILDING_HAS_CLOSINGS';
  constructor() {
    super('The books of the building have been closed (accounting history): it cannot be deleted');
  }
}

/** The note on a closing is too long (the HTTP validation checks it first). */
export class InvalidClosing extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'VALIDATION_FAILED';
  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}
