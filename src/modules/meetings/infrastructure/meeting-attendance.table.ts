import { column, table } from '../../../shared/persistence/table';
import type { AttendanceEntry, VotingRight } from '../domain/attendance';

/** An attendance line as its row stores it: with the organization and the meeting it belongs to. */
export interface AttendanceRecord extends AttendanceEntry {
  readonly organizationId: string;
  readonly meetingId: string;
}

export const meetingAttendance = table<AttendanceRecord>('meeting_attendance', 'at', {
  organizationId: column('organization_id'),
  meetingId: column('meeting_id'),
  ownerId: column('owner_id'),
  status: column('status'),
  proxyHolderOwnerId: column('proxy_holder_owner_id'),
  proxyHolderName: column('proxy_holder_name'),
});

/** The votes of a unit at a meeting, written when the meeting opens. */
export interface VotingRightRecord extends VotingRight {
  readonly organizationId: string;
  readonly meetingId: string;
}

export const meetingVotingRights = table<VotingRightRecord>('meeting_voting_rights', 'vr', {
  organizationId: column('organization_id'),
  meetingId: column('meeting_id'),
  unitId: column('unit_id'),
  ownerId: column('owner_id'),
  votes: column('votes'),
});
