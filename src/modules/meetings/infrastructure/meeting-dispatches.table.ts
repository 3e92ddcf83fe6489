import { column, table } from '../../../shared/persistence/table';
import type { DispatchSnapshot } from '../domain/dispatch';

export const meetingDispatches = table<DispatchSnapshot>('meeting_dispatches', 'd', {
  id: column('id'),
  organizationId: column('organization_id'),
  meetingId: column('meeting_id'),
  ownerId: column('owner_id'),
  channel: column('channel'),
  sentOn: column('sent_on', { date: true }),
  proof: column('proof'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});
