/** What an expense pays for; each category has a default charge account of the co-ownership chart. */
export const EXPENSE_CATEGORIES = [
  'maintenance',
  'repairs',
  'cleaning',
  'works',
  'utilities',
  'administration',
  'insurance',
  'other',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** The default charge account of each category: accounts of the co-ownership chart (chart_accounts, to verify). */
export const DEFAULT_ACCOUNT_CODES: Readonly<Record<ExpenseCategory, string>> = {
  maintenance: '610000',
  repairs: '610100',
  cleaning: '610200',
  works: '611000',
  utilities: '612000',
  administration: '613000',
  insurance: '614000',
  other: '619000',
};

/** A charge account code: class 6, 2 to 10 digits (an account of the chart or an organization's sub-account). */
export const CHARGE_ACCOUNT_CODE = /^6\d{1,9}$/;

/** Belgian VAT rates, in percent. */
export const VAT_RATES = [0, 6, 12, 21] as const;
export type VatRate = (typeof VAT_RATES)[number];

export const isExpenseCategory = (value: unknown): value is ExpenseCategory =>
  (EXPENSE_CATEGORIES as readonly unknown[]).includes(value);

export const isVatRate = (value: unknown): value is VatRate => (VAT_RATES as readonly unknown[]).includes(value);

/**
 * The VAT inside a VAT-included amount: amount × rate / (100 + rate), rounded half away from zero to the cent, in integers.
 * Null when the rate is unknown.
 */
export function vatCentsOf(amountCents: number, vatRate: VatRate | null): number | null {
  if (vatRate === null) return null;
  const divisor = BigInt(100 + vatRate);
  // Rounded on the magnitude, so a credit note's VAT mirrors its invoice's exactly.
  const sign = amountCents < 0 ? -1n : 1n;
  const vat = (2n * sign * BigInt(amountCents) * BigInt(vatRate) + divisor) / (2n * divisor);
  return vat === 0n ? 0 : Number(sign * vat);
}
