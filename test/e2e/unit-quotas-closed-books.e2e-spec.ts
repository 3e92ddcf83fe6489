import {
  aCreateBuildingRequest,
  aCreateUnitRequest,
  expectProblem,
  startRegistryApp,
} from '../builders/registry.builders';
import type { TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Period = { quota: number; validFrom: string | null; validTo: string | null };

/** Quotas are dated writes: a period reaching into closed books cannot be added, corrected or removed. */
describe('dated quotas and closed books', () => {
  let api: TestApp;
  let syndic: TenantSession;

  beforeAll(async () => ({ api, syndic } = await startRegistryApp()));
  afterAll(() => api.close());

  async function aClosedBuilding() {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 3, totalQuota: 1000 }));
    const unit = await syndic.post('/units', {
      ...aCreateUnitRequest(building.id, { unitNumber: 'A', quota: 400 }),
      quotaValidFrom: '2020-01-01',
    });
    await syndic.post(`/buildings/${building.id}/closings`, { until: '2025-12-31' });
    return { buildingId: building.id, unitId: unit.id as string };
  }
  const historyOf = (unitId: string) => syndic.get<{ data: Period[] }>(`/units/${unitId}/quotas`);

  it('refuses a new quota from a day of the closed books, and accepts one after them', async () => {
    const { unitId } = await aClosedBuilding();
    const before = await historyOf(unitId);
    const inside = await syndic.request('POST', `/units/${unitId}/quotas`, { quota: 300, validFrom: '2025-06-01' });
    expectProblem(inside, 409, 'PERIOD_CLOSED');
    expect(await historyOf(unitId)).toEqual(before);
    const after = await syndic.request('POST', `/units/${unitId}/quotas`, { quota: 300, validFrom: '2026-01-01' });
    expect(after.statusCode).toBe(201);
  });

  it('refuses to correct a quota period that reaches into the closed books', async () => {
    const { buildingId, unitId } = await aClosedBuilding();
    const { buildingId: _building, ...edit } = aCreateUnitRequest(buildingId, { unitNumber: 'A', quota: 450 });
    const correction = await syndic.request('PUT', `/units/${unitId}`, edit);
    expectProblem(correction, 409, 'PERIOD_CLOSED');
    expect((await syndic.get<{ quota: number }>(`/units/${unitId}`)).quota).toBe(400);
  });

  it('refuses a unit entered as existing since the deed once books are closed, not one dated after them', async () => {
    const { buildingId } = await aClosedBuilding();
    const sinceTheDeed = await syndic.request(
      'POST',
      '/units',
      aCreateUnitRequest(buildingId, { unitNumber: 'B', quota: 100 }),
    );
    expectProblem(sinceTheDeed, 409, 'PERIOD_CLOSED');
    expect(sinceTheDeed.json().detail).toContain('2025-12-31');
    expect(sinceTheDeed.json().detail).not.toContain('infinity');
    const dated = await syndic.request('POST', '/units', {
      ...aCreateUnitRequest(buildingId, { unitNumber: 'B', quota: 100 }),
      quotaValidFrom: '2026-02-01',
    });
    expect(dated.statusCode).toBe(201);
  });
});
