import type { Page, PageRequest } from '../../../shared/domain';
import type { AttendanceEntry, VotingRight } from './attendance';
import type { Resolution, ResolutionSnapshot } from './resolution';

/** The resolutions of a meeting with their ballots; every write runs in one transaction under row-level security. */
export abstract class ResolutionRepository {
  /** In the order they were proposed. */
  abstract listByMeeting(
    organizationId: string,
    meetingId: string,
    page: PageRequest<'createdAt'>,
  ): Promise<Page<ResolutionSnapshot>>;
  abstract insert(resolution: Resolution): Promise<void>;
  /**
   * Locks the meeting's row and the resolution, lets `change` apply a domain rule, then stores the resolution and its
   * ballots. `check` sees the locked meeting's status first. Null when the meeting has no such resolution.
   */
  abstract update(
    organizationId: string,
    meetingId: string,
    id: string,
    change: (resolution: Resolution, meetingStatus: string) => void,
  ): Promise<ResolutionSnapshot | null>;
}

/** The attendance list and voting rights frozen when a meeting opened. */
export abstract class AssemblyRollReader {
  abstract read(
    organizationId: string,
    meetingId: string,
  ): Promise<{ rights: VotingRight[]; attendance: AttendanceEntry[] }>;
}
