/** Which branch of the double quorum of art. 3.87 §5 was met. */
export const QUORUM_BRANCHES = ['majority_and_half', 'three_quarters'] as const;
export type QuorumBranch = (typeof QUORUM_BRANCHES)[number];
