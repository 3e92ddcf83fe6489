import type { ChartLanguage } from '../domain/chart';
import type { AccountsPresentation, StatementLine } from '../domain/annual-accounts';

/** The words of the annual accounts PDF and workbook, so both documents say the same thing. */
export interface AnnualAccountsTexts {
  /** The file name's first word: comptes-annuels, jaarrekening, annual-accounts. */
  fileStem: string;
  title: string;
  year: (year: number, from: string, to: string) => string;
  presentation: Record<AccountsPresentation, string>;
  generatedAt: (dateTime: string) => string;
  balanceSheet: string;
  assets: string;
  liabilities: string;
  incomeStatement: string;
  charges: string;
  income: string;
  code: string;
  label: string;
  amount: string;
  total: (side: string) => string;
  result: string;
  sections: Record<StatementLine['section'], string>;
  balanceSheetSheet: string;
  incomeStatementSheet: string;
  nothing: string;
}

const FR: AnnualAccountsTexts = {
  fileStem: 'comptes-annuels',
  title: 'Comptes annuels',
  year: (year, from, to) => `Exercice ${year}, du ${from} au ${to}`,
  presentation: {
    full: 'Comptabilité en partie double, plan comptable minimum normalisé (AR du 12 juillet 2012)',
    simplified: 'Comptabilité simplifiée (moins de 20 lots, AR du 12 juillet 2012)',
  },
  generatedAt: (at) => `Généré le ${at} (heure de Bruxelles)`,
  balanceSheet: 'Bilan',
  assets: 'Actif',
  liabilities: 'Passif',
  incomeStatement: 'Compte de résultats',
  charges: 'Charges',
  income: 'Produits',
  code: 'Compte',
  label: 'Libellé',
  amount: 'Montant',
  total: (side) => `Total ${side.toLowerCase()}`,
  result: "Résultat de l'exercice (produits − charges)",
  sections: {
    fixed_assets: 'Immobilisations et autres actifs',
    receivables: 'Créances',
    cash: 'Trésorerie',
    funds: 'Fonds des copropriétaires',
    result: 'Résultat',
    debts: 'Dettes',
    charges: 'Charges',
    income: 'Produits',
  },
  balanceSheetSheet: 'Bilan',
  incomeStatementSheet: 'Compte de résultats',
  nothing: 'Aucun mouvement',
};

const NL: AnnualAccountsTexts = {
  fileStem: 'jaarrekening',
  title: 'Jaarrekening',
  year: (year, from, to) => `Boekjaar ${year}, van ${from} tot ${to}`,
  presentation: {
    full: 'Dubbele boekhouding, minimumindeling van het rekeningenstelsel (KB van 12 juli 2012)',
    simplified: 'Vereenvoudigde boekhouding (minder dan 20 kavels, KB van 12 juli 2012)',
  },
  generatedAt: (at) => `Aangemaakt op ${at} (Brusselse tijd)`,
  balanceSheet: 'Balans',
  assets: 'Activa',
  liabilities: 'Passiva',
  incomeStatement: 'Resultatenrekening',
  charges: 'Kosten',
  income: 'Opbrengsten',
  code: 'Rekening',
  label: 'Omschrijving',
  amount: 'Bedrag',
  total: (side) => `Totaal ${side.toLowerCase()}`,
  result: 'Resultaat van het boekjaar (opbrengsten − kosten)',
  sections: {
    fixed_assets: 'Vaste en andere activa',
    receivables: 'Vorderingen',
    cash: 'Liquide middelen',
    funds: 'Fondsen van de mede-eigenaars',
    result: 'Resultaat',
    debts: 'Schulden',
    charges: 'Kosten',
    income: 'Opbrengsten',
  },
  balanceSheetSheet: 'Balans',
  incomeStatementSheet: 'Resultatenrekening',
  nothing: 'Geen bewegingen',
};

const EN: AnnualAccountsTexts = {
  fileStem: 'annual-accounts',
  title: 'Annual accounts',
  year: (year, from, to) => `Financial year ${year}, from ${from} to ${to}`,
  presentation: {
    full: 'Double-entry accounts on the minimum standard chart (Royal Decree of 12 July 2012)',
    simplified: 'Simplified accounts (fewer than 20 lots, Royal Decree of 12 July 2012)',
  },
  generatedAt: (at) => `Generated on ${at} (Brussels time)`,
  balanceSheet: 'Balance sheet',
  assets: 'Assets',
  liabilities: 'Liabilities',
  incomeStatement: 'Income statement',
  charges: 'Charges',
  income: 'Income',
  code: 'Account',
  label: 'Label',
  amount: 'Amount',
  total: (side) => `Total ${side.toLowerCase()}`,
  result: 'Result of the year (income − charges)',
  sections: {
    fixed_assets: 'Fixed and other assets',
    receivables: 'Receivables',
    cash: 'Cash at bank',
    funds: "Co-owners' funds",
    result: 'Result',
    debts: 'Debts',
    charges: 'Charges',
    income: 'Income',
  },
  balanceSheetSheet: 'Balance sheet',
  incomeStatementSheet: 'Income statement',
  nothing: 'No movement',
};

export const annualAccountsTexts = (lang: ChartLanguage): AnnualAccountsTexts =>
  lang === 'nl' ? NL : lang === 'en' ? EN : FR;

/**
 * Integer euro cents as Belgian-formatted euros: 1234567 → "12.345,67 €" (fr, nl), "€12,345.67" (en), from the digits
 * of the integer, never through a floating-point amount.
 */
export function formatEuros(amountCents: number, lang: ChartLanguage): string {
  if (!Number.isSafeInteger(amountCents)) throw new RangeError(`Not an integer number of cents: ${amountCents}`);
  const digits = String(Math.abs(amountCents)).padStart(3, '0');
  const group = (s: string, separator: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = amountCents < 0 ? '-' : '';
  if (lang === 'en') return `${sign}€${group(digits.slice(0, -2), ',')}.${digits.slice(-2)}`;
  return `${sign}${group(digits.slice(0, -2), '.')},${digits.slice(-2)} €`;
}
