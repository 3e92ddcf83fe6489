import { DomainError } from './domain-error';

/**
 * Ownership shares are exact percentages with up to 4 decimals. They are held as a whole number of ten-thousandths of
 * a percent (60.0000 % = 600000), so that no share ever becomes a binary fraction: sums and comparisons are exact.
 */
export const FULL_SHARE = 1_000_000;

const SCALE = 10_000;
const DECIMAL_PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/** An ownership share outside 0 < share ≤ 100 %, or written with more than 4 decimals. */
export class InvalidShare extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_SHARE';
  constructor(share: unknown) {
    super(`A share is a percentage above 0 and at most 100 with up to 4 decimals, not "${String(share)}"`, {
      share: String(share),
    });
  }
}

/** A share one ownership may hold: 0 < share ≤ 100 %, in whole ten-thousandths. */
export function isShare(tenThousandths: number): boolean {
  return Number.isSafeInteger(tenThousandths) && tenThousandths > 0 && tenThousandths <= FULL_SHARE;
}

/** "33.3333" → 333333. Refuses signs, spaces, exponents, more than 4 decimals, 0 and anything above 100. */
export function parseShare(text: string): number {
  const tenThousandths = readShare(text);
  if (tenThousandths === null) throw new InvalidShare(text);
  return tenThousandths;
}

/** A share as a client may send it: a number or a decimal string, surrounding spaces ignored; null when it is none. */
export function shareFromInput(value: unknown): number | null {
  if (typeof value === 'number') return readShare(String(value));
  if (typeof value === 'string') return readShare(value.trim());
  return null;
}

/** 333333 → "33.3333". Accepts 0 too, because a sum of active shares (a unit with no owner) may be empty. */
export function formatShare(tenThousandths: number): string {
  if (!Number.isSafeInteger(tenThousandths) || tenThousandths < 0 || tenThousandths > FULL_SHARE) {
    throw new InvalidShare(tenThousandths);
  }
  return formatShareSum(tenThousandths);
}

/** Same text for any sum or difference of shares, which may exceed 100 % (an over-owned unit) or be negative. */
export function formatShareSum(tenThousandths: number): string {
  const sign = tenThousandths < 0 ? '-' : '';
  const abs = Math.abs(tenThousandths);
  return `${sign}${(abs - (abs % SCALE)) / SCALE}.${String(abs % SCALE).padStart(4, '0')}`;
}

/** The exact sum of some shares. */
export function sumShares(shares: Iterable<number>): number {
  let total = 0;
  for (const share of shares) total += share;
  return total;
}

/** A share one ownership holds, as a value. */
export class Share {
  private constructor(readonly tenThousandths: number) {}

  /** "60", "33.3333" or 60.5 (spaces around text ignored); anything else, 0 or above 100 is refused. */
  static parse(value: string | number): Share {
    const tenThousandths = shareFromInput(value);
    if (tenThousandths === null) throw new InvalidShare(typeof value === 'string' ? value.trim() : value);
    return new Share(tenThousandths);
  }

  static of(tenThousandths: number): Share {
    if (!isShare(tenThousandths)) throw new InvalidShare(formatShareSum(tenThousandths));
    return new Share(tenThousandths);
  }

  static full(): Share {
    return new Share(FULL_SHARE);
  }

  toString(): string {
    return formatShare(this.tenThousandths);
  }
}

function readShare(text: string): number | null {
  const match = DECIMAL_PERCENT.exec(text);
  if (!match) return null;
  const [, whole, decimals = ''] = match;
  const tenThousandths = Number(whole) * SCALE + Number(decimals.padEnd(4, '0'));
  return isShare(tenThousandths) ? tenThousandths : null;
}
