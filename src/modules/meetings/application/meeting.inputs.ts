import type { SortOrder } from '../../../shared/domain';
import type { AgendaItemInput } from '../domain/agenda';
import type { MeetingStatus, MeetingType } from '../domain/meeting';
import type { MeetingSort } from '../domain/meeting.repository';

export interface MeetingDetails {
  readonly type: MeetingType;
  readonly title: string;
  /** ISO 8601 timestamp with a zone. */
  readonly scheduledAt: string;
  readonly location: string;
  readonly remoteUrl?: string | null;
  readonly urgent?: boolean;
  readonly urgencyReason?: string | null;
}

export interface ScheduleMeetingInput extends MeetingDetails {
  readonly buildingId: string;
  readonly agenda?: readonly AgendaItemInput[];
  readonly isSecondConvocation?: boolean;
  readonly firstMeetingId?: string | null;
}

export interface MeetingListInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: MeetingSort;
  readonly order?: SortOrder;
  readonly buildingId?: string;
  readonly status?: MeetingStatus;
  readonly type?: MeetingType;
  readonly from?: string;
  readonly to?: string;
}
