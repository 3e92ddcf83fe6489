import type { PcnBuildingReport } from './pcn-report.builder';
import { pcnCsv } from './pcn-csv';

const report = (lang: PcnBuildingReport['lang'] = 'fr'): PcnBuildingReport => ({
  buildingId: 'b',
  from: '2026-01-01',
  to: '2026-12-31',
  lang,
  accounts: [
    {
      accountCode: '610000',
      label: 'Entretien; courant "annuel"',
      count: 2,
      totalCents: 123456,
      unallocatedCents: 0,
      coveredByReserveCents: 0,
    },
    {
      accountCode: '619000',
      label: '=HYPERLINK("http://x")',
      count: 1,
      totalCents: -5,
      unallocatedCents: 0,
      coveredByReserveCents: 0,
    },
  ],
  totalCents: 123451,
  unallocatedCents: 0,
  coveredByReserveCents: 0,
  units: [
    {
      unitId: 'u1',
      unitNumber: 'A1',
      totalCents: 61728,
      accounts: [
        { accountCode: '610000', amountCents: 61728 },
        { accountCode: '619000', amountCents: 0 },
      ],
    },
    { unitId: 'u2', unitNumber: '+B2', totalCents: 61723, accounts: [{ accountCode: '610000', amountCents: 61728 }] },
  ],
});

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('the PCN report as CSV', () => {
  it('writes the accounts with a byte-order mark, semicolons, decimal commas and a total line', () => {
    const csv = pcnCsv(report('fr'), 'accounts');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual([
      'Compte;Libellé;Nombre de dépenses;Total (EUR)',
      '610000;"Entretien; courant ""annuel""";2;1234,56',
      `619000;"'=HYPERLINK(""http://x"")";1;-0,05`,
      ';Total;3;1234,51',
      '',
    ]);
  });

  it('uses a decimal point and English headers in English', () => {
    expect(lines(pcnCsv(report('en'), 'accounts'))[1]).toBe('610000;"Entretien; courant ""annuel""";2;1234.56');
    expect(lines(pcnCsv(report('en'), 'accounts'))[0]).toBe('Account;Label;Expenses;Total (EUR)');
  });

  it("writes each unit's share per account, one line each, with the account's label", () => {
    expect(lines(pcnCsv(report('nl'), 'units'))).toEqual([
      'Kavel;Rekening;Omschrijving;Bedrag (EUR)',
      'A1;610000;"Entretien; courant ""annuel""";617,28',
      `A1;619000;"'=HYPERLINK(""http://x"")";0,00`,
      '\'+B2;610000;"Entretien; courant ""annuel""";617,28',
      '',
    ]);
  });

  it('refuses an amount that is not an integer number of cents', () => {
    const bad = { ...report(), totalCents: 1.5 };
    expect(() => pcnCsv(bad, 'accounts')).toThrow(RangeError);
  });

  it('adds a column with the part the reserve fund pays, when it pays any', () => {
    const base = report('fr');
    const withReserve: PcnBuildingReport = {
      ...base,
      accounts: base.accounts.map((a) => (a.accountCode === '610000' ? { ...a, coveredByReserveCents: 100000 } : a)),
      coveredByReserveCents: 100000,
    };
    const [header, first, , total] = lines(pcnCsv(withReserve, 'accounts'));
    expect(header).toBe('Compte;Libellé;Nombre de dépenses;Total (EUR);Fonds de réserve (EUR)');
    expect(first).toBe('610000;"Entretien; courant ""annuel""";2;1234,56;1000,00');
    expect(total).toBe(';Total;3;1234,51;1000,00');
  });
});
