import { normalizeIban } from '@shared/domain';

/**
 * The account zone of CODA records 1 and 8 (37 characters), by the account structure code of record 1 position 2:
 * 0 Belgian account number (12 digits, currency at 14-16), 1 foreign account number, 2 IBAN of a Belgian account,
 * 3 IBAN of a foreign account (34 characters, currency at 35-37).
 */
export interface CodaAccount {
  readonly iban: string;
  readonly currency: string;
}

export function readCodaAccount(structure: string, zone: string): CodaAccount | null {
  if (structure === '0') {
    const number = zone.slice(0, 12);
    if (!/^\d{12}$/.test(number)) return null;
    return { iban: belgianIbanOf(number), currency: zone.slice(13, 16).trim() };
  }
  if (!['1', '2', '3'].includes(structure)) return null;
  const number = zone.slice(0, 34).replace(/\s+/g, '').toUpperCase();
  const iban = structure === '1' ? number || null : normalizeIban(number);
  return iban ? { iban, currency: zone.slice(34, 37).trim() } : null;
}

/** The IBAN of an old 12-digit Belgian account number: "BE" + the ISO 13616 check + the number. */
function belgianIbanOf(number: string): string {
  let remainder = 0;
  for (const digit of `${number}111400`) remainder = (remainder * 10 + Number(digit)) % 97;
  return `BE${String(98 - remainder).padStart(2, '0')}${number}`;
}
