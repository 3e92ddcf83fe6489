import { InvalidShare } from './charge-distribution.errors';

/**
 * Ownership shares are exact percentages with up to 4 decimals. The domain holds them as a whole number of
 * ten-thousandths of a percent (60.0000 % = 600000) so that no share ever becomes a binary fraction.
 */
export type Share = number;

/** 100.0000 %: one unit wholly owned. */
export const FULL_SHARE: Share = 1_000_000;

const SCALE = 10_000;
const DECIMAL_PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/** "33.3333" → 333333. Refuses signs, exponents, more than 4 decimals, 0 and anything above 100. */
export function parseShare(text: string): Share {
  const match = DECIMAL_PERCENT.exec(text);
  if (!match) throw new InvalidShare(text);
  const [, whole, decimals = ''] = match;
  const share = Number(whole) * SCALE + Number(decimals.padEnd(4, '0'));
  if (!isShare(share)) throw new InvalidShare(text);
  return share;
}

/** 333333 → "33.3333". Accepts 0 too, because a sum of active shares (a unit with no owner) may be empty. */
export function formatShare(share: Share): string {
  if (!Number.isSafeInteger(share) || share < 0 || share > FULL_SHARE) throw new InvalidShare(share);
  return formatShareSum(share);
}

/** Same text for a sum of shares, which may exceed 100 % (used to report an over-owned unit). */
export function formatShareSum(shares: number): string {
  const decimals = String(shares % SCALE).padStart(4, '0');
  return `${(shares - (shares % SCALE)) / SCALE}.${decimals}`;
}

/** A share one active ownership may hold: 0 < share ≤ 100 %. */
export function isShare(share: Share): boolean {
  return Number.isSafeInteger(share) && share > 0 && share <= FULL_SHARE;
}
