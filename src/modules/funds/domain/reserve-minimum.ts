/**
 * The reserve fund's yearly minimum (Civil Code art. 3.86 §3, as researched): at least 5 % of the previous financial
 * year's ordinary common charges, unless the assembly waived it by four fifths. Kept as data so a practitioner can
 * correct it. "Ordinary" here: every expense category but `works` (the chart books works on the reserve fund,
 * "Travaux (fonds de réserve)"); credit notes count, negative; cancelled expenses do not.
 */
export const RESERVE_MINIMUM_RULE = {
  basisPoints: 500,
  extraordinaryCategories: ['works'] as readonly string[],
  source: 'Civil Code art. 3.86 §3: at least 5 % of the previous year’s ordinary common charges',
} as const;

export interface ReserveMinimum {
  readonly year: number;
  readonly previousYearOrdinaryChargesCents: number;
  readonly minimumCents: number;
}

export function isOrdinaryCharge(category: string): boolean {
  return !RESERVE_MINIMUM_RULE.extraordinaryCategories.includes(category);
}

/** 5 % of the ordinary charges, rounded up to the cent ("at least"); none when the charges are not positive. */
export function reserveMinimumOf(year: number, previousYearOrdinaryChargesCents: number): ReserveMinimum {
  const charges = BigInt(previousYearOrdinaryChargesCents);
  const minimum = charges <= 0n ? 0n : (charges * BigInt(RESERVE_MINIMUM_RULE.basisPoints) + 9_999n) / 10_000n;
  return { year, previousYearOrdinaryChargesCents, minimumCents: Number(minimum) };
}

/** Where a year's reserve calls stand against its minimum, shown with a call on a reserve fund. */
export interface ReserveStanding extends ReserveMinimum {
  /** Σ the year's reserve calls not cancelled, this one included. */
  readonly calledCents: number;
  readonly shortfallCents: number;
  readonly belowMinimum: boolean;
}

export function reserveStanding(minimum: ReserveMinimum, calledCents: number): ReserveStanding {
  const shortfallCents = Math.max(0, minimum.minimumCents - calledCents);
  return { ...minimum, calledCents, shortfallCents, belowMinimum: shortfallCents > 0 };
}
