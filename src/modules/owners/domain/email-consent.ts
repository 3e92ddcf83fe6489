import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { ConsentBeforeWithdrawal, ConsentInFuture } from './owner.errors';

/** How convocations and letters reach an owner: registered mail unless it agreed in writing to e-mail. */
export type ConvocationChannel = 'email' | 'registered_mail';

/** The consent in force, as the owner record shows it. */
export interface EmailConsent {
  readonly givenOn: CalendarDate;
  readonly documentId: string | null;
}

/** One written consent to e-mail over [givenOn, withdrawnOn): withdrawnOn is the first day of registered mail again. */
export interface ConsentSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly ownerId: string;
  readonly channel: 'email';
  readonly givenOn: CalendarDate;
  readonly withdrawnOn: CalendarDate | null;
  /** The signed consent, a document of the organization. */
  readonly documentId: string | null;
  readonly recordedBy: string;
  readonly withdrawnBy: string | null;
}

export interface NewConsent {
  readonly id: string;
  readonly givenOn: CalendarDate;
  readonly documentId: string | null;
  readonly recordedBy: string;
}

export const channelOn = (history: readonly ConsentSnapshot[], day: CalendarDate): ConvocationChannel =>
  history.some((c) => c.givenOn <= day && (c.withdrawnOn === null || c.withdrawnOn > day))
    ? 'email'
    : 'registered_mail';

/**
 * An owner's consents to e-mail (art. 3.87 §3: convocations go by registered mail unless the owner agreed in writing
 * to another channel), loaded under the owner row's lock. A consent is recorded once given (never ahead), one at a
 * time, in date order; recording it again while it is in force corrects that record (date, document) instead of
 * starting a second one. A withdrawal takes effect on the day it is recorded.
 */
export class OwnerConsents {
  private readonly history: ConsentSnapshot[];
  private readonly written = new Map<string, ConsentSnapshot>();

  private constructor(
    private readonly organizationId: string,
    private readonly ownerId: string,
    history: readonly ConsentSnapshot[],
  ) {
    this.history = [...history].sort((a, b) => a.givenOn.localeCompare(b.givenOn));
  }

  static restore(organizationId: string, ownerId: string, history: readonly ConsentSnapshot[]): OwnerConsents {
    return new OwnerConsents(organizationId, ownerId, history);
  }

  /** 422 CONSENT_IN_FUTURE after `today`; 422 CONSENT_BEFORE_WITHDRAWAL before the last withdrawal. */
  give(consent: NewConsent, today: CalendarDate): ConsentSnapshot {
    if (consent.givenOn > today) throw new ConsentInFuture(consent.givenOn);
    const lastWithdrawal = this.history.findLast((c) => c.withdrawnOn !== null)?.withdrawnOn;
    if (lastWithdrawal && consent.givenOn < lastWithdrawal) throw new ConsentBeforeWithdrawal(lastWithdrawal);
    const open = this.current();
    const { givenOn, documentId, recordedBy } = consent;
    const next: ConsentSnapshot = open
      ? { ...open, givenOn, documentId, recordedBy }
      : {
          ...consent,
          organizationId: this.organizationId,
          ownerId: this.ownerId,
          channel: 'email',
          withdrawnOn: null,
          withdrawnBy: null,
        };
    this.put(next, open);
    return next;
  }

  /** Back to registered mail from `today`; without a consent in force there is nothing to withdraw. */
  withdraw(today: CalendarDate, by: string): ConsentSnapshot | null {
    const open = this.current();
    if (!open) return null;
    const withdrawn = { ...open, withdrawnOn: today, withdrawnBy: by };
    this.put(withdrawn, open);
    return withdrawn;
  }

  /** The consent in force (never dated ahead, so in force today). */
  current(): ConsentSnapshot | null {
    return this.history.find((c) => c.withdrawnOn === null) ?? null;
  }

  /** Consents to insert or rewrite, by id. */
  changes(): readonly ConsentSnapshot[] {
    return [...this.written.values()];
  }

  private put(next: ConsentSnapshot, replaced: ConsentSnapshot | null): void {
    if (replaced) this.history.splice(this.history.indexOf(replaced), 1, next);
    else this.history.push(next);
    this.written.set(next.id, next);
  }
}
