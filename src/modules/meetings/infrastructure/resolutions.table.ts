import { column, table } from '../../../shared/persistence/table';
import type { BallotSnapshot, ResolutionSnapshot } from '../domain/resolution';

/** A resolution as its row stores it: the snapshot without its ballots, which have a table of their own. */
export type ResolutionRecord = Omit<ResolutionSnapshot, 'ballots'>;

export const resolutions = table<ResolutionRecord>('meeting_resolutions', 'r', {
  id: column('id'),
  organizationId: column('organization_id'),
  meetingId: column('meeting_id'),
  agendaItemId: column('agenda_item_id'),
  title: column('title'),
  text: column('text'),
  majority: column('majority'),
  status: column('status'),
  forVotes: column('for_votes'),
  againstVotes: column('against_votes'),
  abstentionVotes: column('abstention_votes'),
  closedAt: column('closed_at'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});

/** A ballot as its row stores it: with the organization and the resolution it belongs to. */
export interface BallotRecord extends BallotSnapshot {
  readonly organizationId: string;
  readonly resolutionId: string;
}

export const ballots = table<BallotRecord>('resolution_ballots', 'b', {
  organizationId: column('organization_id'),
  resolutionId: column('resolution_id'),
  ownerId: column('owner_id'),
  choice: column('choice'),
  votes: column('votes'),
  countedVotes: column('counted_votes'),
  proxyHolderOwnerId: column('proxy_holder_owner_id'),
  proxyHolderName: column('proxy_holder_name'),
  // Read back from json as text when aggregated with its resolution.
  castAt: column('cast_at', { read: (raw: string | Date) => new Date(raw) }),
});
