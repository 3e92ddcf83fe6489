/**
 * Majorities of the general assembly (Civil Code art. 3.88, as researched). They are computed on the votes cast by
 * the owners present or represented: abstentions, blank and null votes are not cast. Every comparison is an exact
 * integer one (never a float), written "for × denominator ≥ or > numerator × cast".
 */
export const MAJORITIES = ['absolute', 'two_thirds', 'four_fifths', 'unanimity'] as const;
export type Majority = (typeof MAJORITIES)[number];

/** A fraction of the votes cast the votes for must reach (`strict`: exceed). Kept as data, with its source. */
export interface MajorityRule {
  readonly numerator: number;
  readonly denominator: number;
  readonly strict: boolean;
  readonly article: string;
}

export const MAJORITY_RULES: Readonly<Record<Exclude<Majority, 'unanimity'>, MajorityRule>> = {
  // more votes for than against: for > ½ of the votes cast
  absolute: { numerator: 1, denominator: 2, strict: true, article: 'art. 3.88 (absolute majority)' },
  // works on the common parts, among others
  two_thirds: { numerator: 2, denominator: 3, strict: false, article: 'art. 3.88 §1, 1°' },
  // other changes of the statutes, the charge distribution, change of use, waiving the reserve fund
  four_fifths: { numerator: 4, denominator: 5, strict: false, article: 'art. 3.88 §1, 2°' },
};

/** Unanimity: every vote of the building (art. 3.88), absentees and suspended units included. */
export const UNANIMITY_ARTICLE = 'art. 3.88 (unanimity of all the co-owners)';

export interface CastVotes {
  readonly forVotes: number;
  readonly againstVotes: number;
}

/**
 * Whether a resolution is adopted. `buildingVotes` is the sum of the votes of all the building's units on the
 * meeting date; only unanimity uses it: one absentee, one suspended unit or one vote against blocks it.
 * No vote cast → rejected, whatever the majority.
 */
export function isAdopted(majority: Majority, votes: CastVotes, buildingVotes: number): boolean {
  const { forVotes, againstVotes } = votes;
  const cast = forVotes + againstVotes;
  if (cast === 0) return false;
  if (majority === 'unanimity') return againstVotes === 0 && forVotes === buildingVotes;
  const rule = MAJORITY_RULES[majority];
  const left = forVotes * rule.denominator;
  const right = rule.numerator * cast;
  return rule.strict ? left > right : left >= right;
}
