import { DomainError } from './domain-error';

/**
 * The Belgian structured communication (OGM / gestructureerde mededeling, "communication structurée"): 10 digits and
 * a check of two digits, the 10 digits mod 97 with 0 written 97, printed `+++ddd/dddd/ddddd+++`. Banks verify the
 * check before they accept a transfer, so one per call item lets a payment name exactly what it pays
 * (domain.md "Money").
 */
export type StructuredCommunication = string;

const PRINTED = /^\+\+\+(\d{3})\/(\d{4})\/(\d{5})\+\+\+$/;
const MAX_BASE = 9_999_999_999;

/** The two check digits of a 10-digit base: base mod 97, 0 becoming 97. */
export function ogmCheckDigits(base: number): number {
  const remainder = base % 97;
  return remainder === 0 ? 97 : remainder;
}

/** The 12 digits (base + check) of a base 0..9,999,999,999, e.g. 420007001 → "042000700108". */
export function ogmFromBase(base: number): string {
  if (!Number.isSafeInteger(base) || base < 0 || base > MAX_BASE) throw new RangeError(`not an OGM base: ${base}`);
  return `${String(base).padStart(10, '0')}${String(ogmCheckDigits(base)).padStart(2, '0')}`;
}

/** "042000700108" → "+++042/0007/00108+++", the way it is printed on a letter and typed in a banking app. */
export function formatOgm(digits: string): StructuredCommunication {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7, 12)}+++`;
}

/**
 * "+++042/0007/00108+++", "***042/0007/00108***", "042/0007/00108" or "042000700108" → "042000700108" (as stored);
 * null when it is not 12 digits or its check does not hold.
 */
export function normalizeOgm(value: string): string | null {
  const trimmed = value.trim();
  const match = PRINTED.exec(trimmed.replace(/\*/g, '+'));
  const digits = match ? match.slice(1).join('') : trimmed.replace(/[\s/+*.-]/g, '');
  if (!/^\d{12}$/.test(digits)) return null;
  const base = Number(digits.slice(0, 10));
  return ogmCheckDigits(base) === Number(digits.slice(10)) ? digits : null;
}

/** A structured communication whose check digits do not hold (a typo): refused on input and on import. */
export class InvalidOgm extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'INVALID_OGM';
  constructor() {
    super('The structured communication is not valid: its check digits do not match (+++ddd/dddd/ddddd+++)', {
      field: 'ogm',
    });
  }
}
