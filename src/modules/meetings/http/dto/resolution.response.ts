import type { ClosedResolution } from '../../application/resolutions.service';
import type { Majority } from '../../domain/majority';
import type { BallotSnapshot, ResolutionSnapshot, ResolutionStatus } from '../../domain/resolution';
import type { BallotChoice } from '../../domain/tally';

export class BallotResponse {
  ownerId!: string;
  choice!: BallotChoice;
  /** The owner's votes at the meeting (its units' quotas on the meeting date). */
  votes!: number;
  /** The votes it counted for after the vote cap; null while the resolution is open. */
  countedVotes!: number | null;
  /** Who cast it for a represented owner: a co-owner, or an outsider by name. */
  proxyHolderOwnerId!: string | null;
  proxyHolderName!: string | null;
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
  forVotes!: number;
  /** Votes cast against, after the cap. */
  againstVotes!: number;
  /** Votes of those who abstained: not votes cast (art. 3.88). */
  abstentionVotes!: number;
}

export class ResolutionResponse {
  id!: string;
  meetingId!: string;
  agendaItemId!: string;
  title!: string;
  text!: string | null;
  majority!: Majority;
  /** open → adopted | rejected. */
  status!: ResolutionStatus;
  /** Null while open. */
  tally!: TallyResponse | null;
  ballots!: BallotResponse[];
  closedAt!: string | null;
  createdAt!: string;
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
  ownerId!: string;
  /** The votes the owner holds. */
  votes!: number;
  /** The votes it counted for: nobody counts for more than all the others present or represented (art. 3.87 §6). */
  countedVotes!: number;
}

export class SuspendedUnitResponse {
  /** A jointly held unit without a representative: its votes were suspended. */
  unitId!: string;
  votes!: number;
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
