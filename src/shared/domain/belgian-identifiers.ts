/**
 * Numbers a Belgian syndic prints on its letters: the enterprise number (BCE/KBO) of the firm and of each
 * association of co-owners, the IPI/BIV registration of the syndic, and the IBAN its fees are paid to. A typo in one
 * of them sends payments or official mail astray, so both check digits are verified (mod 97) before anything is kept.
 */

/** "0123.456.749", "BE 0123 456 749" or "123456749" → "0123.456.749"; null when it is not a valid BCE/KBO number. */
export function normalizeEnterpriseNumber(value: string): string | null {
  let digits = value.replace(/^\s*BE/i, '').replace(/[\s.\-/]/g, '');
  if (/^\d{9}$/.test(digits)) digits = `0${digits}`; // numbers issued before 2023 were often written without the 0
  if (!/^[01]\d{9}$/.test(digits)) return null;
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  if (97 - (base % 97) !== check) return null;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** "be68 5390 0754 7034" → "BE68539007547034" (as stored); null unless the ISO 13616 check (mod 97 = 1) holds. */
export function normalizeIban(value: string): string | null {
  const compact = value.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return null;
  if (compact.startsWith('BE') && compact.length !== 16) return null;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1 ? compact : null;
}

/** "BE68539007547034" → "BE68 5390 0754 7034", the way an IBAN is printed on paper. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The IPI/BIV registration of a syndic: 6 digits, printed as "IPI 504.123"; a leading "IPI" or "BIV" is dropped. */
export function normalizeIpiNumber(value: string): string | null {
  const digits = value.replace(/^\s*(IPI|BIV)\s*(n[°o]\.?|nr\.?)?/i, '').replace(/[\s.\-/]/g, '');
  return /^\d{6}$/.test(digits) ? `${digits.slice(0, 3)}.${digits.slice(3)}` : null;
}

/** A telephone number as people write it: digits with an optional leading +, spaces, dots, dashes, slashes. */
export function normalizePhone(value: string): string | null {
  const text = value.trim().replace(/\s+/g, ' ');
  const digits = text.replace(/\D/g, '');
  return /^\+?[\d ./()-]+$/.test(text) && digits.length >= 8 && digits.length <= 15 ? text : null;
}
