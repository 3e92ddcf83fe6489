import type { CalendarDate } from '../../../shared/domain';
import { addDays, addMonths, addWorkingDays, daysBetween } from './calendar-days';
import type { DispatchChannel } from './dispatch';
import {
  ConvocationTooLate,
  InvalidMeeting,
  MeetingInThePast,
  MeetingNotOpened,
  QuorumWasReached,
  SecondConvocationExists,
  SecondConvocationInvalid,
} from './meeting.errors';

/**
 * The delays of the Civil Code as researched (art. 3.87 §3, §5, §10; art. 3.92 §3): data in one place, so a
 * correction is one line.
 */
export const ASSEMBLY_DELAYS = {
  /** Art. 3.87 §3: the convocation leaves at least 15 days before the assembly; the internal rules may ask more. */
  noticeDays: 15,
  /** The longest notice delay internal rules may set here (the building's `noticeDays`). */
  maxNoticeDays: 90,
  /** Safer practice: registered mail is taken as received 3 working days after it left. */
  registeredMailWorkingDays: 3,
  /** Art. 3.87 §5: the second assembly is held at least 15 days after the first one without quorum. */
  secondConvocationDays: 15,
  /** Art. 3.87 §10: the minutes reach every owner within 30 days of the assembly. */
  minutesDays: 30,
  /** Art. 3.92 §3: a decision may be challenged in court within 4 months of the assembly. */
  challengeMonths: 4,
} as const;

/** Kept for the meeting's first convocation letter (the law's floor). */
export const CONVOCATION_NOTICE_DAYS = ASSEMBLY_DELAYS.noticeDays;

export interface Urgency {
  readonly urgent: boolean;
  readonly urgencyReason: string | null;
}

/** An urgent meeting needs a reason; a reason without the urgent flag would be misleading. */
export function checkedUrgency(urgent: boolean | undefined, reason: string | null | undefined): Urgency {
  const urgencyReason = reason?.trim() || null;
  if (urgent && !urgencyReason) throw new InvalidMeeting('urgencyReason', 'is required when the meeting is urgent');
  if (!urgent && urgencyReason) throw new InvalidMeeting('urgencyReason', 'is allowed only when the meeting is urgent');
  if (urgencyReason && urgencyReason.length > 1000) {
    throw new InvalidMeeting('urgencyReason', 'must have at most 1000 characters');
  }
  return { urgent: urgent === true, urgencyReason };
}

/**
 * A meeting record may be created or moved to any future time: the notice delay is checked when the convocation is
 * sent (`checkConvocationNotice`), not when the record is written. Nothing is ever scheduled in the past.
 */
export function assertNotInThePast(scheduledAt: Date, now: Date): void {
  if (scheduledAt.getTime() <= now.getTime()) throw new MeetingInThePast();
}

/** Art. 3.87 §3: the building's internal rules may lengthen the 15 days of the law, never shorten them. */
export function requiredNoticeDays(buildingNoticeDays: number): number {
  return Math.max(ASSEMBLY_DELAYS.noticeDays, buildingNoticeDays);
}

/** A risk the syndic should know about, though the law's delay is met. */
export type NoticeWarning = 'not_clear_days' | 'registered_mail_delay' | 'urgent_short_notice';

export interface NoticeFacts {
  /** The Brussels calendar day of the assembly. */
  readonly meetingDate: CalendarDate;
  /** The Brussels calendar day the convocation leaves. */
  readonly sentOn: CalendarDate;
  /** The building's notice delay (internal rules); the applied delay is max(15, noticeDays). */
  readonly noticeDays: number;
  readonly channel: DispatchChannel;
  readonly urgent: boolean;
}

/**
 * Art. 3.87 §3: the convocation is sent at least N days before the assembly, N = max(15, the building's
 * noticeDays), counted in Brussels calendar dates from the day it is sent: meetingDate − sentOn ≥ N, else refused
 * (CONVOCATION_TOO_LATE) unless the meeting is urgent (with its reason on the letter). A convocation on or after the
 * assembly's day is refused even when urgent. Accepted convocations come with the warnings of the safer practices:
 * N clear days (meetingDate − sentOn ≥ N + 1) and, by registered mail, N days after its presumed receipt 3 working
 * days after posting. N = 15, meeting 2026-04-05: sent 03-20 → 16 days, fine; 03-21 → 15, warning; 03-22 → refused.
 */
export function checkConvocationNotice(facts: NoticeFacts): NoticeWarning[] {
  const required = requiredNoticeDays(facts.noticeDays);
  const days = daysBetween(facts.sentOn, facts.meetingDate);
  if (days <= 0) throw new ConvocationTooLate(required, days);
  const warnings: NoticeWarning[] = [];
  if (days < required) {
    if (!facts.urgent) throw new ConvocationTooLate(required, days);
    warnings.push('urgent_short_notice');
    return warnings;
  }
  if (days < required + 1) warnings.push('not_clear_days');
  if (facts.channel === 'registered_mail') {
    const received = addWorkingDays(facts.sentOn, ASSEMBLY_DELAYS.registeredMailWorkingDays);
    if (daysBetween(received, facts.meetingDate) < required) warnings.push('registered_mail_delay');
  }
  return warnings;
}

/** What the second-convocation rule needs to know of the first meeting. */
export interface FirstMeetingFacts {
  readonly id: string;
  readonly buildingId: string;
  readonly status: string;
  readonly scheduledAt: Date;
  readonly agendaItemIds: readonly string[];
  /** True when a second convocation of this meeting already exists (cancelled ones aside). */
  readonly hasSecondConvocation: boolean;
}

/**
 * Art. 3.87 §5: only an assembly opened without quorum (no_quorum) gets a second convocation, at most one, held at
 * least 15 Brussels calendar days after it, on (part of) the same agenda; that second assembly deliberates whatever
 * the attendance.
 */
export function assertSecondConvocation(
  first: FirstMeetingFacts,
  second: {
    readonly meetingDate: CalendarDate;
    readonly firstMeetingDate: CalendarDate;
    readonly agendaItemIds: readonly string[];
  },
): void {
  if (first.status === 'in_session' || first.status === 'completed') throw new QuorumWasReached();
  if (first.status !== 'no_quorum') throw new MeetingNotOpened(first.status);
  if (first.hasSecondConvocation) throw new SecondConvocationExists();
  if (daysBetween(second.firstMeetingDate, second.meetingDate) < ASSEMBLY_DELAYS.secondConvocationDays) {
    throw new SecondConvocationInvalid('too_soon');
  }
  const items = new Set(first.agendaItemIds);
  if (second.agendaItemIds.length === 0) throw new SecondConvocationInvalid('empty_agenda');
  if (new Set(second.agendaItemIds).size !== second.agendaItemIds.length) {
    throw new SecondConvocationInvalid('foreign_items');
  }
  if (!second.agendaItemIds.every((id) => items.has(id))) throw new SecondConvocationInvalid('foreign_items');
}

/** Art. 3.87 §10: the minutes are due to every owner 30 days after the assembly (Brussels date). */
export function minutesDueOn(meetingDate: CalendarDate): CalendarDate {
  return addDays(meetingDate, ASSEMBLY_DELAYS.minutesDays);
}

/** Art. 3.92 §3: the last day to challenge the assembly's decisions in court, 4 months after it. */
export function challengeDeadline(meetingDate: CalendarDate): CalendarDate {
  return addMonths(meetingDate, ASSEMBLY_DELAYS.challengeMonths);
}
