/**
 * The 20-lot thresholds, as researched (to verify against the texts): Civil Code art. 3.90 §1 makes a board of
 * co-owners mandatory in buildings of at least 20 lots, and the Royal Decree of 12 July 2012 requires full
 * double-entry accounts on the minimum standard chart from 20 lots (below, simplified accounts are allowed). Both
 * count lots without parkings, garages and cellars. Kept as data so that a correction is one line.
 */
export const LOT_RULES = {
  threshold: 20,
  notCountedTypes: ['parking', 'garage', 'cellar'],
} as const;

export type AccountingMode = 'full' | 'simplified';

export interface LotRegime {
  readonly lotCount: number;
  /** Art. 3.90: a board of co-owners from 20 lots. */
  readonly boardRequired: boolean;
  /** RD 12 July 2012: full accounts from 20 lots, else simplified accounts are allowed. */
  readonly accountingMode: AccountingMode;
}

/** 19 apartments + 25 parkings are 19 lots: board optional, simplified; 20 apartments: board required, full. */
export function lotRegime(lotCount: number): LotRegime {
  const large = lotCount >= LOT_RULES.threshold;
  return { lotCount, boardRequired: large, accountingMode: large ? 'full' : 'simplified' };
}
