import { column, table } from '../../../shared/persistence/table';
import type { AgendaItemSnapshot } from '../domain/agenda';

/** An agenda item as its row stores it: with the organization and the meeting it belongs to. */
export interface AgendaItemRecord extends AgendaItemSnapshot {
  readonly organizationId: string;
  readonly meetingId: string;
}

export const agendaItems = table<AgendaItemRecord>('meeting_agenda_items', 'i', {
  id: column('id'),
  organizationId: column('organization_id'),
  meetingId: column('meeting_id'),
  position: column('position'),
  title: column('title'),
  description: column('description'),
  titleNl: column('title_nl'),
  descriptionNl: column('description_nl'),
});
