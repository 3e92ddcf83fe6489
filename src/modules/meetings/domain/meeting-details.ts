import { checkedUrgency } from './convocation-rules';
import { InvalidMeeting } from './meeting.errors';

export const MEETING_TYPES = ['ordinary', 'extraordinary'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
/** scheduled → convened (first dispatch) → in_session | no_quorum (opening) → completed; or → cancelled before opening. */
export const MEETING_STATUSES = ['scheduled', 'convened', 'in_session', 'no_quorum', 'completed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The fields a syndic may replace while the meeting is scheduled. */
export interface MeetingDetailsInput {
  readonly type: MeetingType;
  readonly title: string;
  readonly scheduledAt: Date;
  readonly location: string;
  readonly remoteUrl?: string | null;
  readonly urgent?: boolean;
  readonly urgencyReason?: string | null;
}

export interface CheckedMeetingDetails {
  readonly type: MeetingType;
  readonly title: string;
  readonly scheduledAt: Date;
  readonly location: string;
  readonly remoteUrl: string | null;
  readonly urgent: boolean;
  readonly urgencyReason: string | null;
}

/** Checks and normalizes the editable fields (trimmed text, https link, urgency with its reason). */
export function checkedDetails(input: MeetingDetailsInput): CheckedMeetingDetails {
  if (!MEETING_TYPES.includes(input.type)) {
    throw new InvalidMeeting('type', `must be one of ${MEETING_TYPES.join(', ')}`);
  }
  if (Number.isNaN(input.scheduledAt.getTime())) throw new InvalidMeeting('scheduledAt', 'must be a valid timestamp');
  return {
    type: input.type,
    title: checkedText('title', input.title),
    scheduledAt: new Date(input.scheduledAt.getTime()),
    location: checkedText('location', input.location),
    remoteUrl: checkedRemoteUrl(input.remoteUrl),
    ...checkedUrgency(input.urgent, input.urgencyReason),
  };
}

function checkedText(field: string, value: string): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 255) throw new InvalidMeeting(field, 'must have 1 to 255 characters');
  return text;
}

function checkedRemoteUrl(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (url?.protocol !== 'https:' || text.length > 2048) throw new InvalidMeeting('remoteUrl', 'must be an https URL');
  return text;
}
