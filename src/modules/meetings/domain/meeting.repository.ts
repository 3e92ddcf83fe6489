import type { Page, PageRequest } from '../../../shared/domain';
import type { Meeting, MeetingSnapshot, MeetingStatus, MeetingType } from './meeting';

export const MEETING_SORTS = ['scheduledAt', 'createdAt', 'title'] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];

export interface MeetingCriteria {
  readonly buildingId?: string;
  readonly status?: MeetingStatus;
  readonly type?: MeetingType;
  /** Calendar dates (YYYY-MM-DD), inclusive, compared with the Brussels day of scheduledAt. */
  readonly from?: string;
  readonly to?: string;
  /** Restricts the list to these buildings (an owner's). */
  readonly buildingIds?: readonly string[];
}

/** Meetings of one organization with their agenda; every method runs in one transaction under row-level security. */
export abstract class MeetingRepository {
  abstract findById(organizationId: string, id: string): Promise<MeetingSnapshot | null>;
  abstract list(
    organizationId: string,
    criteria: MeetingCriteria,
    page: PageRequest<MeetingSort>,
  ): Promise<Page<MeetingSnapshot>>;
  /** Stores a new meeting and its agenda. */
  abstract insert(meeting: Meeting): Promise<void>;
  /**
   * Locks the meeting, lets `change` apply a domain rule, then stores the meeting and its whole agenda in the same
   * transaction. Null when there is no such meeting.
   */
  abstract update(
    organizationId: string,
    id: string,
    change: (meeting: Meeting) => void,
  ): Promise<MeetingSnapshot | null>;
  /** Locks the meeting, lets `check` refuse, then deletes it with its agenda. False when there is no such meeting. */
  abstract delete(organizationId: string, id: string, check: (meeting: Meeting) => void): Promise<boolean>;
}
