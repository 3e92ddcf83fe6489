import type { AgendaItemSnapshot } from '../../domain/agenda';
import { brusselsLocalIso } from '@shared/domain';
import type { MeetingSnapshot, MeetingStatus, MeetingType } from '../../domain/meeting';
import { ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class AgendaItemResponse {
  /** Stable id of the item; it survives edits and reorders. */
  @ApiId()
  id!: string;
  /** 1..n, the order of the agenda. */
  @ApiInteger()
  position!: number;
  title!: string;
  description!: string | null;

  static from(s: AgendaItemSnapshot): AgendaItemResponse {
    return { id: s.id, position: s.position, title: s.title, description: s.description };
  }
}

export class MeetingResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  type!: MeetingType;
  title!: string;
  /** The instant, ISO 8601 in UTC. */
  @ApiTimestamp()
  scheduledAt!: string;
  /** The same instant on the Brussels wall clock with its offset, e.g. 2026-12-20T18:30:00+01:00. */
  scheduledAtLocal!: string;
  location!: string;
  remoteUrl!: string | null;
  /** The agenda, by position. */
  agenda!: AgendaItemResponse[];
  /** scheduled → completed | cancelled. */
  status!: MeetingStatus;
  isSecondConvocation!: boolean;
  /** The first meeting of a second convocation. */
  @ApiId({ nullable: true })
  firstMeetingId!: string | null;
  /** Convened less than 15 days ahead, for urgencyReason. */
  urgent!: boolean;
  urgencyReason!: string | null;
  cancellationReason!: string | null;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(s: MeetingSnapshot): MeetingResponse {
    return {
      id: s.id,
      buildingId: s.buildingId,
      type: s.type,
      title: s.title,
      scheduledAt: s.scheduledAt.toISOString(),
      scheduledAtLocal: brusselsLocalIso(s.scheduledAt),
      location: s.location,
      remoteUrl: s.remoteUrl,
      agenda: s.agenda.map(AgendaItemResponse.from),
      status: s.status,
      isSecondConvocation: s.isSecondConvocation,
      firstMeetingId: s.firstMeetingId,
      urgent: s.urgent,
      urgencyReason: s.urgencyReason,
      cancellationReason: s.cancellationReason,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
