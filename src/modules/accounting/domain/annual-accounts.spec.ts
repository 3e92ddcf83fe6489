import { annualAccounts, financialYear, YearBalance } from './annual-accounts';
import type { Chart } from './chart';

const chart: Chart = {
  version: 'test',
  validFrom: '2013-01-01',
  accounts: [
    ['100', 1, 'Fonds de roulement', 'Werkkapitaal'],
    ['160', 1, 'Fonds de réserve', 'Reservekapitaal'],
    ['410', 4, 'Copropriétaires', 'Mede-eigenaars'],
    ['440', 4, 'Fournisseurs', 'Leveranciers'],
    ['550', 5, 'Banque – compte courant', 'Bank – zichtrekening'],
    ['551', 5, 'Banque – compte de réserve', 'Bank – reserverekening'],
    ['61', 6, 'Services et biens divers', 'Diensten en diverse goederen'],
    ['610200', 6, 'Nettoyage', 'Schoonmaak'],
    ['614000', 6, 'Assurances', 'Verzekeringen'],
    ['70', 7, 'Appels de fonds', 'Opvragingen'],
  ].map(([code, accountClass, labelFr, labelNl]) => ({
    code: code as string,
    class: accountClass as 1,
    labelFr: labelFr as string,
    labelNl: labelNl as string,
    source: null,
    toVerify: false,
    parentCode: null,
  })),
};

const b = (accountCode: string, balanceCents: number, year: [number, number] = [0, 0], ownerId: string | null = null) =>
  ({
    accountCode,
    ownerId,
    balanceCents,
    yearDebitCents: year[0],
    yearCreditCents: year[1],
    yearClosingCents: 0,
  }) satisfies YearBalance;

// A year: calls 3,000.00 to working capital (owners A 1,200.00, B 1,800.00) and 500.00 to the reserve; A paid 1,300.00
// (100.00 ahead), B paid 1,000.00 + 500.00 reserve; cleaning 900.00 paid, insurance 600.00 still owed.
const YEAR: YearBalance[] = [
  b('160', -50_000, [0, 50_000]),
  b('410', -10_000, [120_000, 130_000], 'owner-a'),
  b('410', 80_000, [230_000, 150_000], 'owner-b'),
  b('440', -60_000, [90_000, 150_000]),
  b('550', 140_000, [230_000, 90_000]),
  b('551', 50_000, [50_000, 0]),
  b('610200', 90_000, [90_000, 0]),
  b('614000', 60_000, [60_000, 0]),
  b('70', -300_000, [0, 300_000]),
];

const build = (balances: YearBalance[], presentation: 'full' | 'simplified' = 'full', lang: 'fr' | 'nl' = 'fr') =>
  annualAccounts({ buildingId: 'b', year: financialYear(2026), presentation, lang, chart, balances });

describe('financialYear', () => {
  it('is the calendar year by default', () => {
    expect(financialYear(2026)).toEqual({ year: 2026, from: '2026-01-01', to: '2026-12-31' });
  });
  it('runs over two calendar years when it starts in another month', () => {
    expect(financialYear(2026, 7)).toEqual({ year: 2026, from: '2026-07-01', to: '2027-06-30' });
    expect(financialYear(2027, 3)).toEqual({ year: 2027, from: '2027-03-01', to: '2028-02-29' });
  });
});

describe('annualAccounts', () => {
  it('balances: assets = liabilities, owners split into debts and advances, the result on the liabilities', () => {
    const a = build(YEAR);
    const { assets, liabilities } = a.balanceSheet;
    expect(assets.lines.map((l) => [l.code, l.amountCents])).toEqual([
      ['410', 80_000],
      ['550', 140_000],
      ['551', 50_000],
    ]);
    expect(liabilities.lines.map((l) => [l.section, l.code, l.amountCents])).toEqual([
      ['funds', '160', 50_000],
      ['result', '7-6', 150_000],
      ['debts', '410', 10_000],
      ['debts', '440', 60_000],
    ]);
    expect(assets.totalCents).toBe(270_000);
    expect(liabilities.totalCents).toBe(assets.totalCents);
  });

  it('result = income − charges, over the year only', () => {
    const { incomeStatement } = build(YEAR);
    expect(incomeStatement.charges.lines.map((l) => [l.code, l.label, l.amountCents])).toEqual([
      ['610200', 'Nettoyage', 90_000],
      ['614000', 'Assurances', 60_000],
    ]);
    expect(incomeStatement.charges.totalCents).toBe(150_000);
    expect(incomeStatement.income.totalCents).toBe(300_000);
    expect(incomeStatement.resultCents).toBe(150_000);
  });

  it("shows earlier years' result not yet brought to a fund apart, and still balances", () => {
    // 200.00 of charges last year (paid from 550), nothing of class 6 this year.
    const a = build([b('550', -20_000), b('61', 20_000, [0, 0]), b('100', 0)]);
    expect(a.incomeStatement.resultCents).toBe(0);
    expect(a.incomeStatement.charges.lines).toEqual([]);
    const result = a.balanceSheet.liabilities.lines.filter((l) => l.section === 'result');
    expect(result.map((l) => [l.label, l.amountCents])).toEqual([['Résultats antérieurs non affectés', -20_000]]);
    expect(a.balanceSheet.liabilities.lines.find((l) => l.code === '550')?.amountCents).toBe(20_000);
    expect(a.balanceSheet.liabilities.totalCents).toBe(a.balanceSheet.assets.totalCents);
  });

  it('simplified: charges by two-digit group, the funds and banks apart, other accounts grouped, in Dutch', () => {
    const a = build([...YEAR, b('4400001', -5_000, [0, 5_000]), b('57', 5_000, [5_000, 0])], 'simplified', 'nl');
    expect(a.presentation).toBe('simplified');
    expect(a.incomeStatement.charges.lines.map((l) => [l.code, l.label, l.amountCents])).toEqual([
      ['61', 'Diensten en diverse goederen', 150_000],
    ]);
    expect(a.balanceSheet.assets.lines.map((l) => [l.code, l.amountCents])).toEqual([
      ['410', 80_000],
      ['5', 5_000],
      ['550', 140_000],
      ['551', 50_000],
    ]);
    expect(a.balanceSheet.liabilities.lines.find((l) => l.code === '4')).toEqual({
      section: 'debts',
      code: '4',
      label: 'Leveranciers en andere schulden',
      amountCents: 65_000,
    });
    expect(a.balanceSheet.liabilities.totalCents).toBe(a.balanceSheet.assets.totalCents);
  });

  it('once the year-end entry brought classes 6 and 7 to the fund: the same income statement, no result line', () => {
    // The closing entry of YEAR: 610200 and 614000 credited, 70 debited, 1,500.00 of surplus credited to 100.
    const closed = YEAR.map((x) =>
      x.accountCode.startsWith('6') || x.accountCode.startsWith('7')
        ? { ...x, balanceCents: 0, yearClosingCents: -x.balanceCents }
        : x,
    );
    closed.push({ ...b('100', -150_000), yearClosingCents: -150_000 });
    const a = build(closed);
    expect(a.incomeStatement).toEqual(build(YEAR).incomeStatement);
    const { liabilities, assets } = a.balanceSheet;
    expect(liabilities.lines.filter((l) => l.section === 'result')).toEqual([]);
    expect(liabilities.lines.find((l) => l.code === '100')?.amountCents).toBe(150_000);
    expect(liabilities.totalCents).toBe(assets.totalCents);
  });
});
