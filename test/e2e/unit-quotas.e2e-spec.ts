import {
  aCreateBuildingRequest,
  aCreateUnitRequest,
  anAddOwnershipRequest,
  anOwner,
  expectExactlyOneSucceeded,
  expectInvalidField,
  expectProblem,
  startRegistryApp,
} from '../builders/registry.builders';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import type { TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Period = { quota: number; validFrom: string | null; validTo: string | null; decisionRef: string | null };
type Distribution = { units: Array<{ unitNumber: string; quota: number; amountCents: number }> };

describe('units over time: dated quotas', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;

  beforeAll(async () => ({ api, syndic, stranger } = await startRegistryApp()));
  afterAll(() => api.close());

  /** A unit wholly owned by a new owner from `since`, so that every split of the building is complete. */
  async function aHeldUnit(buildingId: string, unitNumber: string, quota: number, quotaValidFrom?: string) {
    const unit = await syndic.post('/units', {
      ...aCreateUnitRequest(buildingId, { unitNumber, quota }),
      quotaValidFrom,
    });
    const since = quotaValidFrom ?? '2020-01-01';
    await syndic.post(
      `/units/${unit.id}/owners`,
      anAddOwnershipRequest(await anOwner(syndic), { share: 100, startDate: since }),
    );
    return unit.id;
  }

  /** domain.md, "Time": A and B hold 500 each from 2020-01-01; from 2026-07-01 A holds 400 and a new unit C 100. */
  async function theWorkedExample() {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 3, totalQuota: 1000 }));
    const a = await aHeldUnit(building.id, 'A', 500, '2020-01-01');
    const b = await aHeldUnit(building.id, 'B', 500, '2020-01-01');
    const change = await syndic.request('POST', `/units/${a}/quotas`, {
      quota: 400,
      validFrom: '2026-07-01',
      decisionRef: 'AG 2026-06-12, point 7',
    });
    expect(change.statusCode).toBe(201);
    expect(change.headers.location).toBe(`/api/v1/units/${a}/quotas`);
    const c = await aHeldUnit(building.id, 'C', 100, '2026-07-01');
    return { buildingId: building.id, a, b, c };
  }

  const distributionOf = async (buildingId: string, expenseDate: string) => {
    const expense = await syndic.post(
      '/expenses',
      aCreateExpenseRequest(buildingId, { amountCents: 100_000, expenseDate }),
    );
    const { units } = await syndic.get<Distribution>(`/expenses/${expense.id}/distribution`);
    return units.map((u) => [u.unitNumber, u.quota, u.amountCents]);
  };

  it('splits each expense with the quotas of its date (the worked example)', async () => {
    const { buildingId } = await theWorkedExample();
    expect(await distributionOf(buildingId, '2025-05-01')).toEqual([
      ['A', 500, 50_000],
      ['B', 500, 50_000],
    ]);
    expect(await distributionOf(buildingId, '2026-08-01')).toEqual([
      ['A', 400, 40_000],
      ['B', 500, 50_000],
      ['C', 100, 10_000],
    ]);
  });

  it("answers the history, ends the period in force on the new start, and shows today's quota", async () => {
    const { buildingId, a, c } = await theWorkedExample();
    expect((await syndic.get<{ data: Period[] }>(`/units/${a}/quotas`)).data).toEqual([
      { quota: 500, validFrom: '2020-01-01', validTo: '2026-07-01', decisionRef: null },
      { quota: 400, validFrom: '2026-07-01', validTo: null, decisionRef: 'AG 2026-06-12, point 7' },
    ]);
    expect(await syndic.get(`/units/${a}`)).toMatchObject({ quota: 400 });
    expect((await syndic.get<{ data: Period[] }>(`/units/${c}/quotas`)).data).toEqual([
      { quota: 100, validFrom: '2026-07-01', validTo: null, decisionRef: null },
    ]);
    const byQuota = await syndic.get<{ data: Array<{ unitNumber: string }> }>(
      `/buildings/${buildingId}/units?sort=quota&order=desc`,
    );
    expect(byQuota.data.map((u) => u.unitNumber)).toEqual(['B', 'A', 'C']);
    expect(await syndic.get(`/buildings/${buildingId}`)).toMatchObject({ allocatedQuota: 1000, lotCount: 3 });
  });

  it('gives a unit created without quotaValidFrom its quota on every earlier date too', async () => {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 1 }));
    const unit = await syndic.post('/units', aCreateUnitRequest(building.id, { quota: 1000 }));
    expect((await syndic.get<{ data: Period[] }>(`/units/${unit.id}/quotas`)).data).toEqual([
      { quota: 1000, validFrom: null, validTo: null, decisionRef: null },
    ]);
  });

  it('refuses with QUOTA_EXCEEDED naming the date the building total would be exceeded', async () => {
    const { buildingId, b } = await theWorkedExample();
    const res = await syndic.request('POST', `/units/${b}/quotas`, { quota: 501, validFrom: '2026-09-01' });
    expect(expectProblem(res, 422, 'QUOTA_EXCEEDED').detail).toContain('2026-09-01');
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 2 }));
    await syndic.post('/units', { ...aCreateUnitRequest(building.id, { quota: 900 }), quotaValidFrom: '2026-01-01' });
    const early = await syndic.request('POST', '/units', {
      ...aCreateUnitRequest(building.id, { quota: 200 }),
      quotaValidFrom: '2025-06-01',
    });
    expect(expectProblem(early, 422, 'QUOTA_EXCEEDED').detail).toContain('2026-01-01');
    expect((await syndic.get<{ data: Period[] }>(`/units/${b}/quotas`)).data).toHaveLength(1);
    expect(await syndic.get(`/buildings/${buildingId}`)).toMatchObject({ allocatedQuota: 1000 });
  });

  it("refuses a change on or before the current period's start (QUOTA_HISTORY_CONFLICT)", async () => {
    const { a } = await theWorkedExample();
    for (const validFrom of ['2026-07-01', '2024-01-01']) {
      const res = await syndic.request('POST', `/units/${a}/quotas`, { quota: 300, validFrom });
      expectProblem(res, 422, 'QUOTA_HISTORY_CONFLICT');
    }
    expect((await syndic.get<{ data: Period[] }>(`/units/${a}/quotas`)).data).toHaveLength(2);
  });

  it('corrects the current period in place on PUT /units/:id, within the total on every date', async () => {
    const { b } = await theWorkedExample();
    const body = { unitNumber: 'B', type: 'apartment', floor: 1, surfaceArea: 85.5 };
    expectProblem(await syndic.request('PUT', `/units/${b}`, { ...body, quota: 501 }), 422, 'QUOTA_EXCEEDED');
    expect(await syndic.put(`/units/${b}`, { ...body, quota: 450 })).toMatchObject({ quota: 450 });
    expect((await syndic.get<{ data: Period[] }>(`/units/${b}/quotas`)).data).toEqual([
      { quota: 450, validFrom: '2020-01-01', validTo: null, decisionRef: null },
    ]);
  });

  it('lets exactly one of two concurrent changes take the last quotas', async () => {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 2, totalQuota: 1000 }));
    const [x, y] = [
      await syndic.post('/units', aCreateUnitRequest(building.id, { quota: 400 })),
      await syndic.post('/units', aCreateUnitRequest(building.id, { quota: 400 })),
    ];
    const results = await Promise.all([
      syndic.request('POST', `/units/${x.id}/quotas`, { quota: 550, validFrom: '2026-03-01' }),
      syndic.request('POST', `/units/${y.id}/quotas`, { quota: 550, validFrom: '2026-05-01' }),
    ]);
    expectExactlyOneSucceeded(results, 201, 422, 'QUOTA_EXCEEDED');
  });

  it.each([
    ['a zero quota', { quota: 0, validFrom: '2026-07-01' }, 'quota'],
    ['a missing date', { quota: 10 }, 'validFrom'],
    ['an impossible date', { quota: 10, validFrom: '2026-02-30' }, 'validFrom'],
    ['an unknown field', { quota: 10, validFrom: '2026-07-01', validTo: '2027-01-01' }, 'validTo'],
  ])('answers 400 for %s, changing nothing', async (_, body, field) => {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 1 }));
    const unit = await syndic.post('/units', aCreateUnitRequest(building.id, { quota: 10 }));
    expectInvalidField(await syndic.request('POST', `/units/${unit.id}/quotas`, body), field);
    expect((await syndic.get<{ data: Period[] }>(`/units/${unit.id}/quotas`)).data).toHaveLength(1);
  });

  it('lets other roles read the history but only the syndic change it', async () => {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 1 }));
    const unit = await syndic.post('/units', aCreateUnitRequest(building.id, { quota: 10 }));
    for (const role of ['accountant', 'board_member'] as const) {
      const reader = await syndic.as(role);
      expect((await reader.get<{ data: Period[] }>(`/units/${unit.id}/quotas`)).data).toHaveLength(1);
      const res = await reader.request('POST', `/units/${unit.id}/quotas`, { quota: 20, validFrom: '2026-07-01' });
      expect(res.statusCode).toBe(403);
    }
  });

  it("answers 404 for another organization's unit", async () => {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 1 }));
    const unit = await syndic.post('/units', aCreateUnitRequest(building.id, { quota: 10 }));
    expectProblem(await stranger.request('GET', `/units/${unit.id}/quotas`), 404, 'NOT_FOUND');
    const res = await stranger.request('POST', `/units/${unit.id}/quotas`, { quota: 20, validFrom: '2026-07-01' });
    expectProblem(res, 404, 'NOT_FOUND');
    expect((await syndic.get<{ data: Period[] }>(`/units/${unit.id}/quotas`)).data).toHaveLength(1);
  });
});
