import { randomUUID } from 'node:crypto';
import { aCreateExpenseRequest, anUpdateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectInvalidField, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Json = Record<string, unknown> & { id: string };

describe('closed periods (POST, GET /buildings/:id/closings)', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let accountant: TenantSession;
  let board: TenantSession;
  let other: TenantSession;

  const close = (session: TenantSession, buildingId: string, body: Record<string, unknown>) =>
    session.request('POST', `/buildings/${buildingId}/closings`, body);
  const aClosedBuilding = async (until = '2025-12-31') => {
    const building = await aBuildingWithUnits(syndic, [600, 400]);
    return {
      ...building,
      expense: await syndic.post<Json>('/expenses', expenseOn(building.buildingId, '2025-06-30')),
      until,
    };
  };
  const expenseOn = (buildingId: string, expenseDate: string) =>
    aCreateExpenseRequest(buildingId, { expenseDate, dueDate: undefined });

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    [accountant, board] = await Promise.all([syndic.as('accountant'), syndic.as('board_member')]);
  });
  afterAll(() => api.close());

  describe('closing and reading', () => {
    it('closes the books (syndic, then accountant), lists them newest first and shows closedUntil', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [1000]);
      expect((await syndic.get(`/buildings/${buildingId}`)).closedUntil).toBeNull();
      const first = await syndic.post(`/buildings/${buildingId}/closings`, {
        until: '2024-12-31',
        note: 'AGO 2025-03-15, résolution 2',
      });
      expect(first).toMatchObject({
        buildingId,
        until: '2024-12-31',
        closedBy: syndic.userId,
        note: 'AGO 2025-03-15, résolution 2',
      });
      await accountant.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });
      const list = await board.get<{ data: Json[]; pagination: Record<string, unknown> }>(
        `/buildings/${buildingId}/closings`,
      );
      expect(list.data.map((c) => c.until)).toEqual(['2025-12-31', '2024-12-31']);
      expect(list.pagination).toMatchObject({ page: 1, totalItems: 2 });
      expect((await board.get(`/buildings/${buildingId}`)).closedUntil).toBe('2025-12-31');
      const listed = await syndic.get<{ data: Json[] }>('/buildings?perPage=100');
      expect(listed.data.find((b) => b.id === buildingId)?.closedUntil).toBe('2025-12-31');
    });

    it('refuses a closing not after the last one (409) or after today (422), changing nothing', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [1000]);
      await syndic.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });
      const same = expectProblem(
        await close(syndic, buildingId, { until: '2025-12-31' }),
        409,
        'CLOSING_NOT_AFTER_LAST',
      );
      expect(same.detail).toContain('2025-12-31');
      expectProblem(await close(syndic, buildingId, { until: '2024-12-31' }), 409, 'CLOSING_NOT_AFTER_LAST');
      expectProblem(await close(syndic, buildingId, { until: '2999-12-31' }), 422, 'CLOSING_IN_FUTURE');
      expect((await syndic.get<{ data: Json[] }>(`/buildings/${buildingId}/closings`)).data).toHaveLength(1);
    });

    it('answers 400 for a bad until, a bad note, an unknown field or a bad id', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [1000]);
      expectInvalidField(await close(syndic, buildingId, {}), 'until');
      expectInvalidField(await close(syndic, buildingId, { until: '2025-02-30' }), 'until');
      expectInvalidField(await close(syndic, buildingId, { until: '31/12/2025' }), 'until');
      expectInvalidField(await close(syndic, buildingId, { until: '2025-12-31', note: 'x'.repeat(501) }), 'note');
      expectInvalidField(
        await close(syndic, buildingId, { until: '2025-12-31', organizationId: randomUUID() }),
        'organizationId',
      );
      expectInvalidField(await close(syndic, 'not-a-uuid', { until: '2025-12-31' }), 'id');
      expectInvalidField(await syndic.request('GET', `/buildings/${buildingId}/closings?perPage=0`), 'perPage');
      expect((await syndic.get(`/buildings/${buildingId}`)).closedUntil).toBeNull();
    });

    it("answers 404 for another organization's building on both routes, and for an unknown one", async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [1000]);
      expectProblem(await close(other, buildingId, { until: '2025-12-31' }), 404, 'NOT_FOUND');
      expectProblem(await other.request('GET', `/buildings/${buildingId}/closings`), 404, 'NOT_FOUND');
      expectProblem(await close(syndic, randomUUID(), { until: '2025-12-31' }), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('GET', `/buildings/${randomUUID()}/closings`), 404, 'NOT_FOUND');
      expect((await syndic.get(`/buildings/${buildingId}`)).closedUntil).toBeNull();
    });

    it('lets only syndics and accountants close (403 for the others)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [1000]);
      expectProblem(await close(board, buildingId, { until: '2025-12-31' }), 403, 'FORBIDDEN');
      expectProblem(await close(await syndic.as('owner'), buildingId, { until: '2025-12-31' }), 403, 'FORBIDDEN');
    });

    it('keeps a building with closed books from being deleted (409)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, []);
      await syndic.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });
      expectProblem(await syndic.request('DELETE', `/buildings/${buildingId}`), 409, 'BUILDING_HAS_CLOSINGS');
    });
  });

  describe('expenses dated in closed books', () => {
    it('refuses recording, editing, moving, cancelling and deleting them with 409 PERIOD_CLOSED, changing nothing', async () => {
      const { buildingId, expense } = await aClosedBuilding();
      await syndic.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });
      const refused = expectProblem(
        await syndic.request('POST', '/expenses', expenseOn(buildingId, '2025-12-31')),
        409,
        'PERIOD_CLOSED',
      );
      expect(refused.detail).toContain('2025-12-31');
      const frenchDetail = expectProblem(
        await syndic.request('POST', '/expenses', expenseOn(buildingId, '2025-01-10'), { 'accept-language': 'fr' }),
        409,
        'PERIOD_CLOSED',
      ).detail;
      expect(frenchDetail).toBe(
        "Les comptes sont clôturés jusqu'au 2025-12-31 : une écriture datée du 2025-01-10 est refusée",
      );
      const url = `/expenses/${expense.id}`;
      expectProblem(
        await syndic.request('PUT', url, anUpdateExpenseRequest({ expenseDate: '2025-06-30', dueDate: undefined })),
        409,
        'PERIOD_CLOSED',
      );
      expectProblem(
        await syndic.request('PUT', url, anUpdateExpenseRequest({ expenseDate: '2026-01-05', dueDate: undefined })),
        409,
        'PERIOD_CLOSED',
      );
      expectProblem(await accountant.request('PUT', `${url}/cancel`), 409, 'PERIOD_CLOSED');
      expectProblem(await syndic.request('DELETE', url), 409, 'PERIOD_CLOSED');
      expect(await syndic.get(url)).toEqual(expense);
      const expenses = await syndic.get<{ data: Json[] }>(`/buildings/${buildingId}/expenses`);
      expect(expenses.data.map((e) => e.id)).toEqual([expense.id]);
    });

    it('refuses moving an open expense into closed books, and accepts any write after the closing date', async () => {
      const { buildingId } = await aClosedBuilding();
      await syndic.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });
      const open = await syndic.post<Json>('/expenses', expenseOn(buildingId, '2026-01-01'));
      expectProblem(
        await syndic.request(
          'PUT',
          `/expenses/${open.id}`,
          anUpdateExpenseRequest({ expenseDate: '2025-12-31', dueDate: undefined }),
        ),
        409,
        'PERIOD_CLOSED',
      );
      expect(
        await syndic.put(
          `/expenses/${open.id}`,
          anUpdateExpenseRequest({ expenseDate: '2026-01-02', dueDate: undefined }),
        ),
      ).toMatchObject({ expenseDate: '2026-01-02' });
    });

    it('lets an invoice of a closed year be paid today, but not on a day of the closed books', async () => {
      const { buildingId, expense } = await aClosedBuilding();
      await syndic.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });
      const url = `/expenses/${expense.id}/mark-paid`;
      expectProblem(await accountant.request('PUT', url, { paidAt: '2025-12-20T10:00:00Z' }), 409, 'PERIOD_CLOSED');
      expect(await accountant.put(url, {})).toMatchObject({ status: 'paid' });
    });
  });

  describe('ownerships dated in closed books', () => {
    it('refuses adding, transferring and ending an ownership within closed books with 409 PERIOD_CLOSED', async () => {
      const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [600, 400]);
      const unit = unitIds[0]!;
      const [alice, bob] = [await anOwner(syndic), await anOwner(syndic)];
      await syndic.post(`/units/${unit}/owners`, { ownerId: alice, share: '100', startDate: '2020-01-01' });
      await syndic.post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' });

      const owners = `/units/${unit}/owners`;
      expectProblem(
        await syndic.request('POST', owners, { ownerId: bob, share: '10', startDate: '2025-12-31' }),
        409,
        'PERIOD_CLOSED',
      );
      expectProblem(
        await syndic.request('POST', `${owners}/transfer`, { fromOwnerId: alice, toOwnerId: bob, date: '2025-07-01' }),
        409,
        'PERIOD_CLOSED',
      );
      expectProblem(await syndic.request('DELETE', `${owners}/${alice}?endDate=2025-12-31`), 409, 'PERIOD_CLOSED');
      const history = await syndic.get<{ data: Json[] }>(`${owners}?at=2025-06-01`);
      expect(history.data).toEqual([expect.objectContaining({ ownerId: alice, share: '100.0000', endDate: null })]);

      const sold = await syndic.post(`${owners}/transfer`, { fromOwnerId: alice, toOwnerId: bob, date: '2026-01-01' });
      expect(sold).toMatchObject({ ownerId: bob, startDate: '2026-01-01' });
    });
  });
});
