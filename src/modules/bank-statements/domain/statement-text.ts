import { isCalendarDate, normalizeIban, type CalendarDate } from '@shared/domain';

/**
 * Small readers shared by the CODA and CAMT.053 parsers. Amounts are read from their digits, never through a float.
 */

/** "1234.5" → 123450; null when it is not a decimal amount in whole cents (at most 18 integer digits). */
export function decimalToCents(text: string): number | null {
  const match = /^(\d{1,18})(?:\.(\d{1,5}))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(5, '0');
  if (!/^\d\d000$/.test(fraction)) return null;
  const cents = Number(match[1]) * 100 + Number(fraction.slice(0, 2));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** An IBAN as a bank wrote it: normalised when its check holds, else its compact form (never an empty string). */
export function counterpartyAccount(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (!compact || /^0+$/.test(compact)) return null;
  return normalizeIban(compact) ?? compact;
}

/** "24062026" style DDMMYY (CODA) → "2026-06-24"; years are 20YY. null when not a real date. */
export function ddmmyyToDate(text: string): CalendarDate | null {
  if (!/^\d{6}$/.test(text)) return null;
  const date = `20${text.slice(4, 6)}-${text.slice(2, 4)}-${text.slice(0, 2)}`;
  return isCalendarDate(date) ? date : null;
}

/** Free text as kept: surrounding blanks removed, null when nothing is left. */
export function freeText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}
