import { randomUUID } from 'node:crypto';
import { aCreateExpenseRequest, anUpdateExpenseRequest, invalidExpenseRequests } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectInvalidField, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Json = Record<string, unknown> & { id: string };
type Page = { data: Json[]; pagination: Record<string, number | boolean> };

describe('expenses', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let accountant: TenantSession;
  let board: TenantSession;
  let ownerUser: TenantSession;
  let other: TenantSession;
  // Building 1: U1 333 (alice 100 %), U2 333 (bob 60 % / carol 40 %), U3 334 (bob). Building 2: 3 × 300 of 1000.
  let b1: { buildingId: string; unitIds: string[] };
  let b2: { buildingId: string; unitIds: string[] };
  let alice: string;
  let bob: string;
  let carol: string;

  const own = (unitId: string, ownerId: string, share: string) =>
    syndic.post(`/units/${unitId}/owners`, { ownerId, share, startDate: '2020-01-01' });
  const create = (session: TenantSession, overrides: Record<string, unknown> = {}) =>
    session.post<Json>('/expenses', aCreateExpenseRequest(b1.buildingId, overrides));

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    [accountant, board, ownerUser] = await Promise.all([
      syndic.as('accountant'),
      syndic.as('board_member'),
      syndic.as('owner'),
    ]);
    b1 = await aBuildingWithUnits(syndic, [333, 333, 334]);
    b2 = await aBuildingWithUnits(syndic, [300, 300, 300]);
    alice = await anOwner(syndic, { userId: ownerUser.userId });
    bob = await anOwner(syndic);
    carol = await anOwner(syndic);
    await own(b1.unitIds[0]!, alice, '100');
    await own(b1.unitIds[1]!, bob, '60');
    await own(b1.unitIds[1]!, carol, '40');
    await own(b1.unitIds[2]!, bob, '100');
    await own(b2.unitIds[0]!, carol, '100');
  });
  afterAll(() => api.close());

  describe('create and read', () => {
    it('records a pending expense with a Location header, the default account and its VAT', async () => {
      const res = await accountant.request('POST', '/expenses', aCreateExpenseRequest(b1.buildingId));
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(res.headers.location).toBe(`/api/v1/expenses/${created.id}`);
      expect(created).toMatchObject({
        buildingId: b1.buildingId,
        category: 'cleaning',
        amountCents: 121_000,
        vatRate: 21,
        vatCents: 21_000,
        accountCode: '610200',
        status: 'pending',
        paidAt: null,
      });
      expect(await board.get(`/expenses/${created.id}`)).toEqual(created);
    });

    it('keeps an explicit account of the chart and accepts an expense without VAT or due date', async () => {
      const created = await create(syndic, {
        accountCode: '614000',
        vatRate: undefined,
        dueDate: undefined,
        supplier: undefined,
      });
      expect(created).toMatchObject({
        category: 'cleaning',
        accountCode: '614000',
        vatRate: null,
        vatCents: null,
        dueDate: null,
        supplier: null,
      });
    });

    it('refuses a well-formed class-6 account missing from the chart (422)', async () => {
      const res = await syndic.request(
        'POST',
        '/expenses',
        aCreateExpenseRequest(b1.buildingId, { accountCode: '615500' }),
      );
      expectProblem(res, 422, 'UNKNOWN_ACCOUNT_CODE');
      const created = await create(syndic);
      const put = await syndic.request(
        'PUT',
        `/expenses/${created.id}`,
        anUpdateExpenseRequest({ accountCode: '615500' }),
      );
      expectProblem(put, 422, 'UNKNOWN_ACCOUNT_CODE');
    });

    it("books on any charge account of the co-ownership chart or a sub-account of the organization's", async () => {
      const onChart = await syndic.post<{ accountCode: string }>(
        '/expenses',
        aCreateExpenseRequest(b1.buildingId, { category: 'other', accountCode: '65' }),
      );
      expect(onChart.accountCode).toBe('65');
      await syndic.post('/accounting/chart/accounts', {
        code: '6100001',
        parentCode: '610000',
        labelFr: 'Entretien ascenseur',
        labelNl: 'Onderhoud lift',
      });
      const onSub = await syndic.post<{ accountCode: string; paidFromReserve: boolean }>(
        '/expenses',
        aCreateExpenseRequest(b1.buildingId, { accountCode: '6100001' }),
      );
      expect(onSub).toMatchObject({ accountCode: '6100001', paidFromReserve: false });
      // Another organization's sub-account is not in this one's chart.
      const theirs = await aBuildingWithUnits(other, [1000]);
      expectProblem(
        await other.request('POST', '/expenses', aCreateExpenseRequest(theirs.buildingId, { accountCode: '6100001' })),
        422,
        'UNKNOWN_ACCOUNT_CODE',
      );
    });

    it.each(Object.entries(invalidExpenseRequests))(
      'refuses %s with 400 naming the field',
      async (_name, { body, field }) => {
        const res = await syndic.request('POST', '/expenses', { ...aCreateExpenseRequest(b1.buildingId), ...body });
        expectInvalidField(res, field);
      },
    );

    it('refuses a float amount of 10.5 cents', async () => {
      expectInvalidField(
        await syndic.request('POST', '/expenses', aCreateExpenseRequest(b1.buildingId, { amountCents: 10.5 })),
        'amountCents',
      );
    });

    it('answers 404 for an unknown building or another organization building', async () => {
      expectProblem(await syndic.request('POST', '/expenses', aCreateExpenseRequest(randomUUID())), 404, 'NOT_FOUND');
      const foreign = await aBuildingWithUnits(other, [1000]);
      expectProblem(
        await syndic.request('POST', '/expenses', aCreateExpenseRequest(foreign.buildingId)),
        404,
        'NOT_FOUND',
      );
    });

    it('answers 400 for a bad id and 404 for an unknown one', async () => {
      expectInvalidField(await syndic.request('GET', '/expenses/not-a-uuid'), 'id');
      expectProblem(await syndic.request('GET', `/expenses/${randomUUID()}`), 404, 'NOT_FOUND');
    });
  });

  describe('lists', () => {
    let b3: string;
    beforeAll(async () => {
      b3 = (await aBuildingWithUnits(syndic, [1000])).buildingId;
      const add = (overrides: Record<string, unknown>) =>
        syndic.post('/expenses', aCreateExpenseRequest(b3, overrides));
      await add({ expenseDate: '2025-01-10', dueDate: '2025-02-10', amountCents: 500, category: 'insurance' });
      await add({ expenseDate: '2025-03-01', dueDate: '2099-01-01', amountCents: 300 });
      await add({ expenseDate: '2025-03-31', dueDate: null, amountCents: 900 });
      await add({ expenseDate: '2025-06-15', dueDate: '2025-06-30', amountCents: 100, category: 'works' });
    });
    const dates = (page: Page) => page.data.map((e) => e.expenseDate);

    it('pages by expense date, newest first, with the pagination block', async () => {
      const page = await syndic.get<Page>(`/buildings/${b3}/expenses?perPage=3`);
      expect(dates(page)).toEqual(['2025-06-15', '2025-03-31', '2025-03-01']);
      expect(page.pagination).toEqual({
        page: 1,
        perPage: 3,
        totalItems: 4,
        totalPages: 2,
        hasNext: true,
        hasPrevious: false,
      });
      const second = await syndic.get<Page>(`/buildings/${b3}/expenses?perPage=3&page=2`);
      expect(dates(second)).toEqual(['2025-01-10']);
    });

    it('sorts by amount and by creation date', async () => {
      const byAmount = await syndic.get<Page>(`/expenses?buildingId=${b3}&sort=amountCents&order=asc`);
      expect(byAmount.data.map((e) => e.amountCents)).toEqual([100, 300, 500, 900]);
      const byCreation = await syndic.get<Page>(`/expenses?buildingId=${b3}&sort=createdAt&order=asc`);
      expect(dates(byCreation)).toEqual(['2025-01-10', '2025-03-01', '2025-03-31', '2025-06-15']);
    });

    it('filters by category and by an inclusive period', async () => {
      expect(dates(await syndic.get<Page>(`/expenses?buildingId=${b3}&category=insurance`))).toEqual(['2025-01-10']);
      expect(dates(await syndic.get<Page>(`/buildings/${b3}/expenses?from=2025-03-01&to=2025-03-31`))).toEqual([
        '2025-03-31',
        '2025-03-01',
      ]);
    });

    it('derives overdue in the query: filter, count and status agree', async () => {
      const overdue = await syndic.get<Page>(`/buildings/${b3}/expenses?status=overdue`);
      expect(dates(overdue)).toEqual(['2025-06-15', '2025-01-10']);
      expect(overdue.data.every((e) => e.status === 'overdue')).toBe(true);
      expect(overdue.pagination.totalItems).toBe(2);
      const pending = await syndic.get<Page>(`/buildings/${b3}/expenses?status=pending`);
      expect(dates(pending)).toEqual(['2025-03-31', '2025-03-01']);
    });

    it('filters paid and cancelled', async () => {
      const [first] = (await syndic.get<Page>(`/buildings/${b3}/expenses?category=works`)).data;
      await syndic.put(`/expenses/${first!.id}/mark-paid`, {});
      expect(dates(await syndic.get<Page>(`/buildings/${b3}/expenses?status=paid`))).toEqual(['2025-06-15']);
      expect((await syndic.get<Page>(`/buildings/${b3}/expenses?status=cancelled`)).data).toEqual([]);
    });

    it.each([
      ['sort=description', 'sort'],
      ['order=up', 'order'],
      ['perPage=101', 'perPage'],
      ['status=late', 'status'],
      ['category=party', 'category'],
      ['from=2025-13-01', 'from'],
      ['from=2025-06-01&to=2025-05-01', 'to'],
      ['buildingId=nope', 'buildingId'],
      ['organizationId=x', 'organizationId'],
    ])('refuses ?%s', async (query, field) => {
      expectInvalidField(await syndic.request('GET', `/expenses?${query}`), field);
    });

    it('answers an empty list with totalPages 0, and 404 for an unknown building', async () => {
      const empty = await syndic.get<Page>(`/expenses?buildingId=${b3}&from=2030-01-01`);
      expect(empty.pagination).toMatchObject({ totalItems: 0, totalPages: 0, hasNext: false, hasPrevious: false });
      expectProblem(await syndic.request('GET', `/buildings/${randomUUID()}/expenses`), 404, 'NOT_FOUND');
    });
  });

  describe('edits and status changes', () => {
    it('replaces the editable fields of a pending expense', async () => {
      const created = await create(accountant);
      const body = anUpdateExpenseRequest({
        category: 'repairs',
        amountCents: 10_600,
        vatRate: 6,
        dueDate: null,
        supplier: null,
      });
      const updated = await accountant.put(`/expenses/${created.id}`, body);
      expect(updated).toMatchObject({
        category: 'repairs',
        accountCode: '610100',
        amountCents: 10_600,
        vatCents: 600,
        dueDate: null,
        supplier: null,
      });
      expect(updated.createdAt).toBe(created.createdAt);
    });

    it('refuses a buildingId, bad fields and unknown fields in a PUT', async () => {
      const created = await create(syndic);
      expectInvalidField(
        await syndic.request('PUT', `/expenses/${created.id}`, {
          ...anUpdateExpenseRequest(),
          buildingId: b2.buildingId,
        }),
        'buildingId',
      );
      expectInvalidField(
        await syndic.request('PUT', `/expenses/${created.id}`, anUpdateExpenseRequest({ amountCents: 10.5 })),
        'amountCents',
      );
      expectInvalidField(
        await syndic.request('PUT', `/expenses/${created.id}`, anUpdateExpenseRequest({ expenseDate: 'yesterday' })),
        'expenseDate',
      );
    });

    it('marks paid once: then no edit, delete, cancel or second payment (409 EXPENSE_ALREADY_PAID)', async () => {
      const created = await create(syndic);
      const paid = await accountant.put(`/expenses/${created.id}/mark-paid`, { paidAt: '2026-03-15T10:00:00.000Z' });
      expect(paid).toMatchObject({ status: 'paid', paidAt: '2026-03-15T10:00:00.000Z' });
      expectProblem(await syndic.request('PUT', `/expenses/${created.id}/mark-paid`, {}), 409, 'EXPENSE_ALREADY_PAID');
      expectProblem(
        await syndic.request('PUT', `/expenses/${created.id}`, anUpdateExpenseRequest()),
        409,
        'EXPENSE_ALREADY_PAID',
      );
      expectProblem(await syndic.request('DELETE', `/expenses/${created.id}`), 409, 'EXPENSE_ALREADY_PAID');
      expectProblem(await syndic.request('PUT', `/expenses/${created.id}/cancel`), 409, 'EXPENSE_ALREADY_PAID');
    });

    it('marks paid now by default and refuses a payment in the future or malformed', async () => {
      const created = await create(syndic);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      expectInvalidField(
        await syndic.request('PUT', `/expenses/${created.id}/mark-paid`, { paidAt: tomorrow }),
        'paidAt',
      );
      expectInvalidField(
        await syndic.request('PUT', `/expenses/${created.id}/mark-paid`, { paidAt: 'soon' }),
        'paidAt',
      );
      const before = Date.now();
      const paid = await syndic.put(`/expenses/${created.id}/mark-paid`);
      expect(Date.parse(paid.paidAt as string)).toBeGreaterThanOrEqual(before - 1000);
    });

    it('cancels a pending expense: then no edit, payment or delete (409 EXPENSE_CANCELLED)', async () => {
      const created = await create(syndic);
      expect(await syndic.put(`/expenses/${created.id}/cancel`)).toMatchObject({ status: 'cancelled' });
      expectProblem(await syndic.request('PUT', `/expenses/${created.id}/cancel`), 409, 'EXPENSE_CANCELLED');
      expectProblem(await syndic.request('PUT', `/expenses/${created.id}/mark-paid`, {}), 409, 'EXPENSE_CANCELLED');
      expectProblem(
        await syndic.request('PUT', `/expenses/${created.id}`, anUpdateExpenseRequest()),
        409,
        'EXPENSE_CANCELLED',
      );
      expectProblem(await syndic.request('DELETE', `/expenses/${created.id}`), 409, 'EXPENSE_CANCELLED');
    });

    it('deletes a pending expense', async () => {
      const created = await create(accountant);
      expect((await accountant.request('DELETE', `/expenses/${created.id}`)).statusCode).toBe(204);
      expectProblem(await syndic.request('GET', `/expenses/${created.id}`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('DELETE', `/expenses/${created.id}`), 404, 'NOT_FOUND');
    });
  });

  describe('distribution', () => {
    it('splits 1,000.00 EUR over 333/333/334 exactly, and a unit owned 60/40 inside it', async () => {
      const expense = await create(syndic, { amountCents: 100_000, expenseDate: '2026-01-15' });
      const distribution = await board.get(`/expenses/${expense.id}/distribution`);
      expect(distribution).toEqual({
        expenseId: expense.id,
        amountCents: 100_000,
        units: [
          {
            unitId: b1.unitIds[0],
            unitNumber: 'U1',
            quota: 333,
            amountCents: 33_300,
            owners: [{ ownerId: alice, share: '100.0000', amountCents: 33_300 }],
          },
          {
            unitId: b1.unitIds[1],
            unitNumber: 'U2',
            quota: 333,
            amountCents: 33_300,
            owners: [
              { ownerId: bob, share: '60.0000', amountCents: 19_980 },
              { ownerId: carol, share: '40.0000', amountCents: 13_320 },
            ].sort((a, b) => (a.ownerId < b.ownerId ? -1 : 1)),
          },
          {
            unitId: b1.unitIds[2],
            unitNumber: 'U3',
            quota: 334,
            amountCents: 33_400,
            owners: [{ ownerId: bob, share: '100.0000', amountCents: 33_400 }],
          },
        ],
      });
    });

    it('refuses (422 REGISTRY_INCOMPLETE) quotas of 900 of 1000 and units not fully owned, one error per gap', async () => {
      const expense = await syndic.post<Json>(
        '/expenses',
        aCreateExpenseRequest(b2.buildingId, { amountCents: 100_000, expenseDate: '2026-08-01' }),
      );
      const res = await syndic.request('GET', `/expenses/${expense.id}/distribution`);
      expectProblem(res, 422, 'REGISTRY_INCOMPLETE');
      expect(res.json().errors).toEqual([
        { field: 'quotas', message: "On 2026-08-01 the units' quotas add up to 900 of 1000" },
        { field: 'units.U2.owners', message: 'On 2026-08-01 unit U2 is owned 0.0000 %' },
        { field: 'units.U3.owners', message: 'On 2026-08-01 unit U3 is owned 0.0000 %' },
      ]);
      const fr = await syndic.request('GET', `/expenses/${expense.id}/distribution`, undefined, {
        'accept-language': 'fr',
      });
      expect(fr.json().errors[0]).toEqual({
        field: 'quotas',
        message: 'Le 2026-08-01, les quotités des lots totalisent 900 sur 1000',
      });
      for (const url of [`/buildings/${b2.buildingId}/charges`, `/owners/${carol}/statement?from=2026-08-01`]) {
        expectProblem(await syndic.request('GET', url), 422, 'REGISTRY_INCOMPLETE');
      }
      await syndic.request('DELETE', `/expenses/${expense.id}`);
    });

    it('refuses a date before anyone owned the units, and accepts the expense itself', async () => {
      const expense = await create(syndic, { expenseDate: '2019-12-31', dueDate: null });
      const res = await syndic.request('GET', `/expenses/${expense.id}/distribution`);
      expectProblem(res, 422, 'REGISTRY_INCOMPLETE');
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'units.U1.owners',
        'units.U2.owners',
        'units.U3.owners',
      ]);
      expect((await syndic.request('DELETE', `/expenses/${expense.id}`)).statusCode).toBe(204);
    });

    it('splits a credit note into negative parts, the mirror of the invoice', async () => {
      const credit = await create(syndic, { amountCents: -100_000, expenseDate: '2026-01-16', vatRate: 21 });
      expect(credit).toMatchObject({ amountCents: -100_000, vatCents: -17_355, keyId: null });
      const distribution = await board.get<{
        units: Array<{ amountCents: number; owners: Array<{ amountCents: number }> }>;
      }>(`/expenses/${credit.id}/distribution`);
      expect(distribution.units.map((u) => u.amountCents)).toEqual([-33_300, -33_300, -33_400]);
      expect(distribution.units[1]!.owners.map((o) => o.amountCents).sort()).toEqual([-13_320, -19_980].sort());
      await syndic.request('DELETE', `/expenses/${credit.id}`);
    });
  });

  describe('statements and building charges', () => {
    let b4: { buildingId: string; unitIds: string[] };
    let dan: string;
    let eve: string;
    beforeAll(async () => {
      b4 = await aBuildingWithUnits(syndic, [600, 400]);
      dan = await anOwner(syndic);
      eve = await anOwner(syndic);
      await own(b4.unitIds[0]!, dan, '100');
      await own(b4.unitIds[1]!, dan, '50');
      await own(b4.unitIds[1]!, eve, '50');
      const add = (overrides: Record<string, unknown>) =>
        syndic.post<Json>('/expenses', aCreateExpenseRequest(b4.buildingId, overrides));
      await add({ expenseDate: '2025-02-01', amountCents: 100_001, category: 'insurance' });
      await add({ expenseDate: '2025-05-01', amountCents: 50_000, category: 'cleaning' });
      await add({ expenseDate: '2025-12-31', amountCents: 20_000, category: 'cleaning' });
      const cancelled = await add({ expenseDate: '2025-06-01', amountCents: 99_999 });
      await syndic.put(`/expenses/${cancelled.id}/cancel`);
      await add({ expenseDate: '2026-01-01', amountCents: 70_000 });
    });

    it("totals an owner's share per category and overall, cancelled expenses left out", async () => {
      const statement = await accountant.get<{
        lines: Array<Record<string, unknown>>;
        totalsByCategory: unknown;
        totalCents: number;
      }>(`/owners/${eve}/statement?from=2025-01-01&to=2025-12-31`);
      // U2 (400): 400.00 (100,001 × 0.4 = 40,000.4 → 40,000), 200.00, 80.00; eve holds half of each
      expect(statement.lines.map((l) => [l.date, l.unitNumber, l.category, l.share, l.amountCents, l.status])).toEqual([
        ['2025-02-01', 'U2', 'insurance', '50.0000', 20_000, 'pending'],
        ['2025-05-01', 'U2', 'cleaning', '50.0000', 10_000, 'pending'],
        ['2025-12-31', 'U2', 'cleaning', '50.0000', 4_000, 'pending'],
      ]);
      expect(statement.totalsByCategory).toEqual([
        { category: 'cleaning', amountCents: 14_000 },
        { category: 'insurance', amountCents: 20_000 },
      ]);
      expect(statement).toMatchObject({ ownerId: eve, from: '2025-01-01', to: '2025-12-31', totalCents: 34_000 });
    });

    it('gives an owner of two units a line per unit', async () => {
      const statement = await syndic.get<{ lines: unknown[]; totalCents: number }>(
        `/owners/${dan}/statement?from=2025-02-01&to=2025-02-01`,
      );
      // U1: 600.01 (60,000.6 → 60,001), U2: 400.00 → dan's half 200.00
      expect(statement.lines).toHaveLength(2);
      expect(statement.totalCents).toBe(60_001 + 20_000);
    });

    it('totals per unit and per owner over the period', async () => {
      const charges = await board.get(`/buildings/${b4.buildingId}/charges?from=2025-01-01&to=2025-12-31`);
      expect(charges).toMatchObject({
        buildingId: b4.buildingId,
        expenseCount: 3,
        totalCents: 170_001,
      });
      expect(charges.units).toEqual([
        {
          unitId: b4.unitIds[0],
          unitNumber: 'U1',
          quota: 600,
          amountCents: 102_001,
          owners: [{ ownerId: dan, amountCents: 102_001 }],
        },
        {
          unitId: b4.unitIds[1],
          unitNumber: 'U2',
          quota: 400,
          amountCents: 68_000,
          owners: [
            { ownerId: dan, amountCents: 34_000 },
            { ownerId: eve, amountCents: 34_000 },
          ].sort((a, b) => (a.ownerId < b.ownerId ? -1 : 1)),
        },
      ]);
      const open = await syndic.get<{ expenseCount: number; from: null }>(`/buildings/${b4.buildingId}/charges`);
      expect(open).toMatchObject({ expenseCount: 4, from: null, to: null });
    });

    it('refuses bad periods and answers 404 for unknown owners and buildings', async () => {
      expectInvalidField(await syndic.request('GET', `/owners/${eve}/statement?from=2025-12-31&to=2025-01-01`), 'to');
      expectInvalidField(await syndic.request('GET', `/buildings/${b4.buildingId}/charges?from=31-12-2025`), 'from');
      expectProblem(await syndic.request('GET', `/owners/${randomUUID()}/statement`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('GET', `/buildings/${randomUUID()}/charges`), 404, 'NOT_FOUND');
    });
  });

  describe('roles', () => {
    it('lets board members and owners read but not write (403)', async () => {
      const expense = await create(syndic);
      for (const reader of [board, ownerUser]) {
        expect((await reader.request('GET', `/expenses/${expense.id}`)).statusCode).toBe(200);
        expectProblem(
          await reader.request('POST', '/expenses', aCreateExpenseRequest(b1.buildingId)),
          403,
          'FORBIDDEN',
        );
        expectProblem(
          await reader.request('PUT', `/expenses/${expense.id}`, anUpdateExpenseRequest()),
          403,
          'FORBIDDEN',
        );
        expectProblem(await reader.request('DELETE', `/expenses/${expense.id}`), 403, 'FORBIDDEN');
        expectProblem(await reader.request('PUT', `/expenses/${expense.id}/mark-paid`, {}), 403, 'FORBIDDEN');
        expectProblem(await reader.request('PUT', `/expenses/${expense.id}/cancel`), 403, 'FORBIDDEN');
      }
    });

    it('shows an owner only the buildings where it holds a share, and only its own statement', async () => {
      const hidden = await syndic.post<Json>('/expenses', aCreateExpenseRequest(b2.buildingId));
      const list = await ownerUser.get<Page>('/expenses?perPage=100');
      expect(list.data.length).toBeGreaterThan(0);
      expect(list.data.every((e) => e.buildingId === b1.buildingId)).toBe(true);
      expect((await ownerUser.get<Page>(`/expenses?buildingId=${b2.buildingId}`)).data).toEqual([]);
      for (const url of [
        `/expenses/${hidden.id}`,
        `/expenses/${hidden.id}/distribution`,
        `/buildings/${b2.buildingId}/expenses`,
        `/buildings/${b2.buildingId}/charges`,
        `/owners/${bob}/statement`,
      ]) {
        expectProblem(await ownerUser.request('GET', url), 404, 'NOT_FOUND');
      }
      expect((await ownerUser.get(`/owners/${alice}/statement`)).ownerId).toBe(alice);
      expect((await ownerUser.get(`/buildings/${b1.buildingId}/charges`)).buildingId).toBe(b1.buildingId);
    });

    it('refuses the platform superadmin, who reads no building data', async () => {
      const admin = await TenantSession.superadmin(api.app);
      expect((await admin.request('GET', '/expenses')).statusCode).toBe(403);
    });
  });

  describe('another organization', () => {
    it('answers 404 on every route and lists nothing', async () => {
      const expense = await create(syndic);
      const id = expense.id;
      const routes: Array<[method: 'GET' | 'PUT' | 'DELETE', url: string, body?: unknown]> = [
        ['GET', `/expenses/${id}`],
        ['PUT', `/expenses/${id}`, anUpdateExpenseRequest()],
        ['DELETE', `/expenses/${id}`],
        ['PUT', `/expenses/${id}/mark-paid`, {}],
        ['PUT', `/expenses/${id}/cancel`, {}],
        ['GET', `/expenses/${id}/distribution`],
        ['GET', `/buildings/${b1.buildingId}/expenses`],
        ['GET', `/buildings/${b1.buildingId}/charges`],
        ['GET', `/owners/${bob}/statement`],
      ];
      for (const [method, url, body] of routes) {
        const res = await other.request(method, url, body);
        expect({ url, method, status: res.statusCode }).toEqual({ url, method, status: 404 });
        expect(res.body).not.toContain(syndic.organizationId);
      }
      expect((await other.get<Page>(`/expenses?buildingId=${b1.buildingId}`)).data).toEqual([]);
      expect(await syndic.get(`/expenses/${id}`)).toMatchObject({ status: 'pending' });
    });
  });
});
