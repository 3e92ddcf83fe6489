import type { AttendanceEntry, VotingRight } from './attendance';

/** Which branch of the double quorum of art. 3.87 §5 was met. */
export const QUORUM_BRANCHES = ['majority_and_half', 'three_quarters'] as const;
export type QuorumBranch = (typeof QUORUM_BRANCHES)[number];

export interface QuorumFigures {
  /** Heads: distinct co-owners who cast a unit's votes; counted = present or represented. */
  readonly owners: { readonly counted: number; readonly total: number };
  /** Quotas of those co-owners on the assembly date; counted = of those present or represented. */
  readonly quotas: { readonly counted: number; readonly total: number };
}

export interface QuorumVerdict extends QuorumFigures {
  readonly branch: QuorumBranch | null;
  readonly reached: boolean;
}

/** A jointly held unit without a representative (or held by nobody): its votes are out of every count. */
export interface SuspendedUnit {
  readonly unitId: string;
  readonly votes: number;
}

export interface QuorumReport extends QuorumVerdict {
  readonly suspended: readonly SuspendedUnit[];
}

/**
 * Art. 3.87 §5, the double quorum, in exact integers: (more than half of the co-owners AND at least half of the
 * quotas) OR more than three quarters of the quotas. With 10 co-owners and 1,000 quotas: 6 / 500 → yes;
 * 6 / 499 → no; 5 / 740 → no; 2 / 751 → yes; 2 / 750 → no.
 */
export function quorumVerdict(figures: QuorumFigures): QuorumVerdict {
  const { owners, quotas } = figures;
  const majorityAndHalf = 2 * owners.counted > owners.total && 2 * quotas.counted >= quotas.total && quotas.total > 0;
  const threeQuarters = 4 * quotas.counted > 3 * quotas.total;
  const branch: QuorumBranch | null = majorityAndHalf ? 'majority_and_half' : threeQuarters ? 'three_quarters' : null;
  return { ...figures, branch, reached: branch !== null };
}

/**
 * The quorum figures of an assembly from the votes each unit carries on its date and the attendance list (art. 3.87
 * §5): heads are distinct co-owners casting votes (a person with several lots counts once; a jointly held lot once,
 * through its representative); a unit whose votes are suspended counts neither as a head nor in the quotas, and is
 * reported. An owner missing from the list is absent.
 */
export function quorumOf(rights: readonly VotingRight[], attendance: readonly AttendanceEntry[]): QuorumReport {
  const attending = new Set(attendance.filter((e) => e.status !== 'absent').map((e) => e.ownerId));
  const voters = new Set<string>();
  const counted = new Set<string>();
  let quotasTotal = 0;
  let quotasCounted = 0;
  const suspended: SuspendedUnit[] = [];
  for (const right of rights) {
    if (right.ownerId === null) {
      suspended.push({ unitId: right.unitId, votes: right.votes });
      continue;
    }
    voters.add(right.ownerId);
    quotasTotal += right.votes;
    if (attending.has(right.ownerId)) {
      counted.add(right.ownerId);
      quotasCounted += right.votes;
    }
  }
  const verdict = quorumVerdict({
    owners: { counted: counted.size, total: voters.size },
    quotas: { counted: quotasCounted, total: quotasTotal },
  });
  return { ...verdict, suspended };
}
