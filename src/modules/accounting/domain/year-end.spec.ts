import { isFinancialYearEnd, YEAR_END_ACCOUNTS, yearEndClosingPosting } from './year-end';

const sides = (draft: ReturnType<typeof yearEndClosingPosting>) =>
  draft?.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents]);

describe('isFinancialYearEnd', () => {
  it('is the 31st of December for the calendar year, the day before the start month otherwise', () => {
    expect(isFinancialYearEnd('2026-12-31')).toBe(true);
    expect(isFinancialYearEnd('2026-12-30')).toBe(false);
    expect(isFinancialYearEnd('2026-06-30')).toBe(false);
    expect(isFinancialYearEnd('2026-06-30', 7)).toBe(true);
    expect(isFinancialYearEnd('2026-12-31', 7)).toBe(false);
  });
});

describe('yearEndClosingPosting', () => {
  const balances = [
    { accountCode: '160', debitCents: 0, creditCents: 10_000 },
    { accountCode: '550', debitCents: 70_000, creditCents: 40_000 },
    { accountCode: '610000', debitCents: 40_000, creditCents: 0 },
    { accountCode: '610200', debitCents: 30_000, creditCents: 0 },
    { accountCode: '70', debitCents: 0, creditCents: 56_250 },
    { accountCode: '75', debitCents: 0, creditCents: 0 },
  ];

  it('brings classes 6 and 7 to zero and debits a deficit to the result account', () => {
    const draft = yearEndClosingPosting({ buildingId: 'b', closingId: 'c', until: '2026-12-31', balances });
    expect(draft).toMatchObject({ journal: 'misc', date: '2026-12-31', sourceType: 'closing', sourceId: 'c' });
    expect(sides(draft)).toEqual([
      ['610000', 0, 40_000],
      ['610200', 0, 30_000],
      ['70', 56_250, 0],
      [YEAR_END_ACCOUNTS.result, 13_750, 0],
    ]);
  });

  it('credits a surplus to the result account', () => {
    const surplus = [
      { accountCode: '61', debitCents: 10_000, creditCents: 0 },
      { accountCode: '70', debitCents: 0, creditCents: 12_500 },
    ];
    expect(
      sides(yearEndClosingPosting({ buildingId: 'b', closingId: 'c', until: '2026-12-31', balances: surplus })),
    ).toEqual([
      ['61', 0, 10_000],
      ['70', 12_500, 0],
      [YEAR_END_ACCOUNTS.result, 0, 2_500],
    ]);
  });

  it('posts nothing when classes 6 and 7 are at zero', () => {
    const none = [{ accountCode: '550', debitCents: 100, creditCents: 0 }];
    expect(yearEndClosingPosting({ buildingId: 'b', closingId: 'c', until: '2026-12-31', balances: none })).toBeNull();
  });
});
