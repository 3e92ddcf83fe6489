import { Workbook, Worksheet } from 'exceljs';
import { aMovement, aStatement, belgianIban, writeCoda } from '../builders/bank-statement-files';
import { multipartBody } from '../builders/documents.builders';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectEachRoute, type Route } from '../builders/registry.builders';
import { pdfText } from '../support/pdf-reading';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Line = { section: string; code: string; label: string; amountCents: number };
type Side = { lines: Line[]; totalCents: number };
type Accounts = {
  year: number;
  from: string;
  to: string;
  presentation: 'full' | 'simplified';
  balanceSheet: { assets: Side; liabilities: Side };
  incomeStatement: { charges: Side; income: Side; resultCents: number };
};

type Trial = {
  accounts: Array<{ accountCode: string; balanceCents: number }>;
  totals: { debitCents: number; creditCents: number };
};
type Movement = { id: string; status: string; suggestion: { reason: string; expenseId: string | null } | null };

/** The lift company's account, printed on its invoices. */
const LIFT_COMPANY = belgianIban('310987654321');

/** "1234567" cents → "12.345,67 €", as the fr and nl documents print amounts. */
const euros = (cents: number) =>
  `${cents < 0 ? '-' : ''}${String(Math.trunc(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(Math.abs(cents) % 100).padStart(2, '0')} €`;

/** Each row's label (column B) and amount in cents (column C: a number, or the stored result of a formula). */
function rowsOf(sheet: Worksheet): Array<{ label: string; cents: number; formula?: string }> {
  const rows: Array<{ label: string; cents: number; formula?: string }> = [];
  sheet.eachRow((row) => {
    const value = row.getCell(3).value;
    const label = String(row.getCell(2).value ?? '');
    if (typeof value === 'number') rows.push({ label, cents: Math.round(value * 100) });
    else if (value && typeof value === 'object' && 'formula' in value) {
      rows.push({ label, cents: Math.round(Number(value.result) * 100), formula: value.formula });
    }
  });
  return rows;
}

/**
 * The working-capital account's statement from the bank, as a CODA file: the third owner's transfer with its
 * structured communication (matched on import), the first owner's without one (matched by hand), and the transfer to
 * the lift company (suggested by its IBAN and amount, then confirmed).
 */
function theYearsStatement(third: { ogm: string; amountCents: number }): string {
  return writeCoda(
    aStatement({
      accountIban: 'BE68539007547034',
      statementNumber: '1',
      openingCents: 0,
      openingDate: '2025-01-19',
      closingDate: '2025-03-15',
      movements: [
        aMovement({
          bankReference: 'TRF-0120',
          amountCents: third.amountCents,
          bookingDate: '2025-01-20',
          valueDate: '2025-01-20',
          ogm: third.ogm.replace(/\D/g, ''),
          counterpartyIban: belgianIban('063123456789'),
          counterpartyName: 'THIRD OWNER',
        }),
        aMovement({
          bankReference: 'TRF-0302',
          amountCents: 20_000,
          bookingDate: '2025-03-02',
          valueDate: '2025-03-02',
          communication: 'Provisions 2025 appartement 1',
          counterpartyIban: belgianIban('001234567890'),
          counterpartyName: 'FIRST OWNER',
        }),
        aMovement({
          bankReference: 'TRF-0315',
          amountCents: -40_000,
          bookingDate: '2025-03-15',
          valueDate: '2025-03-15',
          communication: 'Facture ascenseur',
          counterpartyIban: LIFT_COMPANY,
          counterpartyName: 'ASCENSEURS SA',
        }),
      ],
    }),
  );
}

