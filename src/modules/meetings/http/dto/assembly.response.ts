import type { AttendanceEntry, AttendanceStatus } from '../../domain/attendance';
import type { NoticeWarning } from '../../domain/convocation-rules';
import type { DispatchChannel, DispatchSnapshot } from '../../domain/dispatch';
import { QUORUM_BRANCHES, type QuorumBranch } from '../../domain/quorum';
import type { QuorumView } from '../../application/assembly.service';
import { CountResponse } from './meeting.response';
import { ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';
import { ApiProperty } from '@nestjs/swagger';

/** One line of the convocation register. */
export class DispatchResponse {
  @ApiId()
  id!: string;
  @ApiId()
  ownerId!: string;
  channel!: DispatchChannel;
  /** The Brussels calendar day it left (YYYY-MM-DD). */
  @ApiDay()
  sentOn!: string;
  /** The registered-mail number or e-mail receipt id, or null until recorded. */
  proof!: string | null;

  static from(s: DispatchSnapshot): DispatchResponse {
    return { id: s.id, ownerId: s.ownerId, channel: s.channel, sentOn: s.sentOn, proof: s.proof };
  }
}

/** The dispatches created, and the risks of the safer practices (art. 3.87 §3) when the law's delay is met. */
export class ConvocationResponse {
  data!: DispatchResponse[];
  /**
   * `not_clear_days`: fewer than N + 1 days (N clear days are safer); `registered_mail_delay`: registered mail
   * presumed received 3 working days after posting leaves fewer than N days; `urgent_short_notice`: an urgent
   * meeting convoked with less than N days (the reason must be on the letter). Absent when there is none.
   */
  warnings?: NoticeWarning[];
}

export class ProxyHolderResponse {
  /** The co-owner holding the proxy, or null for someone else. */
  @ApiId({ nullable: true })
  ownerId!: string | null;
  /** The name of a holder who is not a co-owner, or null. */
  name!: string | null;
}

export class AttendanceEntryResponse {
  @ApiId()
  ownerId!: string;
  status!: AttendanceStatus;
  /** The holder of the written proxy of a represented owner, else null. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: {
      ownerId: {
        type: 'string',
        format: 'uuid',
        nullable: true,
        description: 'The co-owner holding the proxy, or null for someone else.',
        example: '0b6f3c1e-2d4a-4f8b-9c3e-5a7d1e2f3b4c',
      },
      name: {
        type: 'string',
        nullable: true,
        description: 'The name of a holder who is not a co-owner, or null.',
        example: null,
      },
    },
    required: ['ownerId', 'name'],
    selfRequired: true,
  })
  proxyHolder!: ProxyHolderResponse | null;

  static from(e: AttendanceEntry): AttendanceEntryResponse {
    const represented = e.proxyHolderOwnerId !== null || e.proxyHolderName !== null;
    return {
      ownerId: e.ownerId,
      status: e.status,
      proxyHolder: represented ? { ownerId: e.proxyHolderOwnerId, name: e.proxyHolderName } : null,
    };
  }
}

export class AttendanceResponse {
  data!: AttendanceEntryResponse[];
}

/** A jointly held unit without a representative (or held by nobody): its votes are suspended. */
export class SuspendedUnitResponse {
  @ApiId()
  unitId!: string;
  /** Its quota on the assembly's date. */
  @ApiInteger()
  votes!: number;
}

/** The double quorum (Civil Code art. 3.87 §5). */
export class QuorumResponse {
  /** Heads: distinct co-owners casting a unit's votes (a person with several lots once); counted = present or represented. */
  owners!: CountResponse;
  /** Their quotas on the assembly's date. */
  quotas!: CountResponse;
  /**
   * `majority_and_half`: more than half the heads and at least half the quotas; `three_quarters`: more than 3/4 of
   * the quotas; null while neither is met.
   */
  @ApiProperty({ type: 'string', nullable: true, enum: [...QUORUM_BRANCHES, null], example: 'majority_and_half' })
  branch!: QuorumBranch | null;
  reached!: boolean;
  /** Jointly held units without representative (or held by nobody): out of both counts. */
  suspended!: SuspendedUnitResponse[];
  /** True once the assembly opened: the figures no longer change. */
  frozen!: boolean;

  static from(q: QuorumView): QuorumResponse {
    return {
      owners: { ...q.owners },
      quotas: { ...q.quotas },
      branch: q.branch,
      reached: q.reached,
      suspended: q.suspended.map((s) => ({ ...s })),
      frozen: q.frozen,
    };
  }
}
