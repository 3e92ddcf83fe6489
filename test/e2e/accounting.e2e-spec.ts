import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectEachRoute, expectProblem, type List } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Line = { accountCode: string; debitCents: number; creditCents: number; ownerId: string | null };
type Entry = {
  id: string;
  date: string;
  journal: string;
  reference: string;
  sourceType: string | null;
  sourceId: string | null;
  reversesEntryId: string | null;
  reversedByEntryId: string | null;
  lines: Line[];
};
type Trial = {
  asOf: string;
  accounts: Array<{
    accountCode: string;
    label: string;
    debitCents: number;
    creditCents: number;
    balanceCents: number;
  }>;
  totals: { debitCents: number; creditCents: number };
};
type Chart = { version: string; accounts: Array<{ code: string; label: string; class: number; toVerify: boolean }> };

const sides = (entry: Entry) => entry.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents, l.ownerId]);

describe('accounting: chart, journal, trial balance', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let accountant: TenantSession;
  let board: TenantSession;
  let ownerUser: TenantSession;
  let stranger: TenantSession;
  let buildingId: string;
  let owners: string[];
  const journal = () => `/buildings/${buildingId}/journal`;
  const entriesOf = async (session: TenantSession, query = '') =>
    (await session.get<List<Entry>>(`${journal()}?perPage=100${query}`)).data;
  const bySource = async (sourceId: string) => (await entriesOf(syndic)).filter((e) => e.sourceId === sourceId);

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    stranger = await TenantSession.forNewOrganization(api.app);
    [accountant, board, ownerUser] = await Promise.all([
      syndic.as('accountant'),
      syndic.as('board_member'),
      syndic.as('owner'),
    ]);
    const b = await aBuildingWithUnits(syndic, [250, 250, 500]);
    buildingId = b.buildingId;
    owners = [];
    for (const unitId of b.unitIds) {
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
      owners.push(ownerId);
    }
  });
  afterAll(() => api.close());

  it('answers the chart of accounts in French and Dutch, with the numbers still to verify flagged', async () => {
    const fr = await board.get<Chart>('/accounting/chart?lang=fr');
    expect(fr.version).toBe('be-copro-2012');
    const account = (chart: Chart, code: string) => chart.accounts.find((a) => a.code === code);
    expect(account(fr, '100')).toMatchObject({ label: 'Fonds de roulement', class: 1, toVerify: false });
    expect(account(fr, '410')).toMatchObject({ class: 4, toVerify: false });
    expect(account(fr, '610000')).toMatchObject({ label: 'Entretien courant', class: 6, toVerify: true });
    const nl = await ownerUser.get<Chart>('/accounting/chart?lang=nl');
    expect(account(nl, '160')).toMatchObject({ label: 'Reservekapitaal' });
    expectProblem(await syndic.request('GET', '/accounting/chart?lang=de'), 400, 'VALIDATION_FAILED');
  });

  it('lets an organization add a sub-account under a chart account, its own only', async () => {
    const res = await accountant.request('POST', '/accounting/chart/accounts', {
      code: '6100001',
      parentCode: '610000',
      labelFr: 'Entretien ascenseur',
      labelNl: 'Onderhoud lift',
    });
    expect(res.statusCode).toBe(201);
    expect((await syndic.get<Chart>('/accounting/chart')).accounts.map((a) => a.code)).toContain('6100001');
    expect((await stranger.get<Chart>('/accounting/chart')).accounts.map((a) => a.code)).not.toContain('6100001');
    const wrongParent = { code: '6200001', parentCode: '610000', labelFr: 'x', labelNl: 'x' };
    expectProblem(await syndic.request('POST', '/accounting/chart/accounts', wrongParent), 422, 'INVALID_SUB_ACCOUNT');
    expectProblem(await board.request('POST', '/accounting/chart/accounts', wrongParent), 403, 'FORBIDDEN');
  });

  it('posts a call, a payment, an invoice and its payment as the expected entries', async () => {
    const fund = await syndic.post(`/buildings/${buildingId}/funds`, {
      kind: 'working_capital',
      name: 'FR',
      iban: 'BE68539007547034',
    });
    const call = await syndic.post<{ id: string; items: Array<{ ownerId: string; amountCents: number; ogm: string }> }>(
      '/calls',
      {
        buildingId,
        fundId: fund.id,
        title: 'T1',
        amountCents: 56250,
        callDate: '2026-01-05',
        dueDate: '2026-01-31',
      },
    );
    const [callEntry] = await bySource(call.id);
    expect(callEntry).toMatchObject({ journal: 'sales', date: '2026-01-05', sourceType: 'call' });
    expect(sides(callEntry!)).toEqual([
      ...[...call.items].map((i) => ['410', i.amountCents, 0, i.ownerId]),
      ['70', 0, 56250, null],
    ]);

    const first = call.items.find((i) => i.ownerId === owners[2])!;
    const payment = await accountant.post('/payments', {
      buildingId,
      amountCents: first.amountCents,
      paidOn: '2026-01-20',
      ogm: first.ogm,
    });
    const [paymentEntry] = await bySource(payment.id);
    expect(paymentEntry).toMatchObject({ journal: 'financial', date: '2026-01-20', sourceType: 'payment' });
    expect(sides(paymentEntry!)).toEqual([
      ['550', 28125, 0, null],
      ['410', 0, 28125, owners[2]],
    ]);

    const expense = await syndic.post('/expenses', aCreateExpenseRequest(buildingId, { category: 'maintenance' }));
    const [invoiceEntry] = await bySource(expense.id);
    expect(invoiceEntry).toMatchObject({ journal: 'purchases', date: '2026-03-01', sourceType: 'expense' });
    expect(sides(invoiceEntry!)).toEqual([
      ['610000', 121000, 0, null],
      ['440', 0, 121000, null],
    ]);
    await accountant.put(`/expenses/${expense.id}/mark-paid`, { paidAt: '2026-03-15T10:00:00.000Z' });
    const paid = (await bySource(expense.id)).find((e) => e.sourceType === 'expense_payment')!;
    expect(paid).toMatchObject({ journal: 'financial', date: '2026-03-15' });
    expect(sides(paid)).toEqual([
      ['440', 121000, 0, null],
      ['550', 0, 121000, null],
    ]);

    const trial = await board.get<Trial>(`/buildings/${buildingId}/trial-balance?asOf=2026-12-31`);
    const balance = (code: string) => trial.accounts.find((a) => a.accountCode === code)?.balanceCents;
    expect(trial.totals.debitCents).toBe(trial.totals.creditCents);
    expect(balance('410')).toBe(56250 - 28125);
    expect(balance('440')).toBe(0);
    expect(balance('550')).toBe(28125 - 121000);
    expect(balance('70')).toBe(-56250);
    expect(trial.accounts.find((a) => a.accountCode === '70')?.label).toBe('Appels de fonds aux copropriétaires');
    const early = await board.get<Trial>(`/buildings/${buildingId}/trial-balance?asOf=2026-01-10&lang=nl`);
    expect(early.accounts.map((a) => a.accountCode)).toEqual(['410', '70']);
    expect(early.accounts.find((a) => a.accountCode === '70')?.label).toBe('Opvragingen bij de mede-eigenaars');
  });

  it('posts a balanced manual entry, refuses an unbalanced one, an unknown account and the owners account', async () => {
    const lines = [
      { accountCode: '65', debitCents: 250 },
      { accountCode: '550', creditCents: 250 },
    ];
    const res = await accountant.request('POST', journal(), {
      date: '2026-04-30',
      journal: 'misc',
      reference: 'Frais bancaires avril',
      lines,
    });
    expect(res.statusCode).toBe(201);
    const entry = res.json<Entry>();
    expect(res.headers.location).toBe(`/api/v1${journal()}/${entry.id}`);
    expect(entry).toMatchObject({ journal: 'misc', sourceType: null, date: '2026-04-30' });

    const body = (l: unknown[]) => ({ date: '2026-04-30', journal: 'misc', reference: 'x', lines: l });
    const unbalanced = await syndic.request(
      'POST',
      journal(),
      body([
        { accountCode: '65', debitCents: 250 },
        { accountCode: '550', creditCents: 249 },
      ]),
      { 'accept-language': 'fr' },
    );
    const problem = expectProblem(unbalanced, 422, 'ENTRY_NOT_BALANCED');
    expect(problem.detail).toContain('débits 250 centimes, crédits 249 centimes');
    expectProblem(
      await syndic.request(
        'POST',
        journal(),
        body([
          { accountCode: '699', debitCents: 1 },
          { accountCode: '550', creditCents: 1 },
        ]),
      ),
      422,
      'UNKNOWN_ACCOUNT',
    );
    expectProblem(
      await syndic.request(
        'POST',
        journal(),
        body([
          { accountCode: '410', debitCents: 1 },
          { accountCode: '550', creditCents: 1 },
        ]),
      ),
      422,
      'OWNERS_ACCOUNT_RESERVED',
    );
    expectProblem(
      await syndic.request(
        'POST',
        journal(),
        body([
          { accountCode: '65', debitCents: 1, creditCents: 1 },
          { accountCode: '550', creditCents: 0 },
        ]),
      ),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await syndic.request('POST', journal(), { ...body(lines), journal: 'sales' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await entriesOf(syndic, '&journal=misc')).map((e) => e.id)).toEqual([entry.id]);
  });

  it('reverses a manual entry once, and an automatic posting only through its source', async () => {
    const entry = await syndic.post<Entry>(journal(), {
      date: '2026-05-02',
      journal: 'misc',
      reference: 'Erreur',
      lines: [
        { accountCode: '64', debitCents: 999 },
        { accountCode: '550', creditCents: 999 },
      ],
    });
    const reversal = await syndic.post<Entry>(`${journal()}/${entry.id}/reverse`, { date: '2026-05-03' });
    expect(reversal).toMatchObject({ reversesEntryId: entry.id, date: '2026-05-03' });
    expect(sides(reversal)).toEqual([
      ['64', 0, 999, null],
      ['550', 999, 0, null],
    ]);
    expect((await syndic.get<Entry>(`${journal()}/${entry.id}`)).reversedByEntryId).toBe(reversal.id);
    expectProblem(await syndic.request('POST', `${journal()}/${entry.id}/reverse`, {}), 409, 'ENTRY_ALREADY_REVERSED');
    const automatic = (await entriesOf(syndic, '&journal=sales'))[0]!;
    expectProblem(
      await syndic.request('POST', `${journal()}/${automatic.id}/reverse`, {}),
      409,
      'ENTRY_POSTED_AUTOMATICALLY',
    );
  });

  it('keeps the trial balance totals equal, and lists the journal by date range', async () => {
    const trial = await syndic.get<Trial>(`/buildings/${buildingId}/trial-balance`);
    expect(trial.totals.debitCents).toBe(trial.totals.creditCents);
    expect(trial.totals.debitCents).toBeGreaterThan(0);
    const march = await entriesOf(board, '&from=2026-03-01&to=2026-03-31');
    expect(march.map((e) => e.date)).toEqual(['2026-03-01', '2026-03-15']);
  });

  it('refuses writes in closed books with 409 PERIOD_CLOSED', async () => {
    const other = await aBuildingWithUnits(syndic, [1000]);
    await syndic.post(`/buildings/${other.buildingId}/closings`, { until: '2026-02-28' });
    expectProblem(
      await syndic.request('POST', `/buildings/${other.buildingId}/journal`, {
        date: '2026-02-28',
        journal: 'misc',
        reference: 'x',
        lines: [
          { accountCode: '65', debitCents: 1 },
          { accountCode: '550', creditCents: 1 },
        ],
      }),
      409,
      'PERIOD_CLOSED',
    );
  });

  it("answers 404 for another organization's building and entries", async () => {
    const entry = (await entriesOf(syndic))[0]!;
    await expectEachRoute(
      stranger,
      [
        ['GET', journal()],
        ['GET', `${journal()}/${entry.id}`],
        ['POST', `${journal()}/${entry.id}/reverse`, {}],
        ['GET', `/buildings/${buildingId}/trial-balance`],
        [
          'POST',
          journal(),
          {
            date: '2026-06-01',
            journal: 'misc',
            reference: 'x',
            lines: [
              { accountCode: '65', debitCents: 1 },
              { accountCode: '550', creditCents: 1 },
            ],
          },
        ],
      ],
      404,
      'NOT_FOUND',
    );
  });

  it('lets syndics and accountants write, board members read, and refuses owners', async () => {
    const entry = (await entriesOf(syndic))[0]!;
    const manual = {
      date: '2026-06-01',
      journal: 'misc',
      reference: 'x',
      lines: [
        { accountCode: '65', debitCents: 1 },
        { accountCode: '550', creditCents: 1 },
      ],
    };
    await expectEachRoute(
      board,
      [
        ['POST', journal(), manual],
        ['POST', `${journal()}/${entry.id}/reverse`, {}],
      ],
      403,
      'FORBIDDEN',
    );
    await expectEachRoute(
      board,
      [
        ['GET', journal()],
        ['GET', `${journal()}/${entry.id}`],
        ['GET', `/buildings/${buildingId}/trial-balance`],
      ],
      200,
    );
    await expectEachRoute(
      ownerUser,
      [
        ['GET', journal()],
        ['GET', `${journal()}/${entry.id}`],
        ['GET', `/buildings/${buildingId}/trial-balance`],
        ['POST', journal(), manual],
      ],
      403,
      'FORBIDDEN',
    );
  });
});
