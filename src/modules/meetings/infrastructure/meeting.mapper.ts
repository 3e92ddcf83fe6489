import type { AgendaItemSnapshot } from '../domain/agenda';
import type { Meeting, MeetingSnapshot, MeetingStatus, MeetingType } from '../domain/meeting';
import { MeetingAgendaItemOrmEntity, MeetingOrmEntity } from './meeting.orm-entities';

/** A meeting as the plain reads select it (`MEETING_COLUMNS`), with one of its agenda items (`AGENDA_ITEM_COLUMNS`). */
export interface MeetingRow {
  id: string;
  organization_id: string;
  building_id: string;
  type: string;
  title: string;
  scheduled_at: Date;
  location: string;
  remote_url: string | null;
  status: string;
  is_second_convocation: boolean;
  first_meeting_id: string | null;
  urgent: boolean;
  urgency_reason: string | null;
  cancellation_reason: string | null;
  created_at: Date;
  updated_at: Date;
  /** Null on the one row of a meeting without agenda (the outer join). */
  item_id: string | null;
  item_position: number;
  item_title: string;
  item_description: string | null;
}

export const MEETING_COLUMNS = `m.id, m.organization_id, m.building_id, m.type, m.title, m.scheduled_at, m.location,
  m.remote_url, m.status, m.is_second_convocation, m.first_meeting_id, m.urgent, m.urgency_reason,
  m.cancellation_reason, m.created_at, m.updated_at`;

/** The agenda item of a `MeetingRow`, from `meeting_agenda_items i` joined to the meeting. */
export const AGENDA_ITEM_COLUMNS = `i.id AS item_id, i.position AS item_position, i.title AS item_title,
  i.description AS item_description`;

/**
 * Snapshots from rows that repeat a meeting once per agenda item (once with a null item when it has none): the
 * meetings in the order of their first row.
 */
export function rowsToSnapshots(rows: readonly MeetingRow[]): MeetingSnapshot[] {
  const meetings = new Map<string, { row: MeetingRow; agenda: AgendaItemSnapshot[] }>();
  for (const row of rows) {
    let meeting = meetings.get(row.id);
    if (!meeting) {
      meeting = { row, agenda: [] };
      meetings.set(row.id, meeting);
    }
    if (row.item_id !== null) {
      meeting.agenda.push({
        id: row.item_id,
        position: row.item_position,
        title: row.item_title,
        description: row.item_description,
      });
    }
  }
  return [...meetings.values()].map(({ row, agenda }) => rowToSnapshot(row, agenda));
}

function rowToSnapshot(row: MeetingRow, agenda: AgendaItemSnapshot[]): MeetingSnapshot {
  return {
    id: row.id,
    organizationId: row.organization_id,
    buildingId: row.building_id,
    type: row.type as MeetingType,
    title: row.title,
    scheduledAt: row.scheduled_at,
    location: row.location,
    remoteUrl: row.remote_url,
    agenda: agenda.sort((a, b) => a.position - b.position),
    status: row.status as MeetingStatus,
    isSecondConvocation: row.is_second_convocation,
    firstMeetingId: row.first_meeting_id,
    urgent: row.urgent,
    urgencyReason: row.urgency_reason,
    cancellationReason: row.cancellation_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toRows(meeting: Meeting): { meeting: MeetingOrmEntity; items: MeetingAgendaItemOrmEntity[] } {
  const { agenda, ...fields } = meeting.toSnapshot();
  return {
    meeting: Object.assign(new MeetingOrmEntity(), fields),
    items: agenda.map((item) =>
      Object.assign(new MeetingAgendaItemOrmEntity(), {
        ...item,
        organizationId: fields.organizationId,
        meetingId: fields.id,
      }),
    ),
  };
}
