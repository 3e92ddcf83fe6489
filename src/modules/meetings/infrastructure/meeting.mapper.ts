import { sql } from '../../../shared/persistence/sql';
import type { AgendaItemSnapshot } from '../domain/agenda';
import type { Meeting, MeetingSnapshot } from '../domain/meeting';
import { AgendaItemRecord, agendaItems } from './meeting-agenda-items.table';
import { MeetingRecord, meetings } from './meetings.table';

/**
 * The agenda of the meeting `m` as one json column, in agenda order: a meeting and its agenda (or a page of meetings
 * and theirs) are read in one statement, one row per meeting.
 */
export const AGENDA = sql`(SELECT coalesce(json_agg(a ORDER BY a.position), '[]')
  FROM (SELECT ${agendaItems.columns} FROM ${agendaItems.from}
         WHERE i.organization_id = m.organization_id AND i.meeting_id = m.id) a) AS agenda`;

/** The snapshot of a row selected with `meetings.columns` and `AGENDA`. */
export function toSnapshot(row: Record<string, unknown>): MeetingSnapshot {
  const agenda = (row.agenda as Record<string, unknown>[]).map((item): AgendaItemSnapshot => {
    const { organizationId: _org, meetingId: _meeting, ...snapshot } = agendaItems.fromRow(item);
    return snapshot;
  });
  return { ...meetings.fromRow(row), agenda };
}

/** The rows that store a meeting: its own and one per agenda item. */
export function toRecords(meeting: Meeting): { meeting: MeetingRecord; items: AgendaItemRecord[] } {
  const { agenda, ...record } = meeting.toSnapshot();
  const items = agenda.map((item) => ({ ...item, organizationId: record.organizationId, meetingId: record.id }));
  return { meeting: record, items };
}
