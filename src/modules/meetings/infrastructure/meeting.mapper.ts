import type { AgendaItemSnapshot } from '../domain/agenda';
import type { Meeting, MeetingSnapshot, MeetingStatus, MeetingType } from '../domain/meeting';
import { MeetingAgendaItemOrmEntity, MeetingOrmEntity } from './meeting.orm-entities';

export function toSnapshot(row: MeetingOrmEntity, items: readonly MeetingAgendaItemOrmEntity[]): MeetingSnapshot {
  return {
    id: row.id,
    organizationId: row.organizationId,
    buildingId: row.buildingId,
    type: row.type as MeetingType,
    title: row.title,
    scheduledAt: row.scheduledAt,
    location: row.location,
    remoteUrl: row.remoteUrl,
    agenda: [...items].sort((a, b) => a.position - b.position).map(toAgendaItem),
    status: row.status as MeetingStatus,
    isSecondConvocation: row.isSecondConvocation,
    firstMeetingId: row.firstMeetingId,
    urgent: row.urgent,
    urgencyReason: row.urgencyReason,
    cancellationReason: row.cancellationReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const toAgendaItem = (row: MeetingAgendaItemOrmEntity): AgendaItemSnapshot => ({
  id: row.id,
  position: row.position,
  title: row.title,
  description: row.description,
});

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
