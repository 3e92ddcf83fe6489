import { Client } from 'pg';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aCreateBuildingRequest, aCreateOwnerRequest, aCreateUnitRequest } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

/** No N+1: a list page costs the same number of database round trips whether it holds one row or a hundred. */
describe('database round trips per list request', () => {
  const ROWS = 25;
  let api: TestApp;
  let syndic: TenantSession;
  let buildingId: string;
  let statements: string[] | undefined;
  const original = Client.prototype.query;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    buildingId = (await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: ROWS, totalQuota: 1000 }))).id;
    for (let i = 0; i < ROWS; i++) {
      await syndic.post('/units', aCreateUnitRequest(buildingId, { unitNumber: `U${i}`, quota: 10 }));
      await syndic.post('/owners', aCreateOwnerRequest());
      await syndic.post('/expenses', aCreateExpenseRequest(buildingId));
    }
    for (let i = 1; i < 3; i++) await syndic.post('/buildings', aCreateBuildingRequest());
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const text = String(typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text);
      // A statement is prepared once per connection (PreparedStatements), not once per request.
      if (!text.startsWith('PREPARE ')) statements?.push(text);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
  });
  afterAll(async () => {
    Client.prototype.query = original;
    await api.close();
  });

  const roundTrips = async (url: string): Promise<number> => {
    await syndic.get(url); // warm: the session check is cached after the first request
    statements = [];
    const body = await syndic.get<{ data: unknown[] }>(url);
    const count = statements.length;
    statements = undefined;
    expect(body.data.length).toBeGreaterThan(0);
    return count;
  };

  it.each([
    ['/buildings?perPage=1', '/buildings?perPage=100'],
    ['/owners?perPage=1', '/owners?perPage=100'],
    ['/units?perPage=1', '/units?perPage=100'],
    ['/expenses?perPage=1', '/expenses?perPage=100'],
  ])('%s and %s cost the same few round trips', async (one, hundred) => {
    const few = await roundTrips(one);
    const many = await roundTrips(hundred);
    // A full page may spare the separate count; it never costs more than a single row.
    expect(many).toBeLessThanOrEqual(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it('answers the everyday reads in one round trip each: the tenant setting travels with the query', async () => {
    for (const url of ['/buildings?perPage=10', `/buildings/${buildingId}/units?perPage=10`, '/expenses?perPage=10']) {
      expect(await roundTrips(url)).toBe(1);
    }
    statements = [];
    await syndic.get(`/buildings/${buildingId}`);
    expect(statements).toHaveLength(1);
    statements = undefined;
  });

  it.each(['/buildings', '/owners', '/units', '/expenses', `/buildings/{building}/units`])(
    '%s past its last page answers no rows and still the true total',
    async (path) => {
      const url = path.replace('{building}', buildingId);
      const first = await syndic.get<{ pagination: { totalItems: number } }>(`${url}?perPage=2`);
      const beyond = await syndic.get<{ data: unknown[]; pagination: { totalItems: number } }>(`${url}?perPage=2&page=500`);
      expect(first.pagination.totalItems).toBeGreaterThan(2);
      expect(beyond.data).toEqual([]);
      expect(beyond.pagination.totalItems).toBe(first.pagination.totalItems);
    },
  );

  it("reads a building's PCN report in one round trip: the building check, registry, journal and labels together", async () => {
    const { id } = await syndic.post<{ id: string }>('/buildings', aCreateBuildingRequest());
    await syndic.get(`/pcn/${id}`); // warm
    statements = [];
    await syndic.get(`/pcn/${id}`);
    const count = statements.length;
    statements = undefined;
    expect(count).toBe(1);
  });

  it('lists the units of a building in a bounded number of round trips', async () => {
    const few = await roundTrips(`/buildings/${buildingId}/units?perPage=1`);
    expect(await roundTrips(`/buildings/${buildingId}/units?perPage=100`)).toBeLessThanOrEqual(few);
    expect(few).toBeLessThanOrEqual(8);
  });
});
