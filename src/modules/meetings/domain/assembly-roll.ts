import type { AttendanceEntry, VotingRight } from './attendance';
import type { AttendingVoter } from './vote-cap';
import { NoVotingRights, NotPresent } from './resolution.errors';

export type { AttendanceEntry, VotingRight } from './attendance';

/** Who is in the room at an opened meeting, with what votes: the base of every ballot and tally. */
export interface AssemblyRoll {
  /** Owners present or represented who hold votes, with the person who casts them. */
  readonly voters: readonly AttendingVoter[];
  /** Units jointly held without a representative: their votes are suspended until one is named. */
  readonly suspended: ReadonlyArray<{ unitId: string; votes: number }>;
  /** All the building's votes on the meeting date, suspended units included (the unanimity reference). */
  readonly buildingVotes: number;
  readonly attendance: readonly AttendanceEntry[];
}

/** The roll from the voting rights and attendance frozen when the meeting opened. */
export function assemblyRoll(rights: readonly VotingRight[], attendance: readonly AttendanceEntry[]): AssemblyRoll {
  const weight = new Map<string, number>();
  for (const right of rights) {
    if (right.ownerId) weight.set(right.ownerId, (weight.get(right.ownerId) ?? 0) + right.votes);
  }
  const voters = attendance
    .filter((entry) => entry.status !== 'absent' && (weight.get(entry.ownerId) ?? 0) > 0)
    .map((entry) => ({ ownerId: entry.ownerId, votes: weight.get(entry.ownerId)!, castBy: castBy(entry) }));
  return {
    voters,
    suspended: rights.filter((right) => !right.ownerId).map(({ unitId, votes }) => ({ unitId, votes })),
    buildingVotes: rights.reduce((sum, right) => sum + right.votes, 0),
    attendance,
  };
}

/** The voter a ballot belongs to; refuses absent owners and owners without votes of their own at this meeting. */
export function voterOn(roll: AssemblyRoll, ownerId: string): AttendingVoter & { entry: AttendanceEntry } {
  const entry = roll.attendance.find((candidate) => candidate.ownerId === ownerId);
  if (!entry || entry.status === 'absent') throw new NotPresent();
  const voter = roll.voters.find((candidate) => candidate.ownerId === ownerId);
  if (!voter) throw new NoVotingRights();
  return { ...voter, entry };
}

function castBy(entry: AttendanceEntry): string {
  if (entry.status === 'present') return `owner:${entry.ownerId}`;
  if (entry.proxyHolderOwnerId) return `owner:${entry.proxyHolderOwnerId}`;
  return `name:${(entry.proxyHolderName ?? entry.ownerId).trim().toLowerCase()}`;
}
