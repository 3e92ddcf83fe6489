import { Workbook, Worksheet } from 'exceljs';
import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import type { Response } from 'light-my-request';
import type { PcnLanguage } from '@modules/pcn';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectInvalidField, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

interface Report {
  buildingId: string;
  from: string;
  to: string;
  lang: PcnLanguage;
  accounts: Array<{ accountCode: string; label: string; count: number; totalCents: number; unallocatedCents: number }>;
  totalCents: number;
  unallocatedCents: number;
  units: Array<{
    unitId: string;
    unitNumber: string;
    totalCents: number;
    accounts: Array<{ accountCode: string; amountCents: number }>;
  }>;
}

const PERIOD = 'from=2026-01-01&to=2026-12-31';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "1234567" cents → "12.345,67 €" (fr, nl), as the documents print amounts. */
const euros = (cents: number) =>
  `${cents < 0 ? '-' : ''}${String(Math.trunc(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(Math.abs(cents) % 100).padStart(2, '0')} €`;

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

async function workbookOf(body: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** The amount a reader sees: a number, or the last result a total keeps next to its SUM formula. */
const centsAt = (sheet: Worksheet, row: number, column: number) => {
  const value = sheet.getRow(row).getCell(column).value;
  const shown = value !== null && typeof value === 'object' && 'result' in value ? value.result : value;
  return Math.round((shown as number) * 100);
};

function rowStarting(sheet: Worksheet, first: string): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === first) found = n;
  });
  if (found < 0) throw new Error(`No row starts with ${first}`);
  return found;
}

