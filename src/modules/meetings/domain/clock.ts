/** The current instant; injected so rules that depend on "now" (the 15-day notice) are testable without waiting. */
export abstract class Clock {
  abstract now(): Date;
}
