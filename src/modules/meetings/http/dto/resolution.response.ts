import type { ClosedResolution } from '../../application/resolutions.service';
import type { Majority } from '../../domain/majority';
import type { BallotSnapshot, ResolutionSnapshot, ResolutionStatus } from '../../domain/resolution';
import type { BallotChoice } from '../../domain/tally';
import { ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';
import { SuspendedUnitResponse } from './assembly.response';
import { ApiProperty } from '@nestjs/swagger';

export class BallotResponse {
  @ApiId()
  ownerId!: string;
  choice!: BallotChoice;
  /** The owner's votes at the meeting (its units' quotas on the meeting date). */
  @ApiInteger()
  votes!: number;
  /** The votes it counted for after the vote cap; null while the resolution is open. */
  @ApiInteger({ nullable: true })
  countedVotes!: number | null;
  /** Who cast it for a represented owner: a co-owner, or null. */
  @ApiId({ nullable: true })
  proxyHolderOwnerId!: string | null;
  /** Who cast it for a represented owner: an outsider by name, or null. */
  proxyHolderName!: string | null;
  @ApiTimestamp()
  castAt!: string;

  static from(b: BallotSnapshot): BallotResponse {
    return {
      ownerId: b.ownerId,
      choice: b.choice,
      votes: b.votes,
      countedVotes: b.countedVotes,
      proxyHolderOwnerId: b.proxyHolderOwnerId,
      proxyHolderName: b.proxyHolderName,
      castAt: b.castAt.toISOString(),
    };
  }
}

export class TallyResponse {
  /** Votes cast for, after the cap. */
  @ApiInteger()
  forVotes!: number;
  /** Votes cast against, after the cap. */
  @ApiInteger()
  againstVotes!: number;
  /** Votes of those who abstained: not votes cast (art. 3.88). */
  @ApiInteger()
  abstentionVotes!: number;
}

export class ResolutionResponse {
  @ApiId()
  id!: string;
  @ApiId()
  meetingId!: string;
  @ApiId()
  agendaItemId!: string;
  title!: string;
  text!: string | null;
  majority!: Majority;
  /** open → adopted | rejected. */
  status!: ResolutionStatus;
  /** The tally once closed; null while open. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: {
      forVotes: { type: 'integer', description: 'Votes cast for, after the cap.', example: 550 },
      againstVotes: { type: 'integer', description: 'Votes cast against, after the cap.', example: 0 },
      abstentionVotes: {
        type: 'integer',
        description: 'Votes of those who abstained: not votes cast (art. 3.88).',
        example: 150,
      },
    },
    required: ['forVotes', 'againstVotes', 'abstentionVotes'],
    selfRequired: true,
  })
  tally!: TallyResponse | null;
  ballots!: BallotResponse[];
  /** When the vote closed, or null while open. */
  @ApiTimestamp({ nullable: true })
  closedAt!: string | null;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(s: ResolutionSnapshot): ResolutionResponse {
    const closed = s.status !== 'open';
    return {
      id: s.id,
      meetingId: s.meetingId,
      agendaItemId: s.agendaItemId,
      title: s.title,
      text: s.text,
      majority: s.majority,
      status: s.status,
      tally: closed
        ? { forVotes: s.forVotes ?? 0, againstVotes: s.againstVotes ?? 0, abstentionVotes: s.abstentionVotes ?? 0 }
        : null,
      ballots: s.ballots.map(BallotResponse.from),
      closedAt: s.closedAt?.toISOString() ?? null,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class CappedVoterResponse {
  @ApiId()
  ownerId!: string;
  /** The votes the owner holds. */
  @ApiInteger()
  votes!: number;
  /** The votes it counted for: nobody counts for more than all the others present or represented (art. 3.87 §6). */
  @ApiInteger()
  countedVotes!: number;
}

export class ClosedResolutionResponse extends ResolutionResponse {
  declare status: ResolutionStatus;
  declare tally: TallyResponse;
  capped!: CappedVoterResponse[];
  suspended!: SuspendedUnitResponse[];

  static fromClosed(c: ClosedResolution): ClosedResolutionResponse {
    const base = ResolutionResponse.from(c.resolution);
    return {
      ...base,
      tally: base.tally!,
      capped: c.capped.map(({ ownerId, votes, countedVotes }) => ({ ownerId, votes, countedVotes })),
      suspended: c.suspended.map(({ unitId, votes }) => ({ unitId, votes })),
    };
  }
}
