import type { AgendaItemSnapshot } from '../../domain/agenda';
import { brusselsDate, brusselsLocalIso } from '@shared/domain';
import { challengeDeadline, minutesDueOn } from '../../domain/convocation-rules';
import { QUORUM_BRANCHES, type QuorumBranch } from '../../domain/quorum';
import type { MeetingSnapshot, MeetingStatus, MeetingType } from '../../domain/meeting';
import { ApiDay, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';
import { ApiProperty } from '@nestjs/swagger';

export class AgendaItemResponse {
  /** Stable id of the item; it survives edits and reorders. */
  @ApiId()
  id!: string;
  /** 1..n, the order of the agenda. */
  @ApiInteger()
  position!: number;
  /** In French. */
  title!: string;
  description!: string | null;
  /** In Dutch, or null when only the French text was given. */
  titleNl!: string | null;
  descriptionNl!: string | null;

  static from(s: AgendaItemSnapshot): AgendaItemResponse {
    return {
      id: s.id,
      position: s.position,
      title: s.title,
      description: s.description,
      titleNl: s.titleNl,
      descriptionNl: s.descriptionNl,
    };
  }
}

export class CountResponse {
  /** Present or represented. */
  @ApiInteger()
  counted!: number;
  /** All of the building. */
  @ApiInteger()
  total!: number;
}

/** The double quorum (Civil Code art. 3.87 §5) as frozen when the assembly opened. */
export class FrozenQuorumResponse {
  /** Heads: distinct co-owners casting votes; counted = present or represented. */
  owners!: CountResponse;
  /** Their quotas on the assembly date. */
  quotas!: CountResponse;
  /** The branch met, or null without quorum. */
  branch!: QuorumBranch | null;
  reached!: boolean;
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
  /**
   * scheduled → convened (first convocation sent; the agenda is frozen) → in_session | no_quorum (opened) →
   * completed; scheduled | convened → cancelled.
   */
  status!: MeetingStatus;
  isSecondConvocation!: boolean;
  /** The first meeting of a second convocation. */
  @ApiId({ nullable: true })
  firstMeetingId!: string | null;
  /** May be convoked with less than the notice delay, for urgencyReason (printed on the letter). */
  urgent!: boolean;
  urgencyReason!: string | null;
  cancellationReason!: string | null;
  /** When the assembly was opened (attendance and quorum frozen), or null. */
  @ApiTimestamp({ nullable: true })
  openedAt!: string | null;
  /** The quorum verdict frozen at opening, or null before. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: {
      owners: {
        type: 'object',
        description: 'Heads: distinct co-owners casting votes; counted = present or represented.',
        properties: { counted: { type: 'integer', example: 6 }, total: { type: 'integer', example: 9 } },
        required: ['counted', 'total'],
      },
      quotas: {
        type: 'object',
        description: 'Their quotas on the assembly date.',
        properties: { counted: { type: 'integer', example: 600 }, total: { type: 'integer', example: 1000 } },
        required: ['counted', 'total'],
      },
      branch: {
        type: 'string',
        enum: [...QUORUM_BRANCHES, null],
        nullable: true,
        description: 'The branch met, or null without quorum.',
      },
      reached: { type: 'boolean' },
    },
    required: ['owners', 'quotas', 'branch', 'reached'],
    selfRequired: true,
  })
  quorum!: FrozenQuorumResponse | null;
  chair!: string | null;
  secretary!: string | null;
  /** The minutes reach every owner by this day: the assembly's Brussels date + 30 days (art. 3.87 §10). */
  @ApiDay()
  minutesDueOn!: string;
  /** Decisions can be challenged in court until this day: the assembly's Brussels date + 4 months (art. 3.92 §3). */
  @ApiDay()
  challengeDeadline!: string;
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
      openedAt: s.openedAt?.toISOString() ?? null,
      quorum:
        s.quorumReached === null
          ? null
          : {
              owners: { counted: s.quorumOwnersCounted ?? 0, total: s.quorumOwnersTotal ?? 0 },
              quotas: { counted: s.quorumQuotasCounted ?? 0, total: s.quorumQuotasTotal ?? 0 },
              branch: s.quorumBranch,
              reached: s.quorumReached,
            },
      chair: s.chair,
      secretary: s.secretary,
      minutesDueOn: minutesDueOn(brusselsDate(s.scheduledAt)),
      challengeDeadline: challengeDeadline(brusselsDate(s.scheduledAt)),
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
