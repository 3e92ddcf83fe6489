import type { Page, PageRequest } from '../../../shared/domain';
import type { AttendanceEntry, VotingRight } from './attendance';
import type { DispatchSnapshot } from './dispatch';
import type { Meeting, MeetingSnapshot } from './meeting';

export const DISPATCH_SORTS = ['sentOn', 'createdAt'] as const;
export type DispatchSort = (typeof DISPATCH_SORTS)[number];

/**
 * The convocation register, the attendance list and the voting rights of a meeting. Each write locks the meeting row
 * first (the same lock as every meeting change), so a dispatch, an attendance change and the opening never overlap.
 */
export abstract class AssemblyRepository {
  /**
   * Locks the meeting, lets `plan` decide the new dispatches knowing which owners were already convoked (and move
   * the meeting to convened), then stores both. Null when there is no such meeting.
   */
  abstract convoke(
    organizationId: string,
    meetingId: string,
    plan: (meeting: Meeting, convoked: ReadonlySet<string>) => readonly DispatchSnapshot[],
  ): Promise<{ meeting: MeetingSnapshot; dispatches: readonly DispatchSnapshot[] } | null>;
  abstract listDispatches(
    organizationId: string,
    meetingId: string,
    page: PageRequest<DispatchSort>,
  ): Promise<Page<DispatchSnapshot>>;
  abstract findDispatch(organizationId: string, meetingId: string, id: string): Promise<DispatchSnapshot | null>;
  abstract recordProof(
    organizationId: string,
    meetingId: string,
    id: string,
    proof: string,
    now: Date,
  ): Promise<DispatchSnapshot | null>;
  /** Locks the meeting, lets `check` refuse, then replaces its attendance list. False when there is no such meeting. */
  abstract replaceAttendance(
    organizationId: string,
    meetingId: string,
    check: (meeting: Meeting) => void,
    entries: readonly AttendanceEntry[],
  ): Promise<boolean>;
  abstract attendance(organizationId: string, meetingId: string): Promise<AttendanceEntry[]>;
  /**
   * Locks the meeting, reads its attendance, lets `open` record the verdict, then stores the meeting and the voting
   * rights of the assembly, in one transaction. Null when there is no such meeting.
   */
  abstract open(
    organizationId: string,
    meetingId: string,
    rights: readonly VotingRight[],
    open: (meeting: Meeting, attendance: readonly AttendanceEntry[]) => void,
  ): Promise<MeetingSnapshot | null>;
  /** The voting rights written when the meeting opened (empty before). */
  abstract votingRights(organizationId: string, meetingId: string): Promise<VotingRight[]>;
  /**
   * Locks the first meeting, lets `build` create the second convocation knowing whether one (not cancelled) exists,
   * and stores it. Null when there is no first meeting.
   */
  abstract insertSecondConvocation(
    organizationId: string,
    firstMeetingId: string,
    build: (first: MeetingSnapshot, exists: boolean) => Meeting,
  ): Promise<MeetingSnapshot | null>;
}
