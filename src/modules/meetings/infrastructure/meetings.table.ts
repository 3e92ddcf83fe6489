import { column, table } from '../../../shared/persistence/table';
import type { MeetingSnapshot } from '../domain/meeting';

/** A meeting as its row stores it: the snapshot without the agenda, which has a table of its own. */
export type MeetingRecord = Omit<MeetingSnapshot, 'agenda'>;

export const meetings = table<MeetingRecord>('meetings', 'm', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  type: column('type'),
  title: column('title'),
  scheduledAt: column('scheduled_at'),
  location: column('location'),
  remoteUrl: column('remote_url'),
  status: column('status'),
  isSecondConvocation: column('is_second_convocation'),
  firstMeetingId: column('first_meeting_id'),
  urgent: column('urgent'),
  urgencyReason: column('urgency_reason'),
  cancellationReason: column('cancellation_reason'),
  openedAt: column('opened_at'),
  quorumOwnersCounted: column('quorum_owners_counted'),
  quorumOwnersTotal: column('quorum_owners_total'),
  quorumQuotasCounted: column('quorum_quotas_counted'),
  quorumQuotasTotal: column('quorum_quotas_total'),
  quorumBranch: column('quorum_branch'),
  quorumReached: column('quorum_reached'),
  chair: column('chair'),
  secretary: column('secretary'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});
