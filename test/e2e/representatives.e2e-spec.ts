import { randomUUID } from 'node:crypto';
import {
  aBuildingWithUnits,
  anOwner,
  expectInvalidField,
  expectProblem,
  RegistryApp,
  startRegistryApp,
} from '../builders/registry.builders';
import { UnitsService } from '../../src/modules/units';
import { TenantSession } from '../support/tenant-session';

type Representative = {
  ownerId: string | null;
  validFrom: string | null;
  validTo: string | null;
  lapsedOwnerId: string | null;
};

describe('representative of a jointly held unit', () => {
  let app: RegistryApp;
  let syndic: TenantSession;
  let unitId: string;
  let soleUnitId: string;
  let buildingId: string;
  let marie: string;
  let jan: string;
  let piet: string;

  const url = (id = unitId) => `/units/${id}/representative`;

  beforeAll(async () => {
    app = await startRegistryApp();
    syndic = app.syndic;
    const building = await aBuildingWithUnits(syndic, [500, 500]);
    buildingId = building.buildingId;
    [unitId, soleUnitId] = building.unitIds as [string, string];
    [marie, jan, piet] = [await anOwner(syndic), await anOwner(syndic), await anOwner(syndic)];
    const own = (id: string, ownerId: string, share: string) =>
      syndic.post(`/units/${id}/owners`, { ownerId, share, startDate: '2020-01-01' });
    await own(unitId!, marie, '50');
    await own(unitId!, jan, '50');
    await own(soleUnitId!, piet, '100');
    // Jan sells his half to Piet on 2025-07-01.
    await syndic.post(`/units/${unitId}/owners/transfer`, { fromOwnerId: jan, toOwnerId: piet, date: '2025-07-01' });
  });
  afterAll(() => app.api.close());

  it('has no representative until one is named, and says so without a 404', async () => {
    expect(await syndic.get<Representative>(`${url()}?at=2021-01-01`)).toEqual({
      unitId,
      at: '2021-01-01',
      ownerId: null,
      validFrom: null,
      validTo: null,
      lapsedOwnerId: null,
    });
  });

  it('names a co-owner of that day, keeps the history, and lapses when the representative sells', async () => {
    expect(await syndic.put(url(), { ownerId: jan, from: '2021-01-01' })).toMatchObject({
      ownerId: jan,
      validFrom: '2021-01-01',
      validTo: null,
    });
    expect(await syndic.get(`${url()}?at=2025-06-30`)).toMatchObject({ ownerId: jan, lapsedOwnerId: null });
    expect(await syndic.get(`${url()}?at=2025-07-01`)).toMatchObject({ ownerId: null, lapsedOwnerId: jan });

    await syndic.put(url(), { ownerId: marie, from: '2025-09-01' });
    expect(await syndic.get(`${url()}?at=2025-06-30`)).toMatchObject({ ownerId: jan, validTo: '2025-09-01' });
    expect(await syndic.get(`${url()}?at=2025-09-01`)).toMatchObject({ ownerId: marie, validFrom: '2025-09-01' });
  });

  it('tells the general assembly who votes for each unit on a day, in one call', async () => {
    const units = app.api.app.get(UnitsService);
    const tenant = syndic.tenant;
    const voters = await units.representativesOn(tenant, buildingId, '2025-08-01');
    // Marie and Piet hold the unit jointly, Jan's mandate lapsed: suspended. Piet alone holds the other unit.
    expect(Object.fromEntries(voters)).toEqual({ [unitId]: null, [soleUnitId]: piet });
    const later = await units.representativesOn(tenant, buildingId, '2025-09-01');
    expect(later.get(unitId)).toBe(marie);
    await expect(units.representativesOn(tenant, randomUUID(), '2025-09-01')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses an owner who holds no share that day (422) and changes nothing', async () => {
    const before = await syndic.get(url());
    expectProblem(
      await syndic.request('PUT', url(), { ownerId: jan, from: '2025-10-01' }),
      422,
      'REPRESENTATIVE_NOT_OWNER',
    );
    expectProblem(
      await syndic.request('PUT', url(), { ownerId: marie, from: '2025-06-30' }),
      409,
      'REPRESENTATIVE_CHANGED_LATER',
    );
    expect(await syndic.get(url())).toEqual(before);
  });

  it('refuses bad input with 400 and unknown resources with 404', async () => {
    expectInvalidField(await syndic.request('PUT', url(), { ownerId: 'nope' }), 'ownerId');
    expectInvalidField(await syndic.request('PUT', url(), { ownerId: marie, from: '2025-02-30' }), 'from');
    expectInvalidField(await syndic.request('PUT', url(), { ownerId: marie, extra: 1 }), 'extra');
    expectInvalidField(await syndic.request('GET', `${url()}?at=tomorrow`), 'at');
    expectProblem(await syndic.request('PUT', url(), { ownerId: randomUUID() }), 404, 'NOT_FOUND');
    expectProblem(await syndic.request('PUT', url(randomUUID()), { ownerId: marie }), 404, 'NOT_FOUND');
    expectProblem(await syndic.request('GET', url(randomUUID())), 404, 'NOT_FOUND');
    expect((await syndic.request('GET', '/units/not-a-uuid/representative')).statusCode).toBe(400);
  });

  it('ends the mandate today, and answers 204 again when there is none', async () => {
    const { id: unit } = await syndic.post('/units', {
      buildingId: (await aBuildingWithUnits(syndic, [])).buildingId,
      unitNumber: 'J1',
      type: 'apartment',
      surfaceArea: 50,
      quota: 100,
    });
    await syndic.post(`/units/${unit}/owners`, { ownerId: marie, share: '100', startDate: '2020-01-01' });
    await syndic.put(url(unit), { ownerId: marie, from: '2020-01-01' });
    expect((await syndic.request('DELETE', url(unit))).statusCode).toBe(204);
    expect(await syndic.get(url(unit))).toMatchObject({ ownerId: null });
    expect(await syndic.get(`${url(unit)}?at=2024-01-01`)).toMatchObject({ ownerId: marie });
    expect((await syndic.request('DELETE', url(unit))).statusCode).toBe(204);
  });

  it('answers 404 to another organization, and 403 to roles that may not name', async () => {
    const stranger = app.stranger;
    expectProblem(await stranger.request('GET', url()), 404, 'NOT_FOUND');
    expectProblem(await stranger.request('PUT', url(), { ownerId: marie }), 404, 'NOT_FOUND');
    expectProblem(await stranger.request('DELETE', url()), 404, 'NOT_FOUND');
    const accountant = await syndic.as('accountant');
    expect((await accountant.request('PUT', url(), { ownerId: marie })).statusCode).toBe(403);
    expect((await accountant.request('GET', url())).statusCode).toBe(200);
  });

  it('lets an owner read the representative of a unit it holds, and nothing else', async () => {
    const user = await syndic.as('owner');
    await syndic.put(`/owners/${piet}`, {
      firstName: 'Piet',
      lastName: 'Peeters',
      email: `piet.${randomUUID()}@example.be`,
      userId: user.userId,
    });
    expect(await user.get(url())).toMatchObject({ ownerId: marie });
    const other = await aBuildingWithUnits(syndic, [100]);
    expectProblem(await user.request('GET', url(other.unitIds[0])), 404, 'NOT_FOUND');
  });
});
