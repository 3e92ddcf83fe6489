import type { PcnLanguage } from './pcn-report';

/**
 * Integer euro cents as Belgian-formatted euros: 1234567 → "12.345,67 €" (fr, nl), "€12,345.67" (en).
 * Works on the digits of the integer, never on a floating-point amount.
 */
export function formatCents(amountCents: number, lang: PcnLanguage): string {
  if (!Number.isSafeInteger(amountCents)) throw new RangeError(`Not an integer number of cents: ${amountCents}`);
  const digits = String(Math.abs(amountCents)).padStart(3, '0');
  const euros = digits.slice(0, -2);
  const cents = digits.slice(-2);
  const sign = amountCents < 0 ? '-' : '';
  if (lang === 'en') return `${sign}€${groupThousands(euros, ',')}.${cents}`;
  return `${sign}${groupThousands(euros, '.')},${cents} €`;
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
