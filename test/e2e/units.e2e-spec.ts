import { randomUUID } from 'node:crypto';
import {
  aBuildingWithUnits,
  aCreateBuildingRequest,
  aCreateUnitRequest,
  anAddOwnershipRequest,
  anOwner,
  expectEachRoute,
  expectExactlyOneSucceeded,
  expectInvalidField,
  expectProblem,
  invalidUnitRequests,
  List,
  Route,
  startRegistryApp,
} from '../builders/registry.builders';
import type { TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Unit = { id: string; unitNumber: string; quota: number; floor: number | null; type: string; surfaceArea: number };
type Ownership = {
  id: string;
  ownerId: string;
  share: string;
  startDate: string;
  endDate: string | null;
  isPrimaryContact: boolean;
};

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

describe('units', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;

  beforeAll(async () => ({ api, syndic, stranger } = await startRegistryApp()));
  afterAll(() => api.close());

  const owners = (unitId: string, query = '') =>
    syndic.get<List<Ownership & { firstName: string }>>(`/units/${unitId}/owners${query}`);

  describe('POST /units', () => {
    it('creates a unit with a Location header and an exact surface', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, []);
      const res = await syndic.request(
        'POST',
        '/units',
        aCreateUnitRequest(buildingId, { unitNumber: ' A  1.2 ', floor: -1, surfaceArea: 72.35 }),
      );
      expect(res.statusCode).toBe(201);
      const unit = res.json();
      expect(res.headers.location).toBe(`/api/v1/units/${unit.id}`);
      expect(unit).toEqual({
        id: expect.any(String),
        buildingId,
        unitNumber: 'A 1.2',
        type: 'apartment',
        floor: -1,
        surfaceArea: 72.35,
        quota: 100,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect((await syndic.get(`/buildings/${buildingId}`)).allocatedQuota).toBe(100);
    });

    it.each(Object.entries(invalidUnitRequests))('refuses %s with a 400 naming the field', async (_, variant) => {
      const { buildingId } = await aBuildingWithUnits(syndic, []);
      expectInvalidField(
        await syndic.request('POST', '/units', { ...aCreateUnitRequest(buildingId), ...variant.body }),
        variant.field,
      );
    });

    it('answers 404 for an unknown building', async () => {
      expectProblem(await syndic.request('POST', '/units', aCreateUnitRequest(randomUUID())), 404, 'NOT_FOUND');
    });

    it('refuses quotas above the building total (422 QUOTA_EXCEEDED)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [250, 250, 500], { totalUnits: 4 });
      expectProblem(
        await syndic.request('POST', '/units', aCreateUnitRequest(buildingId, { quota: 1 })),
        422,
        'QUOTA_EXCEEDED',
      );
    });

    it('refuses more units than the building has (422 UNIT_LIMIT_REACHED)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [100, 100]);
      expectProblem(await syndic.request('POST', '/units', aCreateUnitRequest(buildingId)), 422, 'UNIT_LIMIT_REACHED');
    });

    it('refuses a unit number already used in the building, whatever its case (409)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [100], { totalUnits: 3 });
      const res = await syndic.request('POST', '/units', aCreateUnitRequest(buildingId, { unitNumber: 'u1' }));
      expectProblem(res, 409, 'DUPLICATE_UNIT_NUMBER');
      const other = await aBuildingWithUnits(syndic, []);
      await syndic.post('/units', aCreateUnitRequest(other.buildingId, { unitNumber: 'U1' }));
    });

    it('lets exactly one of two parallel units take the last quotas', async () => {
      for (let round = 0; round < 5; round++) {
        const { buildingId } = await aBuildingWithUnits(syndic, [500], { totalUnits: 5 });
        const results = await Promise.all(
          [1, 2, 3].map((i) =>
            syndic.request('POST', '/units', aCreateUnitRequest(buildingId, { unitNumber: `P${i}`, quota: 300 })),
          ),
        );
        expectExactlyOneSucceeded(results, 201, 422, 'QUOTA_EXCEEDED');
        expect((await syndic.get(`/buildings/${buildingId}`)).allocatedQuota).toBe(800);
      }
    });

    it('lets exactly one of two parallel units take the last place', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [100], { totalUnits: 2 });
      const results = await Promise.all(
        [1, 2, 3].map((i) => syndic.request('POST', '/units', aCreateUnitRequest(buildingId, { unitNumber: `L${i}` }))),
      );
      expectExactlyOneSucceeded(results, 201, 422, 'UNIT_LIMIT_REACHED');
    });

    it('lets exactly one of two parallel units with the same number exist', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [], { totalUnits: 5 });
      const results = await Promise.all(
        [1, 2].map(() => syndic.request('POST', '/units', aCreateUnitRequest(buildingId, { unitNumber: 'SAME' }))),
      );
      expectExactlyOneSucceeded(results, 201, 409, 'DUPLICATE_UNIT_NUMBER');
    });
  });

  describe('GET /units', () => {
    let session: TenantSession;
    let buildingId: string;
    beforeAll(async () => {
      session = await TenantSession.forNewOrganization(api.app);
      buildingId = (await session.post('/buildings', aCreateBuildingRequest({ totalUnits: 5 }))).id;
      await session.post('/units', aCreateUnitRequest(buildingId, { unitNumber: 'B2', floor: 2, quota: 300 }));
      await session.post(
        '/units',
        aCreateUnitRequest(buildingId, { unitNumber: 'A1', floor: -1, quota: 200, type: 'cellar' }),
      );
      await session.post('/units', aCreateUnitRequest(buildingId, { unitNumber: 'C3', floor: 0, quota: 100 }));
      const other = (await session.post('/buildings', aCreateBuildingRequest({ totalUnits: 1 }))).id;
      await session.post('/units', aCreateUnitRequest(other, { unitNumber: 'Z9', quota: 50, type: 'parking' }));
    });
    const numbers = (list: List<Unit>) => list.data.map((u) => u.unitNumber);

    it('lists by unit number with pagination', async () => {
      const list = await session.get<List<Unit>>('/units?perPage=3');
      expect(numbers(list)).toEqual(['A1', 'B2', 'C3']);
      expect(list.pagination).toMatchObject({ totalItems: 4, totalPages: 2, hasNext: true });
    });

    it.each([
      ['floor', 'asc', ['A1', 'C3', 'B2']],
      ['quota', 'desc', ['B2', 'A1', 'C3']],
      ['unitNumber', 'desc', ['C3', 'B2', 'A1']],
    ])('sorts by %s %s', async (sort, order, expected) => {
      expect(
        numbers(await session.get<List<Unit>>(`/units?buildingId=${buildingId}&sort=${sort}&order=${order}`)),
      ).toEqual(expected);
    });

    it('filters by type', async () => {
      expect(numbers(await session.get<List<Unit>>('/units?type=cellar'))).toEqual(['A1']);
      expect(numbers(await session.get<List<Unit>>(`/units?type=parking&buildingId=${buildingId}`))).toEqual([]);
    });

    it.each([
      ['sort=surfaceArea', 'sort'],
      ['type=castle', 'type'],
      ['buildingId=nope', 'buildingId'],
      ['perPage=0', 'perPage'],
    ])('refuses ?%s with a 400', async (query, field) => {
      expectInvalidField(await session.request('GET', `/units?${query}`), field);
    });
  });

  describe('GET, PUT, DELETE /units/:id', () => {
    it('reads, replaces and deletes a unit', async () => {
      const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [100]);
      const id = unitIds[0]!;
      expect(await syndic.get(`/units/${id}`)).toMatchObject({ id, buildingId, quota: 100 });
      const body = { unitNumber: 'B-2', type: 'commercial', surfaceArea: 120.1, quota: 400 };
      expect(await syndic.put(`/units/${id}`, body)).toMatchObject({ ...body, floor: null, buildingId });
      expect((await syndic.get(`/buildings/${buildingId}`)).allocatedQuota).toBe(400);
      expect((await syndic.request('DELETE', `/units/${id}`)).statusCode).toBe(204);
      expectProblem(await syndic.request('GET', `/units/${id}`), 404, 'NOT_FOUND');
      expect((await syndic.get(`/buildings/${buildingId}`)).allocatedQuota).toBe(0);
    });

    it('answers 400 for a malformed id and 404 for an unknown unit', async () => {
      expectInvalidField(await syndic.request('GET', '/units/1'), 'id');
      expectProblem(await syndic.request('GET', `/units/${randomUUID()}`), 404, 'NOT_FOUND');
      expectProblem(
        await syndic.request('PUT', `/units/${randomUUID()}`, {
          unitNumber: 'X',
          type: 'other',
          surfaceArea: 1,
          quota: 1,
        }),
        404,
        'NOT_FOUND',
      );
      expectProblem(await syndic.request('DELETE', `/units/${randomUUID()}`), 404, 'NOT_FOUND');
    });

    it('refuses a building id, a larger quota that does not fit and a duplicate number', async () => {
      const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [500, 400]);
      const body = { unitNumber: 'U1', type: 'apartment', surfaceArea: 50, quota: 700 };
      expectInvalidField(await syndic.request('PUT', `/units/${unitIds[0]}`, { ...body, buildingId }), 'buildingId');
      expectProblem(await syndic.request('PUT', `/units/${unitIds[0]}`, body), 422, 'QUOTA_EXCEEDED');
      expectProblem(
        await syndic.request('PUT', `/units/${unitIds[0]}`, { ...body, quota: 500, unitNumber: 'U2' }),
        409,
        'DUPLICATE_UNIT_NUMBER',
      );
      expect(await syndic.put(`/units/${unitIds[0]}`, { ...body, quota: 600 })).toMatchObject({ quota: 600 });
    });

    it('refuses to delete a unit with an ownership history (409)', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitIds[0]}/owners`, anAddOwnershipRequest(ownerId, { startDate: '2020-01-01' }));
      await syndic.request('DELETE', `/units/${unitIds[0]}/owners/${ownerId}?endDate=2021-01-01`);
      expectProblem(await syndic.request('DELETE', `/units/${unitIds[0]}`), 409, 'UNIT_HAS_OWNERSHIPS');
    });
  });

  describe('ownerships', () => {
    it('adds co-owners with exact shares and answers who owns the unit', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const unitId = unitIds[0]!;
      const marie = await anOwner(syndic, { firstName: 'Marie' });
      const jan = await anOwner(syndic, { firstName: 'Jan' });
      const res = await syndic.request('POST', `/units/${unitId}/owners`, {
        ownerId: marie,
        share: 60,
        isPrimaryContact: true,
      });
      expect(res.statusCode).toBe(201);
      expect(res.headers.location).toBe(`/api/v1/units/${unitId}/ownerships/${(res.json() as { id: string }).id}`);
      expect(res.json()).toEqual({
        id: expect.any(String),
        unitId,
        ownerId: marie,
        share: '60.0000',
        startDate: today(),
        endDate: null,
        isPrimaryContact: true,
      });
      await syndic.post(`/units/${unitId}/owners`, { ownerId: jan, share: '33.3333' });
      const list = await owners(unitId);
      expect(list.data.map((o) => [o.firstName, o.share])).toEqual([
        ['Marie', '60.0000'],
        ['Jan', '33.3333'],
      ]);
      expect(list.pagination).toMatchObject({ totalItems: 2 });
    });

    it.each([
      ['zero', 0],
      ['negative', -5],
      ['above 100', '100.0001'],
      ['five decimals', 33.33333],
      ['text', 'half'],
      ['empty', ''],
    ])('refuses a %s share with a 400', async (_, share) => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const ownerId = await anOwner(syndic);
      expectInvalidField(await syndic.request('POST', `/units/${unitIds[0]}/owners`, { ownerId, share }), 'share');
    });

    it('refuses bad dates and unknown fields with a 400', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const ownerId = await anOwner(syndic);
      expectInvalidField(
        await syndic.request(
          'POST',
          `/units/${unitIds[0]}/owners`,
          anAddOwnershipRequest(ownerId, { startDate: '2024-02-30' }),
        ),
        'startDate',
      );
      expectInvalidField(
        await syndic.request(
          'POST',
          `/units/${unitIds[0]}/owners`,
          anAddOwnershipRequest(ownerId, { endDate: '2024-02-01' }),
        ),
        'endDate',
      );
      expectInvalidField(await syndic.request('GET', `/units/${unitIds[0]}/owners?at=yesterday`), 'at');
      expectInvalidField(
        await syndic.request('DELETE', `/units/${unitIds[0]}/owners/${ownerId}?endDate=2024-13-01`),
        'endDate',
      );
      expectInvalidField(
        await syndic.request('POST', `/units/${unitIds[0]}/owners/transfer`, {
          fromOwnerId: ownerId,
          toOwnerId: ownerId,
        }),
        'date',
      );
    });

    it('refuses active shares above 100 % (422 OWNERSHIP_OVER_100), even from a later start', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const unitId = unitIds[0]!;
      await syndic.post(`/units/${unitId}/owners`, {
        ownerId: await anOwner(syndic),
        share: '60',
        startDate: '2020-01-01',
      });
      await syndic.post(`/units/${unitId}/owners`, {
        ownerId: await anOwner(syndic),
        share: '40',
        startDate: '2020-01-01',
      });
      const extra = await anOwner(syndic);
      expectProblem(
        await syndic.request('POST', `/units/${unitId}/owners`, { ownerId: extra, share: '1' }),
        422,
        'OWNERSHIP_OVER_100',
      );
      expectProblem(
        await syndic.request('POST', `/units/${unitId}/owners`, {
          ownerId: extra,
          share: '0.0001',
          startDate: '2019-06-01',
        }),
        422,
        'OWNERSHIP_OVER_100',
      );
    });

    it('refuses a second open share for the same owner (409) and an unknown owner (404)', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitIds[0]}/owners`, { ownerId, share: '10' });
      expectProblem(
        await syndic.request('POST', `/units/${unitIds[0]}/owners`, { ownerId, share: '10' }),
        409,
        'OWNERSHIP_ALREADY_ACTIVE',
      );
      expectProblem(
        await syndic.request('POST', `/units/${unitIds[0]}/owners`, { ownerId: randomUUID(), share: '10' }),
        404,
        'NOT_FOUND',
      );
      expectProblem(
        await syndic.request('POST', `/units/${randomUUID()}/owners`, { ownerId, share: '10' }),
        404,
        'NOT_FOUND',
      );
    });

    it('lets exactly one of two parallel 60 % shares in', async () => {
      for (let round = 0; round < 5; round++) {
        const { unitIds } = await aBuildingWithUnits(syndic, [100]);
        const ids = await Promise.all([anOwner(syndic), anOwner(syndic), anOwner(syndic)]);
        const results = await Promise.all(
          ids.map((ownerId) => syndic.request('POST', `/units/${unitIds[0]}/owners`, { ownerId, share: '60' })),
        );
        expectExactlyOneSucceeded(results, 201, 422, 'OWNERSHIP_OVER_100');
      }
    });

    it('ends an ownership and keeps its history', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const unitId = unitIds[0]!;
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
      expectProblem(
        await syndic.request('DELETE', `/units/${unitId}/owners/${ownerId}?endDate=2020-01-01`),
        422,
        'OWNERSHIP_PERIOD_INVALID',
      );
      expect((await syndic.request('DELETE', `/units/${unitId}/owners/${ownerId}?endDate=2023-07-01`)).statusCode).toBe(
        204,
      );
      expect((await owners(unitId, '?at=2023-06-30')).data).toEqual([
        expect.objectContaining({ ownerId, endDate: '2023-07-01' }),
      ]);
      expect((await owners(unitId, '?at=2023-07-01')).data).toEqual([]);
      expect((await owners(unitId)).data).toEqual([]);
      expectProblem(await syndic.request('DELETE', `/units/${unitId}/owners/${ownerId}`), 404, 'NOT_FOUND');
    });

    it('ends an ownership today by default', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitIds[0]}/owners`, { ownerId, share: '50', startDate: '2020-01-01' });
      expect((await syndic.request('DELETE', `/units/${unitIds[0]}/owners/${ownerId}`)).statusCode).toBe(204);
      expect((await owners(unitIds[0]!)).data).toEqual([]);
      const held = await syndic.get<List<{ endDate: string }>>(`/owners/${ownerId}/units?at=2021-01-01`);
      expect(held.data).toEqual([expect.objectContaining({ endDate: today() })]);
    });

    it('transfers a whole share on a day: the seller owns it until the day before', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const unitId = unitIds[0]!;
      const [seller, buyer, coOwner] = await Promise.all([anOwner(syndic), anOwner(syndic), anOwner(syndic)]);
      await syndic.post(`/units/${unitId}/owners`, {
        ownerId: seller,
        share: '60',
        startDate: '2020-01-01',
        isPrimaryContact: true,
      });
      await syndic.post(`/units/${unitId}/owners`, { ownerId: coOwner, share: '40', startDate: '2020-01-01' });
      const res = await syndic.request('POST', `/units/${unitId}/owners/transfer`, {
        fromOwnerId: seller,
        toOwnerId: buyer,
        date: '2024-03-15',
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        ownerId: buyer,
        share: '60.0000',
        startDate: '2024-03-15',
        endDate: null,
        isPrimaryContact: true,
      });
      const before = await owners(unitId, '?at=2024-03-14');
      expect(before.data.map((o) => [o.ownerId, o.share])).toEqual([
        [seller, '60.0000'],
        [coOwner, '40.0000'],
      ]);
      const after = await owners(unitId, '?at=2024-03-15');
      expect(after.data.map((o) => o.ownerId).sort()).toEqual([buyer, coOwner].sort());
    });

    it('merges the shares when a co-owner buys the other share', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const unitId = unitIds[0]!;
      const [a, b] = await Promise.all([anOwner(syndic), anOwner(syndic)]);
      await syndic.post(`/units/${unitId}/owners`, { ownerId: a, share: '60', startDate: '2020-01-01' });
      await syndic.post(`/units/${unitId}/owners`, { ownerId: b, share: '40', startDate: '2020-01-01' });
      await syndic.post(`/units/${unitId}/owners/transfer`, { fromOwnerId: a, toOwnerId: b, date: '2022-01-01' });
      expect((await owners(unitId)).data.map((o) => [o.ownerId, o.share])).toEqual([[b, '100.0000']]);
    });

    it('refuses a transfer to the same owner (422), from a non-owner (404) and before the start (422)', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const unitId = unitIds[0]!;
      const [a, b] = await Promise.all([anOwner(syndic), anOwner(syndic)]);
      await syndic.post(`/units/${unitId}/owners`, { ownerId: a, share: '100', startDate: '2020-01-01' });
      const transfer = (body: object) => syndic.request('POST', `/units/${unitId}/owners/transfer`, body);
      expectProblem(
        await transfer({ fromOwnerId: a, toOwnerId: a, date: '2024-01-01' }),
        422,
        'TRANSFER_TO_SAME_OWNER',
      );
      expectProblem(await transfer({ fromOwnerId: b, toOwnerId: a, date: '2024-01-01' }), 404, 'NOT_FOUND');
      expectProblem(
        await transfer({ fromOwnerId: a, toOwnerId: b, date: '2019-01-01' }),
        422,
        'OWNERSHIP_PERIOD_INVALID',
      );
      expectProblem(await transfer({ fromOwnerId: a, toOwnerId: randomUUID(), date: '2024-01-01' }), 404, 'NOT_FOUND');
    });

    it('assigns a sole owner: 100 % from today, the others end today', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const unitId = unitIds[0]!;
      const [a, b, c] = await Promise.all([anOwner(syndic), anOwner(syndic), anOwner(syndic)]);
      await syndic.post(`/units/${unitId}/owners`, { ownerId: a, share: '50', startDate: '2020-01-01' });
      await syndic.post(`/units/${unitId}/owners`, { ownerId: b, share: '50', startDate: '2020-01-01' });
      const res = await syndic.request('PUT', `/units/${unitId}/assign-owner/${c}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        ownerId: c,
        share: '100.0000',
        startDate: today(),
        endDate: null,
        isPrimaryContact: true,
      });
      expect((await owners(unitId)).data.map((o) => o.ownerId)).toEqual([c]);
      expect((await owners(unitId, '?at=2021-01-01')).data.map((o) => o.endDate)).toEqual([today(), today()]);
      expect((await syndic.request('PUT', `/units/${unitId}/assign-owner/${c}`)).json()).toMatchObject({
        id: res.json().id,
      });
      expectProblem(await syndic.request('PUT', `/units/${unitId}/assign-owner/${randomUUID()}`), 404, 'NOT_FOUND');
      expectInvalidField(await syndic.request('PUT', `/units/${unitId}/assign-owner/x`), 'ownerId');
    });
  });

  describe('roles', () => {
    it('lets accountants and board members read but not write', async () => {
      const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [100], { totalUnits: 3 });
      const unitId = unitIds[0]!;
      const ownerId = await anOwner(syndic);
      for (const role of ['accountant', 'board_member'] as const) {
        const reader = await syndic.as(role);
        expect((await reader.request('GET', '/units')).statusCode).toBe(200);
        expect((await reader.request('GET', `/units/${unitId}`)).statusCode).toBe(200);
        expect((await reader.request('GET', `/units/${unitId}/owners`)).statusCode).toBe(200);
        const writes: Route[] = [
          ['POST', '/units', aCreateUnitRequest(buildingId)],
          ['PUT', `/units/${unitId}`, { unitNumber: 'X', type: 'other', surfaceArea: 1, quota: 1 }],
          ['DELETE', `/units/${unitId}`],
          ['PUT', `/units/${unitId}/assign-owner/${ownerId}`],
          ['POST', `/units/${unitId}/owners`, { ownerId, share: '1' }],
          ['DELETE', `/units/${unitId}/owners/${ownerId}`],
          [
            'POST',
            `/units/${unitId}/owners/transfer`,
            { fromOwnerId: ownerId, toOwnerId: ownerId, date: '2024-01-01' },
          ],
        ];
        await expectEachRoute(reader, writes, 403, 'FORBIDDEN');
      }
    });

    it('shows an owner only the units it holds a share of today', async () => {
      const org = await TenantSession.forNewOrganization(api.app);
      const { unitIds } = await aBuildingWithUnits(org, [100, 100, 100]);
      const [held, sold, never] = unitIds as [string, string, string];
      const user = await org.as('owner');
      const me = await anOwner(org, { userId: user.userId });
      const other = await anOwner(org);
      await org.post(`/units/${held}/owners`, { ownerId: me, share: '50' });
      await org.post(`/units/${held}/owners`, { ownerId: other, share: '50' });
      await org.post(`/units/${sold}/owners`, { ownerId: me, share: '100', startDate: '2020-01-01' });
      await org.request('DELETE', `/units/${sold}/owners/${me}?endDate=2021-01-01`);

      expect((await user.get<List<Unit>>('/units')).data.map((u) => u.id)).toEqual([held]);
      expect((await user.request('GET', `/units/${held}`)).statusCode).toBe(200);
      expect((await user.get<List<Ownership>>(`/units/${held}/owners`)).data).toHaveLength(2);
      for (const id of [sold, never]) {
        expectProblem(await user.request('GET', `/units/${id}`), 404, 'NOT_FOUND');
        expectProblem(await user.request('GET', `/units/${id}/owners`), 404, 'NOT_FOUND');
      }
      expectProblem(await user.request('POST', `/units/${held}/owners`, { ownerId: me, share: '1' }), 403, 'FORBIDDEN');
    });

    it('answers 403 to the platform superadmin', async () => {
      const admin = await TenantSession.superadmin(api.app);
      expectProblem(await admin.request('GET', '/units'), 403, 'FORBIDDEN');
      expectProblem(await admin.request('GET', `/units/${randomUUID()}/owners`), 403, 'FORBIDDEN');
    });
  });

  describe('another organization', () => {
    it("answers 404 on every route for another organization's units, buildings and owners", async () => {
      const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [100], { totalUnits: 2 });
      const unitId = unitIds[0]!;
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
      const strangerOwner = await anOwner(stranger);
      const strangerBuilding = await aBuildingWithUnits(stranger, [100], { totalUnits: 2 });

      const routes: Route[] = [
        ['GET', `/units/${unitId}`],
        ['PUT', `/units/${unitId}`, { unitNumber: 'X', type: 'other', surfaceArea: 1, quota: 1 }],
        ['DELETE', `/units/${unitId}`],
        ['PUT', `/units/${unitId}/assign-owner/${strangerOwner}`],
        ['GET', `/units/${unitId}/owners`],
        ['POST', `/units/${unitId}/owners`, { ownerId: strangerOwner, share: '1' }],
        ['DELETE', `/units/${unitId}/owners/${ownerId}`],
        [
          'POST',
          `/units/${unitId}/owners/transfer`,
          { fromOwnerId: ownerId, toOwnerId: strangerOwner, date: '2024-01-01' },
        ],
        ['POST', '/units', aCreateUnitRequest(buildingId)],
        ['GET', `/buildings/${buildingId}/units`],
        ['POST', `/units/${strangerBuilding.unitIds[0]}/owners`, { ownerId, share: '1' }],
        ['PUT', `/units/${strangerBuilding.unitIds[0]}/assign-owner/${ownerId}`],
      ];
      for (const res of await expectEachRoute(stranger, routes, 404)) expect(res.body).not.toContain(ownerId);
      const list = await stranger.get<List<Unit>>(`/units?buildingId=${buildingId}`);
      expect(list.data).toEqual([]);
      expect(await syndic.get(`/units/${unitId}`)).toMatchObject({ id: unitId });
      expect((await owners(unitId)).data).toHaveLength(1);
    });
  });
});
