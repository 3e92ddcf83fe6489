import { isAdopted, Majority } from './majority';
import type { AssemblyRoll } from './assembly-roll';
import { capVotes, CountedVoter } from './vote-cap';

export const BALLOT_CHOICES = ['for', 'against', 'abstain'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

export interface TallyResult {
  readonly status: 'adopted' | 'rejected';
  readonly forVotes: number;
  readonly againstVotes: number;
  /** Counted for information and the minutes: abstentions are not votes cast (art. 3.88). */
  readonly abstentionVotes: number;
  /** The votes each ballot counts for, by owner id. */
  readonly counted: ReadonlyMap<string, number>;
  /** Voters whose votes were reduced by the cap. */
  readonly capped: readonly CountedVoter[];
}

/**
 * Counts the ballots of a resolution. Everyone present or represented is capped (art. 3.87 §6) against the whole
 * room, whether they vote or not. Unanimity needs every vote of the building for it, so the cap cannot change its
 * outcome and is not applied: its tally shows the votes as held.
 */
export function tally(
  majority: Majority,
  roll: AssemblyRoll,
  ballots: ReadonlyArray<{ ownerId: string; choice: BallotChoice }>,
): TallyResult {
  const voters =
    majority === 'unanimity' ? roll.voters.map((v) => ({ ...v, countedVotes: v.votes })) : capVotes(roll.voters);
  const weights = new Map(voters.map((voter) => [voter.ownerId, voter.countedVotes]));
  const sums: Record<BallotChoice, number> = { for: 0, against: 0, abstain: 0 };
  const counted = new Map<string, number>();
  for (const ballot of ballots) {
    const votes = weights.get(ballot.ownerId) ?? 0;
    counted.set(ballot.ownerId, votes);
    sums[ballot.choice] += votes;
  }
  const cast = { forVotes: sums.for, againstVotes: sums.against };
  return {
    status: isAdopted(majority, cast, roll.buildingVotes) ? 'adopted' : 'rejected',
    ...cast,
    abstentionVotes: sums.abstain,
    counted,
    capped: voters
      .filter((voter) => voter.countedVotes < voter.votes)
      .map(({ ownerId, votes, countedVotes }) => ({ ownerId, votes, countedVotes })),
  };
}
