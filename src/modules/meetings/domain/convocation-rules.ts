import { ResourceNotFound } from '../../../shared/domain';
import { ConvocationTooLate, InvalidMeeting, MeetingInThePast, SecondConvocationInvalid } from './meeting.errors';

/** Civil Code art. 3.87 §3: the convocation reaches the owners at least 15 days before the assembly. */
export const CONVOCATION_NOTICE_DAYS = 15;
/** Civil Code art. 3.87: without quorum, a second assembly is held at least 15 days after the first. */
export const SECOND_CONVOCATION_DELAY_DAYS = 15;

const DAY_MS = 24 * 60 * 60 * 1000;

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
 * Exactly 15 × 24 h ahead is enough; a millisecond less is refused unless urgent. Nothing is ever scheduled in the
 * past, urgent or not.
 */
export function assertConvocationNotice(scheduledAt: Date, now: Date, urgent: boolean): void {
  const ahead = scheduledAt.getTime() - now.getTime();
  if (ahead <= 0) throw new MeetingInThePast();
  if (!urgent && ahead < CONVOCATION_NOTICE_DAYS * DAY_MS) throw new ConvocationTooLate(CONVOCATION_NOTICE_DAYS);
}

/** What the rule needs to know of the first meeting of a second convocation. */
export interface FirstMeetingFacts {
  readonly id: string;
  readonly buildingId: string;
  readonly status: string;
  readonly scheduledAt: Date;
}

/**
 * The first meeting must exist in the organization (else 404, like any unknown id), be in the same building, have
 * been held (completed), and the second must come at least 15 days after it.
 */
export function assertSecondConvocation(
  first: FirstMeetingFacts | null,
  meeting: { readonly buildingId: string; readonly scheduledAt: Date },
): void {
  if (!first) throw new ResourceNotFound('meeting');
  if (first.buildingId !== meeting.buildingId) throw new SecondConvocationInvalid('other_building');
  if (first.status !== 'completed') throw new SecondConvocationInvalid('first_not_completed');
  if (meeting.scheduledAt.getTime() - first.scheduledAt.getTime() < SECOND_CONVOCATION_DELAY_DAYS * DAY_MS) {
    throw new SecondConvocationInvalid('too_soon');
  }
}
