import { aCreateExpenseRequest } from '../builders/expenses.builders';
import {
  aBuildingWithUnits,
  anOwner,
  expectEachRoute,
  expectInvalidField,
  expectProblem,
  type List,
} from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Item = { id: string; unitId: string; ownerId: string; amountCents: number; paidCents: number; ogm: string };
type Call = {
  id: string;
  status: string;
  amountCents: number;
  paidCents: number;
  outstandingCents: number;
  items: Item[];
  reserveMinimum: null | { minimumCents: number; calledCents: number; shortfallCents: number; belowMinimum: boolean };
};
type Payment = {
  id: string;
  allocations: Array<{ callItemId: string; amountCents: number }>;
  unallocatedCents: number;
};
type Ledger = {
  openingBalanceCents: number;
  closingBalanceCents: number;
  lines: Array<{ date: string; kind: string; debitCents: number; creditCents: number; balanceCents: number }>;
  balances: Array<{ fundId: string | null; balanceCents: number }>;
};
type Arrears = {
  totalOverdueCents: number;
  owners: Array<{ ownerId: string; overdueCents: number; oldestDueDate: string; daysLate: number; lastName: string }>;
};

const IBAN = 'BE68 5390 0754 7034';
const OGM = /^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/;

describe('funds, calls for funds, payments, ledgers and arrears', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let accountant: TenantSession;
  let board: TenantSession;
  let ownerUser: TenantSession;
  let stranger: TenantSession;
  let b: { buildingId: string; unitIds: string[] };
  // Owners of U1 (250), U2 (250), U3 (500); C is the owner user's record.
  let [a, bb, c] = ['', '', ''];
  let fundId: string;
  let call: Call;
  const itemOf = (owner: string, of: Call = call) => of.items.find((i) => i.ownerId === owner)!;
  const pay = (session: TenantSession, body: Record<string, unknown>) =>
    session.request('POST', '/payments', { buildingId: b.buildingId, paidOn: '2026-01-20', ...body });

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    stranger = await TenantSession.forNewOrganization(api.app);
    [accountant, board, ownerUser] = await Promise.all([
      syndic.as('accountant'),
      syndic.as('board_member'),
      syndic.as('owner'),
    ]);
    b = await aBuildingWithUnits(syndic, [250, 250, 500]);
    a = await anOwner(syndic, { lastName: 'Aerts' });
    bb = await anOwner(syndic, { lastName: 'Bogaert' });
    c = await anOwner(syndic, { lastName: 'Claes', userId: ownerUser.userId });
    for (const [i, owner] of [a, bb, c].entries()) {
      await syndic.post(`/units/${b.unitIds[i]}/owners`, { ownerId: owner, share: '100', startDate: '2020-01-01' });
    }
  });
  afterAll(() => api.close());

  it('opens funds with a checked IBAN, and refuses a bad check, a duplicate name and other roles', async () => {
    const url = `/buildings/${b.buildingId}/funds`;
    const res = await syndic.request('POST', url, { kind: 'working_capital', name: 'Fonds de roulement', iban: IBAN });
    expect(res.statusCode).toBe(201);
    const fund = res.json() as { id: string; iban: string; ibanFormatted: string; balanceCents: number };
    expect(fund).toMatchObject({ iban: 'BE68539007547034', ibanFormatted: 'BE68 5390 0754 7034', balanceCents: 0 });
    fundId = fund.id;
    expectInvalidField(
      await syndic.request('POST', url, { kind: 'reserve', name: 'Réserve', iban: 'BE68 5390 0754 7035' }),
      'iban',
    );
    expectProblem(
      await syndic.request('POST', url, { kind: 'reserve', name: 'fonds de roulement', iban: IBAN }),
      409,
      'DUPLICATE_FUND_NAME',
    );
    expectProblem(await accountant.request('POST', url, { kind: 'reserve', name: 'R', iban: IBAN }), 403, 'FORBIDDEN');
    const list = await board.get<List<{ id: string }>>(url);
    expect(list.data.map((f) => f.id)).toEqual([fundId]);
    expect(list.pagination).toMatchObject({ totalItems: 1 });
  });

  it('splits 562.50 over 250 / 250 / 500 into 140.63 / 140.62 / 281.25 with one OGM per owner', async () => {
    const res = await accountant.request('POST', '/calls', {
      buildingId: b.buildingId,
      fundId,
      title: 'Provisions T1 2026',
      amountCents: 56_250,
      callDate: '2026-01-01',
      dueDate: '2026-01-31',
    });
    expect(res.statusCode).toBe(201);
    call = res.json() as Call;
    expect(res.headers.location).toBe(`/api/v1/calls/${call.id}`);
    expect([a, bb, c].map((o) => itemOf(o).amountCents)).toEqual([14_063, 14_062, 28_125]);
    expect(itemOf(a).unitId).toBe(b.unitIds[0]);
    for (const item of call.items) expect(item.ogm).toMatch(OGM);
    expect(new Set(call.items.map((i) => i.ogm)).size).toBe(3);
    // The call is due in the past of the real clock.
    expect(call).toMatchObject({ status: 'overdue', reserveMinimum: null, outstandingCents: 56_250 });
    expect(await board.get(`/calls/${call.id}`)).toMatchObject({ id: call.id, amountCents: 56_250 });
    expectProblem(
      await board.request('POST', '/calls', {
        buildingId: b.buildingId,
        fundId,
        title: 'x',
        amountCents: 1,
        callDate: '2026-01-01',
        dueDate: '2026-01-01',
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses payments that cannot be identified, storing nothing', async () => {
    const before = await syndic.get<List<unknown>>(`/payments?buildingId=${b.buildingId}`);
    const typo = itemOf(a).ogm.replace(/\d(?=\+\+\+$)/, (d) => String((Number(d) + 1) % 10));
    expectProblem(await pay(syndic, { amountCents: 100, ogm: typo }), 400, 'INVALID_OGM');
    const fr = await syndic.request(
      'POST',
      '/payments',
      { buildingId: b.buildingId, paidOn: '2026-01-20', amountCents: 1, ogm: typo },
      { 'accept-language': 'fr' },
    );
    expect((fr.json() as { detail: string }).detail).toContain('communication structurée');
    expectProblem(await pay(syndic, { amountCents: 100, ogm: '+++000/0000/09797+++' }), 422, 'PAYMENT_UNIDENTIFIED');
    expectProblem(await pay(syndic, { amountCents: 100 }), 422, 'PAYMENT_UNIDENTIFIED');
    expectProblem(
      await pay(syndic, { amountCents: 100, ogm: itemOf(a).ogm, ownerId: bb }),
      422,
      'PAYMENT_OWNER_MISMATCH',
    );
    expectProblem(
      await board.request('POST', '/payments', {
        buildingId: b.buildingId,
        paidOn: '2026-01-20',
        amountCents: 1,
        ownerId: a,
      }),
      403,
      'FORBIDDEN',
    );
    const after = await syndic.get<List<unknown>>(`/payments?buildingId=${b.buildingId}`);
    expect(after.pagination.totalItems).toBe(before.pagination.totalItems);
  });

  it('allocates an exact, a partial and an overpaid payment; ledgers and arrears agree to the cent', async () => {
    const exact = (await pay(accountant, { amountCents: 14_063, ogm: itemOf(a).ogm })).json() as Payment;
    expect(exact).toMatchObject({
      allocations: [{ callItemId: itemOf(a).id, amountCents: 14_063 }],
      unallocatedCents: 0,
    });
    const partial = (
      await pay(syndic, { amountCents: 10_000, ogm: itemOf(bb).ogm.replace(/[+/]/g, '') })
    ).json() as Payment;
    expect(partial).toMatchObject({
      allocations: [{ callItemId: itemOf(bb).id, amountCents: 10_000 }],
      unallocatedCents: 0,
    });
    const over = await pay(syndic, { amountCents: 30_000, ownerId: c, paidOn: '2026-01-25' });
    expect(over.statusCode).toBe(201);
    expect(over.json()).toMatchObject({
      allocations: [{ callItemId: itemOf(c).id, amountCents: 28_125 }],
      unallocatedCents: 1_875,
    });

    const read = await syndic.get<Call>(`/calls/${call.id}`);
    expect(read).toMatchObject({ paidCents: 52_188, outstandingCents: 4_062, status: 'overdue' });

    const ledgerB = await syndic.get<Ledger>(`/owners/${bb}/ledger?buildingId=${b.buildingId}&to=2026-12-31`);
    expect(ledgerB.lines.map((l) => [l.date, l.kind, l.debitCents, l.creditCents, l.balanceCents])).toEqual([
      ['2026-01-01', 'call', 14_062, 0, 14_062],
      ['2026-01-20', 'payment', 0, 10_000, 4_062],
    ]);
    expect(ledgerB).toMatchObject({ openingBalanceCents: 0, closingBalanceCents: 4_062 });
    expect(ledgerB.balances).toEqual([{ fundId, balanceCents: 4_062 }]);
    const fromLater = await board.get<Ledger>(
      `/owners/${bb}/ledger?buildingId=${b.buildingId}&from=2026-01-10&to=2026-12-31`,
    );
    expect(fromLater).toMatchObject({ openingBalanceCents: 14_062, closingBalanceCents: 4_062 });
    expect(fromLater.lines).toHaveLength(1);

    const ledgerC = await ownerUser.get<Ledger>(`/owners/${c}/ledger?buildingId=${b.buildingId}&to=2026-12-31`);
    expect(ledgerC.closingBalanceCents).toBe(-1_875);
    expect(ledgerC.balances).toEqual([
      { fundId, balanceCents: 0 },
      { fundId: null, balanceCents: -1_875 },
    ]);
    expectProblem(await ownerUser.request('GET', `/owners/${a}/ledger?buildingId=${b.buildingId}`), 404, 'NOT_FOUND');

    const onDue = await syndic.get<Arrears>(`/buildings/${b.buildingId}/arrears?asOf=2026-01-31`);
    expect(onDue.owners).toEqual([]);
    const arrears = await board.get<Arrears>(`/buildings/${b.buildingId}/arrears?asOf=2026-02-15`);
    expect(arrears.owners).toEqual([
      expect.objectContaining({
        ownerId: bb,
        overdueCents: 4_062,
        oldestDueDate: '2026-01-31',
        daysLate: 15,
        lastName: 'Bogaert',
      }),
    ]);
    expect(arrears.totalOverdueCents).toBe(ledgerB.closingBalanceCents);
    const funds = await syndic.get<List<{ balanceCents: number; calledCents: number }>>(
      `/buildings/${b.buildingId}/funds`,
    );
    expect(funds.data[0]).toMatchObject({ calledCents: 56_250, balanceCents: 52_188 });
    expectProblem(await ownerUser.request('GET', `/buildings/${b.buildingId}/arrears`), 403, 'FORBIDDEN');
    expectProblem(await ownerUser.request('GET', '/calls'), 403, 'FORBIDDEN');
  });

  it('cancels a call only while nothing is paid of it', async () => {
    expectProblem(await syndic.request('PUT', `/calls/${call.id}/cancel`), 409, 'CALL_HAS_PAYMENTS');
    const extra = await syndic.post<Call>('/calls', {
      buildingId: b.buildingId,
      fundId,
      title: 'Extra',
      amountCents: 1_000,
      callDate: '2026-02-01',
      dueDate: '2026-02-28',
    });
    const cancelled = await syndic.put<Call>(`/calls/${extra.id}/cancel`);
    expect(cancelled.status).toBe('cancelled');
    expectProblem(await syndic.request('PUT', `/calls/${extra.id}/cancel`), 409, 'CALL_CANCELLED');
    const list = await board.get<List<{ id: string }>>(`/calls?buildingId=${b.buildingId}&status=cancelled`);
    expect(list.data.map((x) => x.id)).toEqual([extra.id]);
    const open = await board.get<List<{ id: string }>>(
      `/calls?buildingId=${b.buildingId}&from=2026-01-01&to=2026-01-31`,
    );
    expect(open.data.map((x) => x.id)).toEqual([call.id]);
  });

  it('shows the reserve minimum: 5 % of 45,000.00 of ordinary charges is 2,250.00', async () => {
    for (const [category, amountCents] of [
      ['cleaning', 3_000_000],
      ['insurance', 1_500_000],
      ['works', 2_000_000],
    ] as const) {
      await syndic.post(
        '/expenses',
        aCreateExpenseRequest(b.buildingId, { category, amountCents, expenseDate: '2025-06-01', vatRate: null }),
      );
    }
    const minimum = await board.get(`/buildings/${b.buildingId}/reserve-minimum?year=2026`);
    expect(minimum).toMatchObject({ year: 2026, previousYearOrdinaryChargesCents: 4_500_000, minimumCents: 225_000 });
    expectInvalidField(await syndic.request('GET', `/buildings/${b.buildingId}/reserve-minimum`), 'year');
    const reserve = await syndic.post<{ id: string }>(`/buildings/${b.buildingId}/funds`, {
      kind: 'reserve',
      name: 'Fonds de réserve',
      iban: 'BE71 0961 2345 6769',
    });
    const reserveCall = await syndic.post<Call>('/calls', {
      buildingId: b.buildingId,
      fundId: reserve.id,
      title: 'Réserve 2026',
      amountCents: 100_000,
      callDate: '2026-03-01',
      dueDate: '2026-03-31',
    });
    expect(reserveCall.reserveMinimum).toMatchObject({
      minimumCents: 225_000,
      calledCents: 100_000,
      shortfallCents: 125_000,
      belowMinimum: true,
    });
  });

  it('refuses a call when the registry is incomplete on its date, and writes in closed books', async () => {
    const half = await aBuildingWithUnits(syndic, [400, 600]);
    await syndic.post(`/units/${half.unitIds[0]}/owners`, { ownerId: a, share: '100', startDate: '2020-01-01' });
    const f = await syndic.post<{ id: string }>(`/buildings/${half.buildingId}/funds`, {
      kind: 'working_capital',
      name: 'FR',
      iban: IBAN,
    });
    const body = {
      buildingId: half.buildingId,
      fundId: f.id,
      title: 'T1',
      amountCents: 1_000,
      callDate: '2026-01-01',
      dueDate: '2026-01-31',
    };
    expectProblem(await syndic.request('POST', '/calls', body), 422, 'REGISTRY_INCOMPLETE');
    expectProblem(await syndic.request('POST', '/calls', { ...body, fundId }), 404, 'NOT_FOUND');

    await syndic.post(`/buildings/${b.buildingId}/closings`, { until: '2026-01-15' });
    expectProblem(
      await syndic.request('POST', '/calls', {
        buildingId: b.buildingId,
        fundId,
        title: 'Late',
        amountCents: 100,
        callDate: '2026-01-10',
        dueDate: '2026-01-31',
      }),
      409,
      'PERIOD_CLOSED',
    );
    expectProblem(await pay(syndic, { amountCents: 100, ownerId: a, paidOn: '2026-01-10' }), 409, 'PERIOD_CLOSED');
  });

  it("answers 404 to another organization's token on every route", async () => {
    const owner = `/owners/${a}/ledger?buildingId=${b.buildingId}`;
    await expectEachRoute(
      stranger,
      [
        ['GET', `/buildings/${b.buildingId}/funds`],
        ['POST', `/buildings/${b.buildingId}/funds`, { kind: 'reserve', name: 'Stolen', iban: IBAN }],
        ['GET', `/buildings/${b.buildingId}/reserve-minimum?year=2026`],
        ['GET', `/buildings/${b.buildingId}/arrears`],
        ['GET', `/calls/${call.id}`],
        ['PUT', `/calls/${call.id}/cancel`],
        ['GET', `/calls?buildingId=${b.buildingId}`],
        [
          'POST',
          '/calls',
          {
            buildingId: b.buildingId,
            fundId,
            title: 'x',
            amountCents: 1,
            callDate: '2026-06-01',
            dueDate: '2026-06-30',
          },
        ],
        ['POST', '/payments', { buildingId: b.buildingId, amountCents: 1, paidOn: '2026-06-01', ownerId: a }],
        ['GET', `/payments?buildingId=${b.buildingId}`],
        ['GET', owner],
      ],
      404,
      'NOT_FOUND',
    );
  });
});
