import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Json = Record<string, unknown> & { id: string };
type Page = { data: Json[]; pagination: { totalItems: number } };
type Report = { totalCents: number; units: Array<{ unitId: string; totalCents: number }> };
type Statement = { lines: Array<{ expenseId: string; amountCents: number }>; totalCents: number };

/**
 * Sam sells his flat U1 to Bea on 2025-07-01 (his last day is 2025-06-30). Olga holds U2 throughout. Expenses of
 * 100.00 (2025-03-01), 200.00 (2025-09-01) and 400.00 (2026-03-01) are split 50/50 over U1 and U2.
 */
describe('what an owner reads of the books over time', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;
  let sam: TenantSession;
  let bea: TenantSession;
  let samId: string;
  let beaId: string;
  let building: { buildingId: string; unitIds: string[] };
  let spring2025: string;
  let autumn2025: string;
  let spring2026: string;

  const pcn = (session: TenantSession, from: string, to: string) =>
    session.request('GET', `/pcn/${building.buildingId}?from=${from}&to=${to}`);
  const ids = (page: Page) => page.data.map((e) => e.id);

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    stranger = await TenantSession.forNewOrganization(api.app);
    [sam, bea] = await Promise.all([syndic.as('owner'), syndic.as('owner')]);
    building = await aBuildingWithUnits(syndic, [500, 500]);
    [samId, beaId] = [await anOwner(syndic, { userId: sam.userId }), await anOwner(syndic, { userId: bea.userId })];
    const olga = await anOwner(syndic);
    const [u1, u2] = building.unitIds as [string, string];
    await syndic.post(`/units/${u1}/owners`, { ownerId: samId, share: '100', startDate: '2020-01-01' });
    await syndic.post(`/units/${u2}/owners`, { ownerId: olga, share: '100', startDate: '2020-01-01' });
    await syndic.post(`/units/${u1}/owners/transfer`, { fromOwnerId: samId, toOwnerId: beaId, date: '2025-07-01' });
    const expense = (expenseDate: string, amountCents: number) =>
      syndic.post<Json>('/expenses', aCreateExpenseRequest(building.buildingId, { expenseDate, amountCents }));
    spring2025 = (await expense('2025-03-01', 10_000)).id;
    autumn2025 = (await expense('2025-09-01', 20_000)).id;
    spring2026 = (await expense('2026-03-01', 40_000)).id;
    // The day of the sale itself already belongs to the buyer.
    await expense('2025-07-01', 1_000);
  });
  afterAll(() => api.close());

  describe('the seller', () => {
    it('lists only the expenses dated while he held his share, everywhere they are listed', async () => {
      expect(ids(await sam.get<Page>('/expenses'))).toEqual([spring2025]);
      expect(ids(await sam.get<Page>(`/buildings/${building.buildingId}/expenses`))).toEqual([spring2025]);
      const page = await sam.get<Page>(`/buildings/${building.buildingId}/expenses?from=2025-07-01`);
      expect(page.pagination.totalItems).toBe(0);
    });

    it('reads an expense and its distribution of his period, and gets 404 for the later ones', async () => {
      expect(await sam.get(`/expenses/${spring2025}`)).toMatchObject({ id: spring2025 });
      expect((await sam.request('GET', `/expenses/${spring2025}/distribution`)).statusCode).toBe(200);
      for (const id of [autumn2025, spring2026]) {
        expectProblem(await sam.request('GET', `/expenses/${id}`), 404, 'NOT_FOUND');
        expectProblem(await sam.request('GET', `/expenses/${id}/distribution`), 404, 'NOT_FOUND');
      }
    });

    it('gets the 2025 PCN report of his months and his unit, and no 2026 report', async () => {
      const report = (await pcn(sam, '2025-01-01', '2025-12-31')).json<Report>();
      expect(report.totalCents).toBe(10_000);
      expect(report.units.map((u) => [u.unitId, u.totalCents])).toEqual([[building.unitIds[0], 5_000]]);
      expect(
        (await sam.request('GET', `/pcn/export/pdf/${building.buildingId}?from=2025-01-01&to=2025-12-31`)).statusCode,
      ).toBe(200);
      expectProblem(await pcn(sam, '2026-01-01', '2026-12-31'), 404, 'NOT_FOUND');
      expectProblem(await pcn(sam, '2025-07-01', '2025-12-31'), 404, 'NOT_FOUND');
    });

    it('gets his 2025 statement and building charges, and nothing for 2026', async () => {
      const statement = await sam.get<Statement>(`/owners/${samId}/statement?from=2025-01-01&to=2025-12-31`);
      expect(statement.lines.map((l) => [l.expenseId, l.amountCents])).toEqual([[spring2025, 5_000]]);
      expect((await sam.get<Statement>(`/owners/${samId}/statement?from=2026-01-01&to=2026-12-31`)).lines).toEqual([]);
      const charges = await sam.get<{ totalCents: number }>(
        `/buildings/${building.buildingId}/charges?from=2025-01-01&to=2025-12-31`,
      );
      expect(charges.totalCents).toBe(10_000);
      const later = await sam.request('GET', `/buildings/${building.buildingId}/charges?from=2026-01-01&to=2026-12-31`);
      expectProblem(later, 404, 'NOT_FOUND');
    });

    it('no longer sees the building itself, which belongs to its current owners', async () => {
      expectProblem(await sam.request('GET', `/buildings/${building.buildingId}`), 404, 'NOT_FOUND');
    });
  });

  describe('the buyer', () => {
    it('lists the expenses from the day of the deed on, not the earlier ones', async () => {
      const listed = ids(await bea.get<Page>('/expenses'));
      expect(listed).toContain(autumn2025);
      expect(listed).toContain(spring2026);
      expect(listed).not.toContain(spring2025);
      expect(listed).toHaveLength(3);
      expectProblem(await bea.request('GET', `/expenses/${spring2025}`), 404, 'NOT_FOUND');
    });

    it('gets the 2025 report of her months only, and no report of a year before she bought', async () => {
      const report = (await pcn(bea, '2025-01-01', '2025-12-31')).json<Report>();
      expect(report.totalCents).toBe(21_000);
      expectProblem(await pcn(bea, '2024-01-01', '2024-12-31'), 404, 'NOT_FOUND');
      const charges = await bea.get<{ totalCents: number }>(
        `/buildings/${building.buildingId}/charges?from=2025-01-01&to=2025-12-31`,
      );
      expect(charges.totalCents).toBe(21_000);
    });
  });

  it('leaves the syndic every expense, and another organization none', async () => {
    expect((await syndic.get<Page>(`/buildings/${building.buildingId}/expenses`)).pagination.totalItems).toBe(4);
    expect((await pcn(syndic, '2025-01-01', '2025-12-31')).json<Report>().totalCents).toBe(31_000);
    expectProblem(await stranger.request('GET', `/expenses/${spring2025}`), 404, 'NOT_FOUND');
    expectProblem(await pcn(stranger, '2025-01-01', '2025-12-31'), 404, 'NOT_FOUND');
    expectProblem(await stranger.request('GET', `/buildings/${building.buildingId}/expenses`), 404, 'NOT_FOUND');
  });

  it('shows an owner without any share nothing at all', async () => {
    const nobody = await syndic.as('owner');
    await anOwner(syndic, { userId: nobody.userId });
    expect((await nobody.get<Page>('/expenses')).pagination.totalItems).toBe(0);
    expectProblem(await nobody.request('GET', `/buildings/${building.buildingId}/expenses`), 404, 'NOT_FOUND');
    expectProblem(await pcn(nobody, '2025-01-01', '2025-12-31'), 404, 'NOT_FOUND');
  });
});
