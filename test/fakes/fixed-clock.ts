import { Clock } from '../../src/shared/domain';

/** A clock that stays where a test puts it, so no rule depends on when the suite runs (or on Brussels midnight). */
export class FixedClock extends Clock {
  private instant: Date;

  constructor(instant: Date | string = '2026-05-01T08:00:00Z') {
    super();
    this.instant = new Date(instant);
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }

  /** Moves the clock to another instant. */
  set(instant: Date | string): void {
    this.instant = new Date(instant);
  }

  /** Moves the clock forward (or back, with a negative duration). */
  advance(milliseconds: number): void {
    this.instant = new Date(this.instant.getTime() + milliseconds);
  }
}