describe('pcn', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let accountant: TenantSession;
  let board: TenantSession;
  let ownerUser: TenantSession;
  let other: TenantSession;
  let admin: TenantSession;
  // 1000 quotas: U1 333 (bob), U2 250 (the owner user), U3 417 (bob).
  let building: { buildingId: string; unitIds: string[] };
  let elsewhere: { buildingId: string; unitIds: string[] };

  const expense = (overrides: Record<string, unknown>) =>
    accountant.post<{ id: string }>(
      '/expenses',
      aCreateExpenseRequest(building.buildingId, { dueDate: null, ...overrides }),
    );

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    admin = await TenantSession.superadmin(api.app);
    [accountant, board, ownerUser] = await Promise.all([
      syndic.as('accountant'),
      syndic.as('board_member'),
      syndic.as('owner'),
    ]);
    building = await aBuildingWithUnits(syndic, [333, 250, 417], { name: 'Résidence Les Érables – Tour A' });
    elsewhere = await aBuildingWithUnits(syndic, [500]);
    const bob = await anOwner(syndic);
    const mine = await anOwner(syndic, { userId: ownerUser.userId });
    await syndic.post(`/units/${building.unitIds[0]}/owners`, { ownerId: bob, share: '100', startDate: '2020-01-01' });
    await syndic.post(`/units/${building.unitIds[1]}/owners`, { ownerId: mine, share: '100', startDate: '2020-01-01' });
    await syndic.post(`/units/${building.unitIds[2]}/owners`, { ownerId: bob, share: '100', startDate: '2020-01-01' });
    // The lift key of the statutes: U2 and U3 only, 1 and 3.
    const lift = await syndic.post<{ id: string }>(`/buildings/${building.buildingId}/keys`, {
      name: 'Ascenseur',
      weights: [
        { unitId: building.unitIds[1], weight: 1 },
        { unitId: building.unitIds[2], weight: 3 },
      ],
    });
    await syndic.post('/pcn/accounts', { code: '615000', labelFr: 'Ascenseur', labelNl: 'Lift', labelEn: 'Lift' });
    await expense({ category: 'cleaning', amountCents: 121_000, expenseDate: '2026-03-01' });
    await expense({ category: 'cleaning', amountCents: 1, expenseDate: '2026-03-02' });
    await expense({ category: 'insurance', amountCents: 99_999, expenseDate: '2026-01-01' });
    await expense({
      category: 'maintenance',
      amountCents: 123_456_789,
      expenseDate: '2026-12-31',
      supplier: null,
      invoiceNumber: null,
    });
    await expense({
      category: 'repairs',
      amountCents: 77_777,
      expenseDate: '2026-06-30',
      accountCode: '615000',
      keyId: lift.id,
    });
    await expense({ category: 'utilities', amountCents: -5_001, expenseDate: '2026-04-01', vatRate: 6 }); // a credit note
    await expense({ category: 'utilities', amountCents: 5_000_000, expenseDate: '2025-12-31' }); // before the period
    const cancelled = await expense({ category: 'insurance', amountCents: 500_000, expenseDate: '2026-05-01' });
    await syndic.put(`/expenses/${cancelled.id}/cancel`);
  });
  afterAll(() => api.close());

  describe('chart of accounts', () => {
    it("lists the charge accounts of the co-ownership chart, then the organization's sub-accounts by code", async () => {
      const fresh = await TenantSession.forNewOrganization(api.app, 'accountant');
      const page = await fresh.get<{
        data: Array<{ code: string; labelFr: string; labelNl: string; parentCode: string | null }>;
        pagination: { totalItems: number };
      }>('/pcn/accounts?perPage=100');
      expect(page.data.map((a) => a.code)).toEqual([
        '61',
        '610000',
        '610100',
        '610200',
        '611000',
        '612000',
        '613000',
        '614000',
        '619000',
        '62',
        '63',
        '64',
        '65',
      ]);
      expect(page.pagination.totalItems).toBe(13);
      // Works are a charge; the reserve fund that may pay them is 160, not a class-6 account.
      expect(page.data[4]).toMatchObject({ labelFr: 'Travaux', labelNl: 'Werken', parentCode: null });
      const ours = await board.get<{ data: Array<{ code: string }> }>('/pcn/accounts?perPage=100');
      expect(ours.data.map((a) => a.code)).toContain('615000');
      expect(await board.get('/pcn/accounts/615000')).toMatchObject({ code: '615000', parentCode: '61', labelEn: 'Lift' });
      expect((await ownerUser.request('GET', '/pcn/accounts')).statusCode).toBe(200);
    });

    it('adds an account with a Location header, refuses a taken code and a malformed one', async () => {
      const res = await accountant.request('POST', '/pcn/accounts', {
        code: '616000',
        labelFr: 'Jardin',
        labelNl: 'Tuin',
      });
      expect(res.statusCode).toBe(201);
      expect(res.headers.location).toBe('/api/v1/pcn/accounts/616000');
      expect(res.json()).toMatchObject({ code: '616000', labelFr: 'Jardin', labelNl: 'Tuin', labelEn: null });
      expectProblem(
        await syndic.request('POST', '/pcn/accounts', { code: '616000', labelFr: 'X', labelNl: 'Y' }),
        409,
        'PCN_ACCOUNT_EXISTS',
      );
      expectProblem(
        await syndic.request('POST', '/pcn/accounts', { code: '610000', labelFr: 'X', labelNl: 'Y' }),
        409,
        'PCN_ACCOUNT_EXISTS',
      );
      expectInvalidField(
        await syndic.request('POST', '/pcn/accounts', { code: '710000', labelFr: 'X', labelNl: 'Y' }),
        'code',
      );
      expectInvalidField(await syndic.request('POST', '/pcn/accounts', { code: '6', labelFr: 'X', labelNl: 'Y' }), 'code');
      // A code no account of the chart prefixes hangs under its class.
      expect(
        await syndic.post('/pcn/accounts', { code: '660000', labelFr: 'Exceptionnel', labelNl: 'Uitzonderlijk' }),
      ).toMatchObject({ code: '660000', parentCode: '6' });
      expectInvalidField(
        await syndic.request('POST', '/pcn/accounts', { code: '617000', labelFr: '', labelNl: 'Y' }),
        'labelFr',
      );
      expectInvalidField(await syndic.request('POST', '/pcn/accounts', { code: '617000', labelNl: 'Y' }), 'labelFr');
      expectInvalidField(
        await syndic.request('POST', '/pcn/accounts', {
          code: '617000',
          labelFr: 'X',
          labelNl: 'Y',
          organizationId: other.organizationId,
        }),
        'organizationId',
      );
    });

    it('relabels an account, never its code', async () => {
      await accountant.post('/pcn/accounts', { code: '618000', labelFr: 'Divers', labelNl: 'Diversen' });
      const updated = await syndic.put('/pcn/accounts/618000', {
        labelFr: 'Frais divers',
        labelNl: 'Diverse kosten',
        labelEn: 'Sundry',
      });
      expect(updated).toMatchObject({
        code: '618000',
        labelFr: 'Frais divers',
        labelNl: 'Diverse kosten',
        labelEn: 'Sundry',
      });
      expect(await syndic.get('/pcn/accounts/618000')).toMatchObject({ labelEn: 'Sundry' });
      expectInvalidField(
        await syndic.request('PUT', '/pcn/accounts/618000', { code: '618001', labelFr: 'X', labelNl: 'Y' }),
        'code',
      );
      expectProblem(
        await syndic.request('PUT', '/pcn/accounts/618999', { labelFr: 'X', labelNl: 'Y' }),
        404,
        'NOT_FOUND',
      );
      expectInvalidField(await syndic.request('PUT', '/pcn/accounts/abc', { labelFr: 'X', labelNl: 'Y' }), 'code');
      // The chart's accounts are platform data: a new chart version corrects them.
      expectProblem(
        await syndic.request('PUT', '/pcn/accounts/610000', { labelFr: 'X', labelNl: 'Y' }),
        409,
        'CHART_ACCOUNT_READ_ONLY',
      );
    });

    it('lets only syndics and accountants write, and no superadmin in', async () => {
      const body = { code: '617500', labelFr: 'X', labelNl: 'Y' };
      expectProblem(await board.request('POST', '/pcn/accounts', body), 403, 'FORBIDDEN');
      expectProblem(await ownerUser.request('POST', '/pcn/accounts', body), 403, 'FORBIDDEN');
      expectProblem(await board.request('PUT', '/pcn/accounts/610000', body), 403, 'FORBIDDEN');
      expectProblem(await admin.request('GET', '/pcn/accounts'), 403, 'FORBIDDEN');
      expectProblem(await admin.request('POST', '/pcn/accounts', body), 403, 'FORBIDDEN');
    });

    it("keeps each organization's chart to itself", async () => {
      expectProblem(await other.request('GET', '/pcn/accounts/615000'), 404, 'NOT_FOUND');
      expectProblem(
        await other.request('PUT', '/pcn/accounts/615000', { labelFr: 'X', labelNl: 'Y' }),
        404,
        'NOT_FOUND',
      );
      await other.post('/pcn/accounts', { code: '615000', labelFr: 'Autre', labelNl: 'Ander' });
      expect(await syndic.get('/pcn/accounts/615000')).toMatchObject({ labelFr: 'Ascenseur' });
    });
  });

  describe('building report', () => {
    let report: Report;
    beforeAll(async () => {
      report = await accountant.get<Report>(`/pcn/${building.buildingId}?${PERIOD}`);
    });

    it('totals the expenses of the period per account, cancelled ones and other periods left out', () => {
      expect(report).toMatchObject({
        buildingId: building.buildingId,
        from: '2026-01-01',
        to: '2026-12-31',
        lang: 'fr',
      });
      expect(
        report.accounts.map(({ accountCode, label, count, totalCents }) => ({ accountCode, label, count, totalCents })),
      ).toEqual([
        { accountCode: '610000', label: 'Entretien courant', count: 1, totalCents: 123_456_789 },
        { accountCode: '610200', label: 'Nettoyage', count: 2, totalCents: 121_001 },
        { accountCode: '612000', label: 'Eau et énergie', count: 1, totalCents: -5_001 },
        { accountCode: '614000', label: 'Assurances', count: 1, totalCents: 99_999 },
        { accountCode: '615000', label: 'Ascenseur', count: 1, totalCents: 77_777 },
      ]);
      expect(report.totalCents).toBe(123_456_789 + 121_001 - 5_001 + 99_999 + 77_777);
    });

    it('gives each unit its exact share of each account, every cent to a unit, keys and credit notes included', () => {
      expect(report.units.map((u) => u.unitNumber)).toEqual(['U1', 'U2', 'U3']);
      const line = (unit: number, code: string) =>
        report.units[unit]!.accounts.find((l) => l.accountCode === code)!.amountCents;
      // 610000: 123,456,789 × 333/1000 = 41,111,110.737 → 41,111,111 (the largest remainder), × 250/1000 = 30,864,197.25
      expect([line(0, '610000'), line(1, '610000'), line(2, '610000')]).toEqual([41_111_111, 30_864_197, 51_481_481]);
      // The lift key leaves U1 out: 777.77 over 1 and 3 → 194.44 and 583.33
      expect([line(0, '615000'), line(1, '615000'), line(2, '615000')]).toEqual([0, 19_444, 58_333]);
      // The credit note of -50.01 splits into negative parts
      expect([line(0, '612000'), line(1, '612000'), line(2, '612000')]).toEqual([-1_665, -1_250, -2_086]);
      for (const account of report.accounts) {
        const units = report.units.reduce(
          (sum, u) => sum + u.accounts.find((l) => l.accountCode === account.accountCode)!.amountCents,
          0,
        );
        expect(units).toBe(account.totalCents);
      }
      for (const unit of report.units)
        expect(unit.totalCents).toBe(unit.accounts.reduce((sum, l) => sum + l.amountCents, 0));
      expect(report.unallocatedCents).toBe(0);
    });

    it('answers 422 REGISTRY_INCOMPLETE for a period with a date when a unit is not fully owned', async () => {
      const partial = await aBuildingWithUnits(syndic, [1000]);
      await accountant.post(
        '/expenses',
        aCreateExpenseRequest(partial.buildingId, { expenseDate: '2026-05-01', dueDate: null }),
      );
      const res = await syndic.request('GET', `/pcn/${partial.buildingId}?${PERIOD}`);
      expectProblem(res, 422, 'REGISTRY_INCOMPLETE');
      expect(res.json().errors).toEqual([
        { field: 'units.U1.owners', message: 'On 2026-05-01 unit U1 is owned 0.0000 %' },
      ]);
      expect((await syndic.request('GET', `/pcn/${partial.buildingId}?from=2026-06-01&to=2026-12-31`)).statusCode).toBe(
        200,
      );
    });

    it('agrees to the cent with the charges the expenses context distributes', async () => {
      const charges = await syndic.get<{ totalCents: number; units: Array<{ unitId: string; amountCents: number }> }>(
        `/buildings/${building.buildingId}/charges?${PERIOD}`,
      );
      expect(charges.totalCents).toBe(report.totalCents);
      expect(charges.units.map((u) => [u.unitId, u.amountCents])).toEqual(
        report.units.map((u) => [u.unitId, u.totalCents]),
      );
    });

    it('speaks the language of `lang`, else of Accept-Language, else French', async () => {
      const nl = await board.get<Report>(`/pcn/${building.buildingId}?${PERIOD}&lang=nl`);
      expect(nl.accounts.map((a) => a.label)).toEqual([
        'Gewoon onderhoud',
        'Schoonmaak',
        'Water en energie',
        'Verzekeringen',
        'Lift',
      ]);
      const en = await board.request('GET', `/pcn/${building.buildingId}?${PERIOD}`, undefined, {
        'accept-language': 'en-GB,nl;q=0.5',
      });
      expect(en.json()).toMatchObject({
        lang: 'en',
        accounts: [{ label: 'Entretien courant' }, {}, {}, {}, { label: 'Lift' }],
      });
      const query = await board.request('GET', `/pcn/${building.buildingId}?${PERIOD}&lang=fr`, undefined, {
        'accept-language': 'nl',
      });
      expect(query.json().lang).toBe('fr');
      const fallback = await board.request('GET', `/pcn/${building.buildingId}?${PERIOD}`, undefined, {
        'accept-language': 'de',
      });
      expect(fallback.json().lang).toBe('fr');
    });

    it('defaults to the current calendar year', async () => {
      const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date()).slice(0, 4);
      expect(await syndic.get(`/pcn/${building.buildingId}`)).toMatchObject({
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      });
      expect(await syndic.get(`/pcn/${building.buildingId}?from=2026-03-01`)).toMatchObject({
        from: '2026-03-01',
        to: '2026-12-31',
      });
    });

    it.each([
      ['from', 'from=2026-02-30'],
      ['from', 'from=01/01/2026'],
      ['to', 'to=2026-13-01'],
      ['lang', 'lang=de'],
      ['perPage', 'perPage=2'],
    ])('refuses a bad %s (%s)', async (field, query) => {
      for (const route of ['', 'export/pdf/', 'export/excel/', 'export/csv/']) {
        expectInvalidField(await syndic.request('GET', `/pcn/${route}${building.buildingId}?${query}`), field);
      }
    });

    it('refuses a period that ends before it starts, and a building id that is not a uuid', async () => {
      expectProblem(
        await syndic.request('GET', `/pcn/${building.buildingId}?from=2026-02-01&to=2026-01-31`),
        400,
        'INVALID_PERIOD',
      );
      expectProblem(
        await syndic.request('GET', `/pcn/export/pdf/${building.buildingId}?from=2026-02-01&to=2026-01-31`),
        400,
        'INVALID_PERIOD',
      );
      expectInvalidField(await syndic.request('GET', '/pcn/not-a-uuid'), 'buildingId');
    });

    it('shows an owner its own units only, and no building where it holds nothing', async () => {
      const mine = await ownerUser.get<Report>(`/pcn/${building.buildingId}?${PERIOD}`);
      expect(mine.units).toEqual([report.units[1]]);
      expect(mine.accounts).toEqual(report.accounts);
      for (const route of ['', 'export/pdf/', 'export/excel/', 'export/csv/']) {
        expectProblem(await ownerUser.request('GET', `/pcn/${route}${elsewhere.buildingId}`), 404, 'NOT_FOUND');
      }
    });

    it("answers 404 for another organization's building or an unknown one, and 403 to the superadmin", async () => {
      for (const route of ['', 'export/pdf/', 'export/excel/', 'export/csv/']) {
        const foreign = expectProblem(
          await other.request('GET', `/pcn/${route}${building.buildingId}`),
          404,
          'NOT_FOUND',
        );
        expect(JSON.stringify(foreign)).not.toContain(building.buildingId);
        expectProblem(await syndic.request('GET', `/pcn/${route}${randomUUID()}`), 404, 'NOT_FOUND');
        expectProblem(await admin.request('GET', `/pcn/${route}${building.buildingId}`), 403, 'FORBIDDEN');
      }
    });
  });

  describe('exports', () => {
    const download = (
      session: TenantSession,
      kind: 'pdf' | 'excel' | 'csv',
      query = PERIOD,
      headers: Record<string, string> = {},
    ) => session.request('GET', `/pcn/export/${kind}/${building.buildingId}?${query}`, undefined, headers);

    function expectAttachment(
      res: Response,
      contentType: string,
      extension: string,
      period = '2026-01-01-2026-12-31',
    ): void {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain(contentType);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="pcn-residence-les-erables-tour-a-${period}.${extension}"`,
      );
    }

    it('prints every figure of the JSON report in the PDF, with the building and the period', async () => {
      const report = await accountant.get<Report>(`/pcn/${building.buildingId}?${PERIOD}`);
      const res = await download(accountant, 'pdf');
      expectAttachment(res, 'application/pdf', 'pdf');
      const text = await pdfText(res.rawPayload);
      expect(text).toContain('Résidence Les Érables – Tour A');
      expect(text).toContain('Période du 01/01/2026 au 31/12/2026');
      // Every cent goes to a unit: no unallocated column.
      expect(text).toContain(`Total général ${euros(report.totalCents)}`);
      for (const account of report.accounts) {
        expect(text).toContain(`${account.accountCode} ${account.label} ${account.count} ${euros(account.totalCents)}`);
      }
      expect(text).not.toContain('Non attribué');
      const labels = new Map(report.accounts.map((a) => [a.accountCode, a.label]));
      for (const unit of report.units) {
        // The unit's number, its quota and owners, then its total; each account with its label.
        expect(text).toMatch(
          new RegExp(`${unit.unitNumber} Quotité \\d+ / 1000 .*?${euros(unit.totalCents).replace(/[.$()]/g, '\\$&')}`),
        );
        for (const line of unit.accounts) {
          expect(text).toContain(`${line.accountCode} ${labels.get(line.accountCode)} ${euros(line.amountCents)}`);
        }
      }
    });

    it('writes the same figures in the CSV tables: accounts with their total, then each unit per account', async () => {
      const report = await board.get<Report>(`/pcn/${building.buildingId}?${PERIOD}&lang=nl`);
      const cents = (field: string) => Number(field.replace(',', ''));
      const rowsOf = (res: Response) => {
        const text = res.rawPayload.toString('utf8');
        expect(text.startsWith('\uFEFF')).toBe(true);
        return text.slice(1).trimEnd().split('\r\n').slice(1).map((line) => line.split(';'));
      };

      const accounts = await download(board, 'csv', `${PERIOD}&lang=nl`);
      expect(accounts.statusCode).toBe(200);
      expect(accounts.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(accounts.headers['content-disposition']).toBe(
        'attachment; filename="pcn-residence-les-erables-tour-a-2026-01-01-2026-12-31-accounts.csv"',
      );
      const accountRows = rowsOf(accounts);
      expect(accountRows.slice(0, -1).map(([code, , count, total]) => [code, Number(count), cents(total)])).toEqual(
        report.accounts.map((a) => [a.accountCode, a.count, a.totalCents]),
      );
      expect(cents(accountRows[accountRows.length - 1][3])).toBe(report.totalCents);

      const units = rowsOf(await download(board, 'csv', `${PERIOD}&lang=nl&table=units`));
      expect(units.map(([unit, code, , amount]) => [unit, code, cents(amount)])).toEqual(
        report.units.flatMap((u) => u.accounts.map((a) => [u.unitNumber, a.accountCode, a.amountCents])),
      );
      expectInvalidField(await download(board, 'csv', `${PERIOD}&table=expenses`), 'table');
    });

    it('writes the same figures in the workbook, and the expense lines behind them', async () => {
      const report = await board.get<Report>(`/pcn/${building.buildingId}?${PERIOD}&lang=nl`);
      const res = await download(board, 'excel', `${PERIOD}&lang=nl`);
      expectAttachment(res, XLSX, 'xlsx');
      const workbook = await workbookOf(res.rawPayload);
      const [summary, units, expenses] = workbook.worksheets as [Worksheet, Worksheet, Worksheet];
      expect(summary.name).toBe('Overzicht');
      for (const account of report.accounts) {
        const row = rowStarting(summary, account.accountCode);
        expect([summary.getRow(row).getCell(2).value, summary.getRow(row).getCell(3).value]).toEqual([
          account.label,
          account.count,
        ]);
        expect(centsAt(summary, row, 4)).toBe(account.totalCents);
      }
      expect(summary.getRow(rowStarting(summary, 'Rekening')).getCell(5).value).toBeFalsy();
      const total = rowStarting(summary, 'Algemeen totaal');
      expect(centsAt(summary, total, 4)).toBe(report.totalCents);
      const header = units.getRow(1).values as unknown[];
      for (const unit of report.units) {
        const row = rowStarting(units, unit.unitNumber);
        expect(centsAt(units, row, 2)).toBe(unit.totalCents);
        for (const line of unit.accounts) {
          const column = header.findIndex((h) => typeof h === 'string' && h.startsWith(line.accountCode));
          expect(centsAt(units, row, column)).toBe(line.amountCents);
        }
      }
      // The header, the lines, then the totals row, whose SUM keeps the report's total as its result.
      expect(expenses.rowCount).toBe(2 + report.accounts.reduce((sum, a) => sum + a.count, 0));
      let lines = 0;
      expenses.eachRow((_, n) => {
        if (n > 1 && n < expenses.rowCount) lines += centsAt(expenses, n, 7);
      });
      expect(lines).toBe(report.totalCents);
      expect(expenses.getRow(expenses.rowCount).getCell(7).value).toMatchObject({
        formula: `SUM(G2:G${expenses.rowCount - 1})`,
      });
      expect(centsAt(expenses, expenses.rowCount, 7)).toBe(report.totalCents);
    });

    it("restricts an owner's exports to its units, in the language of Accept-Language", async () => {
      const res = await download(ownerUser, 'excel', PERIOD, { 'accept-language': 'nl-BE' });
      expectAttachment(res, XLSX, 'xlsx');
      const units = (await workbookOf(res.rawPayload)).getWorksheet('Kavels')!;
      expect(units.rowCount).toBe(3); // the header, its unit, the totals row
      expect(units.getRow(2).getCell(1).value).toBe('U2');
      const pdf = await download(ownerUser, 'pdf', 'from=2026-06-01&to=2026-06-30');
      expectAttachment(pdf, 'application/pdf', 'pdf', '2026-06-01-2026-06-30');
      const text = await pdfText(pdf.rawPayload);
      expect(text).toContain('615000 Ascenseur 1 777,77 €');
      expect(text).not.toMatch(/\bU1\b/);
    });
  });
});