describe('annual accounts (GET /buildings/:id/annual-accounts, .pdf, .xlsx)', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;
  let buildingId: string;
  let owners: string[];
  const url = (suffix = '', query = '?year=2025') => `/buildings/${buildingId}/annual-accounts${suffix}${query}`;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    stranger = await TenantSession.forNewOrganization(api.app);
    const b = await aBuildingWithUnits(syndic, [250, 250, 500]);
    buildingId = b.buildingId;
    owners = [];
    for (const unitId of b.unitIds) {
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
      owners.push(ownerId);
    }
    // The year 2025: a working-capital call of 562.50 (140.63 / 140.62 / 281.25) and a reserve call of 100.00
    // (25.00 / 25.00 / 50.00); the third owner pays its working-capital part by OGM, the first pays 200.00 without
    // one (165.63 due, 34.37 ahead), both read from the bank's statement; an invoice of 400.00 paid from the bank,
    // another of 300.00 still owed.
    const working = await syndic.post(`/buildings/${buildingId}/funds`, {
      kind: 'working_capital',
      name: 'Fonds de roulement',
      iban: 'BE68539007547034',
    });
    const reserve = await syndic.post(`/buildings/${buildingId}/funds`, {
      kind: 'reserve',
      name: 'Fonds de réserve',
      iban: 'BE71096123456769',
    });
    const call = await syndic.post<{ items: Array<{ ownerId: string; ogm: string; amountCents: number }> }>('/calls', {
      buildingId,
      fundId: working.id,
      title: 'Provisions 2025',
      amountCents: 56_250,
      callDate: '2025-01-05',
      dueDate: '2025-01-31',
    });
    await syndic.post('/calls', {
      buildingId,
      fundId: reserve.id,
      title: 'Réserve 2025',
      amountCents: 10_000,
      callDate: '2025-02-01',
      dueDate: '2025-02-28',
    });
    const third = call.items.find((i) => i.ownerId === owners[2])!;
    const invoice = await syndic.post(
      '/expenses',
      aCreateExpenseRequest(buildingId, {
        category: 'maintenance',
        amountCents: 40_000,
        expenseDate: '2025-02-20',
        dueDate: '2025-03-20',
        supplierIban: LIFT_COMPANY,
      }),
    );
    const coda = theYearsStatement(third);
    const upload = multipartBody({}, { fileName: 'CODA_20250315.cod', content: Buffer.from(coda, 'latin1') });
    const imported = await syndic.request(
      'POST',
      `/buildings/${buildingId}/bank-statements`,
      upload.payload,
      upload.headers,
    );
    expect(imported.json()).toMatchObject({ movements: 3, matched: 1, suggested: 1, unmatched: 1 });
    const queue = await syndic.get<{ data: Movement[] }>(
      `/bank-movements?buildingId=${buildingId}&sort=bookingDate&order=desc`,
    );
    const [toSupplier, firstOwners] = queue.data.filter((m) => m.status !== 'matched');
    expect(toSupplier!.suggestion).toMatchObject({ reason: 'supplier_iban_and_amount', expenseId: invoice.id });
    await syndic.put(`/bank-movements/${firstOwners!.id}/match`, { ownerId: owners[0] });
    await syndic.put(`/bank-movements/${toSupplier!.id}/match`, { expenseId: toSupplier!.suggestion!.expenseId });
    await syndic.post(
      '/expenses',
      aCreateExpenseRequest(buildingId, { category: 'cleaning', amountCents: 30_000, expenseDate: '2025-06-01' }),
    );
    // Next year's invoice stays out of 2025.
    await syndic.post(
      '/expenses',
      aCreateExpenseRequest(buildingId, { category: 'cleaning', amountCents: 9_999, expenseDate: '2026-01-02' }),
    );
  });
  afterAll(() => api.close());

  it('answers a balanced balance sheet and the income statement of the year, simplified below 20 lots', async () => {
    const a = await syndic.get<Accounts>(url());
    expect(a).toMatchObject({ year: 2025, from: '2025-01-01', to: '2025-12-31', presentation: 'simplified' });
    const { assets, liabilities } = a.balanceSheet;
    const amount = (side: Side, code: string, section?: string) =>
      side.lines.find((l) => l.code === code && (!section || l.section === section))?.amountCents;
    expect(amount(assets, '410')).toBe(14_062 + 2_500 + 5_000); // the second owner and the third's reserve part
    expect(amount(assets, '550')).toBe(28_125 + 17_500 - 40_000);
    expect(amount(assets, '551')).toBe(2_500);
    expect(amount(liabilities, '160')).toBe(10_000);
    expect(amount(liabilities, '410', 'debts')).toBe(3_437);
    expect(amount(liabilities, '4', 'debts')).toBe(30_000);
    expect(amount(liabilities, '7-6', 'result')).toBe(56_250 - 70_000);
    expect(assets.totalCents).toBe(29_687);
    expect(liabilities.totalCents).toBe(assets.totalCents);

    const { charges, income, resultCents } = a.incomeStatement;
    expect(charges.lines.map((l) => [l.code, l.label, l.amountCents])).toEqual([
      ['61', 'Services et biens divers', 70_000],
    ]);
    expect(income.lines.map((l) => [l.code, l.amountCents])).toEqual([['70', 56_250]]);
    expect(resultCents).toBe(income.totalCents - charges.totalCents);
    expect(resultCents).toBe(-13_750);
  });

  it("closes the year: the balance sheet still balances, the trial balance sums to zero, 410 is the owners' ledgers, the bank accounts hold the statement", async () => {
    // The documents below are read from the closed year.
    const before = await syndic.get<Accounts>(url());
    await syndic.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });
    const after = await syndic.get<Accounts>(url());
    expect(after.incomeStatement).toEqual(before.incomeStatement);
    const { assets, liabilities } = after.balanceSheet;
    expect(liabilities.totalCents).toBe(assets.totalCents);
    expect(assets.totalCents).toBe(before.balanceSheet.assets.totalCents);
    expect(liabilities.lines.filter((l) => l.section === 'result')).toEqual([]);
    expect(liabilities.lines.find((l) => l.code === '100')?.amountCents).toBe(-13_750);

    const trial = await syndic.get<Trial>(`/buildings/${buildingId}/trial-balance?asOf=2025-12-31`);
    expect(trial.totals.debitCents).toBe(trial.totals.creditCents);
    expect(trial.accounts.reduce((sum, a) => sum + a.balanceCents, 0)).toBe(0);
    const balance = (code: string) => trial.accounts.find((a) => a.accountCode === code)?.balanceCents ?? 0;
    const ledgers = await Promise.all(
      owners.map((owner) =>
        syndic.get<{ closingBalanceCents: number }>(`/owners/${owner}/ledger?buildingId=${buildingId}&to=2025-12-31`),
      ),
    );
    expect(ledgers.map((l) => l.closingBalanceCents)).toEqual([-3_437, 14_062 + 2_500, 5_000]);
    expect(balance('410')).toBe(ledgers.reduce((sum, l) => sum + l.closingBalanceCents, 0));
    // The statement's movements (opening 0.00, closing 81.25) are all in the books' bank accounts.
    expect(balance('550') + balance('551')).toBe(28_125 + 20_000 - 40_000);
    expect(balance('440')).toBe(-30_000);
  });

  it('prints the same figures in the PDF, in French and in Dutch, named in the language', async () => {
    const a = await syndic.get<Accounts>(url());
    const fr = await syndic.request('GET', url('.pdf'));
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['content-type']).toBe('application/pdf');
    expect(fr.headers['content-disposition']).toMatch(/^attachment; filename="comptes-annuels-.+-2025\.pdf"$/);
    const text = await pdfText(fr.rawPayload);
    expect(text).toContain('Comptes annuels 2025');
    expect(text).toContain('Bilan');
    expect(text).toContain('Compte de résultats');
    for (const side of [a.balanceSheet.assets, a.balanceSheet.liabilities, a.incomeStatement.charges]) {
      for (const line of side.lines) expect(text).toContain(`${line.label} ${euros(line.amountCents)}`);
      expect(text).toContain(euros(side.totalCents));
    }
    expect(text).toContain(`Résultat de l'exercice (produits − charges) ${euros(a.incomeStatement.resultCents)}`);

    const nl = await syndic.request('GET', url('.pdf', '?year=2025&lang=nl'));
    expect(nl.headers['content-disposition']).toMatch(/filename="jaarrekening-.+-2025\.pdf"/);
    const nlText = await pdfText(nl.rawPayload);
    expect(nlText).toContain('Jaarrekening 2025');
    expect(nlText).toContain(`Reservekapitaal ${euros(10_000)}`);
    expect(nlText).toContain(`Totaal activa ${euros(a.balanceSheet.assets.totalCents)}`);
  });

  it('writes the same figures in the workbook, totals and result as formulas holding them', async () => {
    const a = await syndic.get<Accounts>(url());
    const res = await syndic.request('GET', url('.xlsx'), undefined, { 'accept-language': 'nl-BE' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="jaarrekening-.+-2025\.xlsx"/);
    const workbook = new Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const balance = workbook.getWorksheet('Balans')!;
    const rows = rowsOf(balance);
    const nl = await syndic.get<Accounts>(url('', '?year=2025&lang=nl'));
    for (const line of [...nl.balanceSheet.assets.lines, ...nl.balanceSheet.liabilities.lines]) {
      expect(rows).toContainEqual({ label: line.label, cents: line.amountCents });
    }
    const totals = rows.filter((r) => r.formula);
    expect(totals.map((r) => [r.label, r.cents])).toEqual([
      ['Totaal activa', a.balanceSheet.assets.totalCents],
      ['Totaal passiva', a.balanceSheet.liabilities.totalCents],
    ]);
    expect(totals[0]!.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    expect(balance.views[0]).toMatchObject({ state: 'frozen' });
    expect(balance.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const result = rowsOf(workbook.getWorksheet('Resultatenrekening')!).at(-1)!;
    expect(result.cents).toBe(a.incomeStatement.resultCents);
    expect(result.formula).toMatch(/^C\d+-C\d+$/);
  });

  it("closing the books on a year's last day posts the year-end entry: classes 6 and 7 to the working-capital fund", async () => {
    const other = await aBuildingWithUnits(syndic, [400, 600]);
    for (const unitId of other.unitIds) {
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
    }
    const fund = await syndic.post(`/buildings/${other.buildingId}/funds`, {
      kind: 'working_capital',
      name: 'Fonds de roulement',
      iban: 'BE68539007547034',
    });
    await syndic.post('/calls', {
      buildingId: other.buildingId,
      fundId: fund.id,
      title: 'Provisions 2025',
      amountCents: 10_000,
      callDate: '2025-01-10',
      dueDate: '2025-01-31',
    });
    await syndic.post(
      '/expenses',
      aCreateExpenseRequest(other.buildingId, { category: 'cleaning', amountCents: 4_000, expenseDate: '2025-05-01' }),
    );
    const accountsOf = () => syndic.get<Accounts>(`/buildings/${other.buildingId}/annual-accounts?year=2025`);
    const before = await accountsOf();

    // A closing on another day posts nothing.
    await syndic.post(`/buildings/${other.buildingId}/closings`, { until: '2025-06-30' });
    const journal = async () =>
      (
        await syndic.get<{
          data: Array<{ sourceType: string | null; date: string; lines: Array<Record<string, unknown>> }>;
        }>(`/buildings/${other.buildingId}/journal?perPage=100`)
      ).data;
    expect((await journal()).filter((e) => e.sourceType === 'closing')).toEqual([]);

    await syndic.post(`/buildings/${other.buildingId}/closings`, { until: '2025-12-31' });
    const closing = (await journal()).filter((e) => e.sourceType === 'closing');
    expect(closing).toHaveLength(1);
    expect(closing[0]!.date).toBe('2025-12-31');
    expect(closing[0]!.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['610200', 0, 4_000],
      ['70', 10_000, 0],
      ['100', 0, 6_000],
    ]);

    const after = await accountsOf();
    expect(after.incomeStatement).toEqual(before.incomeStatement);
    expect(after.incomeStatement.resultCents).toBe(6_000);
    const { assets, liabilities } = after.balanceSheet;
    expect(liabilities.lines.filter((l) => l.section === 'result')).toEqual([]);
    expect(liabilities.lines.find((l) => l.code === '100')).toMatchObject({ section: 'funds', amountCents: 6_000 });
    expect(liabilities.totalCents).toBe(assets.totalCents);
    expect(before.balanceSheet.liabilities.lines.find((l) => l.section === 'result')?.amountCents).toBe(6_000);
  });

  it('refuses a bad year (400), answers 404 to another organization, and is read by syndic, accountant, board', async () => {
    const res = await syndic.request('GET', url('', '?year=20x6'));
    expect(res.statusCode).toBe(400);
    const routes: Route[] = ['', '.pdf', '.xlsx'].map((suffix) => ['GET', url(suffix)]);
    await expectEachRoute(stranger, routes, 404, 'NOT_FOUND');
    const [accountant, board, owner] = await Promise.all([
      syndic.as('accountant'),
      syndic.as('board_member'),
      syndic.as('owner'),
    ]);
    await expectEachRoute(accountant, routes, 200);
    await expectEachRoute(board, routes, 200);
    await expectEachRoute(owner, routes, 403, 'FORBIDDEN');
  });
});
