import { randomUUID } from 'node:crypto';
import {
  aBuildingWithUnits,
  aCreateBuildingRequest,
  aCreateUnitRequest,
  anOwner,
  expectInvalidField,
  expectProblem,
  invalidBuildingRequests,
  List,
  startRegistryApp,
} from '../builders/registry.builders';
import type { TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Building = {
  id: string;
  name: string;
  city: string;
  totalUnits: number;
  totalQuota: number;
  [key: string]: unknown;
};

describe('buildings', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;

  beforeAll(async () => ({ api, syndic, stranger } = await startRegistryApp()));
  afterAll(() => api.close());

  describe('POST /buildings', () => {
    it('creates a building with defaults, normalised names and a Location header', async () => {
      const res = await syndic.request('POST', '/buildings', {
        name: '  Résidence   Les  Tilleuls ',
        address: 'Rue  Haute 12',
        city: ' Bruxelles ',
        postalCode: '1000',
        totalUnits: 4,
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(res.headers.location).toBe(`/api/v1/buildings/${body.id}`);
      expect(body).toEqual({
        id: expect.any(String),
        name: 'Résidence Les Tilleuls',
        address: 'Rue Haute 12',
        city: 'Bruxelles',
        postalCode: '1000',
        country: 'BE',
        totalUnits: 4,
        totalQuota: 1000,
        constructionYear: null,
        associationBce: null,
        noticeDays: 15,
        unitCount: 0,
        allocatedQuota: 0,
        closedUntil: null,
        lotCount: 0,
        boardRequired: false,
        accountingMode: 'simplified',
        createdAt: expect.stringMatching(/Z$/),
        updatedAt: expect.stringMatching(/Z$/),
      });
    });

    it("records the association's enterprise number in one spelling, and clears it with null", async () => {
      const body = aCreateBuildingRequest({ associationBce: 'BE 0403 170 701' });
      const created = await syndic.post<{ id: string; associationBce: string }>('/buildings', body);
      expect(created.associationBce).toBe('0403.170.701');
      const cleared = await syndic.put(`/buildings/${created.id}`, { ...body, associationBce: null });
      expect(cleared).toMatchObject({ associationBce: null });
    });

    it('keeps the notice delay of the internal rules, from 15 to 90 days (art. 3.87 §3)', async () => {
      const body = aCreateBuildingRequest({ noticeDays: 21 });
      const created = await syndic.post<{ id: string; noticeDays: number }>('/buildings', body);
      expect(created.noticeDays).toBe(21);
      expect(await syndic.put(`/buildings/${created.id}`, { ...body, noticeDays: 90 })).toMatchObject({
        noticeDays: 90,
      });
      for (const noticeDays of [14, 91, 15.5]) {
        const refused = await syndic.request('PUT', `/buildings/${created.id}`, { ...body, noticeDays });
        expect(refused.statusCode).toBe(400);
      }
    });

    it('accepts a foreign postal code outside Belgium', async () => {
      const body = await syndic.post(
        '/buildings',
        aCreateBuildingRequest({ country: 'fr', postalCode: '75001', city: 'Paris' }),
      );
      expect(body).toMatchObject({ country: 'FR', postalCode: '75001' });
    });

    it.each(Object.entries(invalidBuildingRequests))('refuses %s with a 400 naming the field', async (_, variant) => {
      const res = await syndic.request('POST', '/buildings', { ...aCreateBuildingRequest(), ...variant.body });
      expectInvalidField(res, variant.field);
    });

    it('refuses a missing body field', async () => {
      const { city: _city, ...body } = aCreateBuildingRequest();
      expectInvalidField(await syndic.request('POST', '/buildings', body), 'city');
    });

    it('refuses text holding a NUL character, in the body or the query, and stores nothing', async () => {
      const before = await syndic.get<{ pagination: { totalItems: number } }>('/buildings');
      const res = await syndic.request('POST', '/buildings', aCreateBuildingRequest({ name: 'Résidence\u0000Nord' }));
      expectInvalidField(res, 'name');
      expectInvalidField(await syndic.request('GET', '/buildings?city=Li%00ge'), 'city');
      expect((await syndic.get<{ pagination: { totalItems: number } }>('/buildings')).pagination.totalItems).toBe(
        before.pagination.totalItems,
      );
    });
  });

  describe('GET /buildings', () => {
    let session: TenantSession;
    beforeAll(async () => {
      session = await TenantSession.forNewOrganization(api.app);
      await session.post(
        '/buildings',
        aCreateBuildingRequest({ name: 'Bravo', city: 'Liège', postalCode: '4000', totalUnits: 30 }),
      );
      await session.post(
        '/buildings',
        aCreateBuildingRequest({ name: 'alpha', city: 'Namur', postalCode: '5000', totalUnits: 20 }),
      );
      await session.post(
        '/buildings',
        aCreateBuildingRequest({ name: 'Charlie', city: 'liège', postalCode: '4020', totalUnits: 10 }),
      );
    });

    const names = (list: List<Building>) => list.data.map((b) => b.name);

    it('lists by name (case-insensitive) with the pagination envelope', async () => {
      const list = await session.get<List<Building>>('/buildings?perPage=2');
      expect(names(list)).toEqual(['alpha', 'Bravo']);
      expect(list.pagination).toEqual({
        page: 1,
        perPage: 2,
        totalItems: 3,
        totalPages: 2,
        hasNext: true,
        hasPrevious: false,
      });
      const second = await session.get<List<Building>>('/buildings?perPage=2&page=2');
      expect(names(second)).toEqual(['Charlie']);
      expect(second.pagination).toMatchObject({ hasNext: false, hasPrevious: true });
      const beyond = await session.get<List<Building>>('/buildings?perPage=2&page=5');
      expect(beyond).toMatchObject({ data: [], pagination: { totalItems: 3, totalPages: 2 } });
    });

    it.each([
      ['name', 'desc', ['Charlie', 'Bravo', 'alpha']],
      ['totalUnits', 'asc', ['Charlie', 'alpha', 'Bravo']],
      ['totalUnits', 'desc', ['Bravo', 'alpha', 'Charlie']],
      ['createdAt', 'asc', ['Bravo', 'alpha', 'Charlie']],
      ['city', 'desc', ['alpha', expect.any(String), expect.any(String)]],
    ])('sorts by %s %s', async (sort, order, expected) => {
      expect(names(await session.get<List<Building>>(`/buildings?sort=${sort}&order=${order}`))).toEqual(expected);
    });

    it('filters by city, case-insensitively', async () => {
      const list = await session.get<List<Building>>('/buildings?city=LIÈGE');
      expect(names(list).sort()).toEqual(['Bravo', 'Charlie']);
    });

    it('answers an empty list with zero pages', async () => {
      const empty = await TenantSession.forNewOrganization(api.app);
      expect(await empty.get('/buildings')).toEqual({
        data: [],
        pagination: { page: 1, perPage: 20, totalItems: 0, totalPages: 0, hasNext: false, hasPrevious: false },
      });
    });

    it.each([
      ['sort=address', 'sort'],
      ['order=up', 'order'],
      ['perPage=101', 'perPage'],
      ['page=0', 'page'],
      ['colour=red', 'colour'],
    ])('refuses ?%s with a 400', async (query, field) => {
      expectInvalidField(await session.request('GET', `/buildings?${query}`), field);
    });
  });

  describe('GET /buildings/:id', () => {
    it('answers the building', async () => {
      const created = await syndic.post('/buildings', aCreateBuildingRequest());
      expect(await syndic.get(`/buildings/${created.id}`)).toEqual(created);
    });

    it('answers 400 for a malformed id and 404 for an unknown one', async () => {
      expectInvalidField(await syndic.request('GET', '/buildings/not-a-uuid'), 'id');
      expectProblem(await syndic.request('GET', `/buildings/${randomUUID()}`), 404, 'NOT_FOUND');
    });
  });

  describe('PUT /buildings/:id', () => {
    it('replaces the editable fields', async () => {
      const created = await syndic.post('/buildings', aCreateBuildingRequest({ constructionYear: 1970 }));
      const body = aCreateBuildingRequest({ name: 'Renamed', totalUnits: 12, totalQuota: 10_000 });
      delete body.constructionYear;
      const updated = await syndic.put(`/buildings/${created.id}`, body);
      expect(updated).toMatchObject({
        id: created.id,
        name: 'Renamed',
        totalUnits: 12,
        totalQuota: 10_000,
        constructionYear: null,
      });
      expect(await syndic.get(`/buildings/${created.id}`)).toEqual(updated);
    });

    it('validates the body like a creation', async () => {
      const created = await syndic.post('/buildings', aCreateBuildingRequest());
      expectInvalidField(
        await syndic.request('PUT', `/buildings/${created.id}`, aCreateBuildingRequest({ postalCode: 'abc' })),
        'postalCode',
      );
    });

    it('refuses a total quota below the quotas of the units (422)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [250, 250, 500]);
      const res = await syndic.request(
        'PUT',
        `/buildings/${buildingId}`,
        aCreateBuildingRequest({ totalUnits: 3, totalQuota: 999 }),
      );
      expectProblem(res, 422, 'TOTAL_QUOTA_BELOW_ALLOCATED');
      await syndic.put(`/buildings/${buildingId}`, aCreateBuildingRequest({ totalUnits: 3, totalQuota: 1000 }));
    });

    it('refuses a total of units below the units recorded (422)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [100, 100]);
      const res = await syndic.request('PUT', `/buildings/${buildingId}`, aCreateBuildingRequest({ totalUnits: 1 }));
      expectProblem(res, 422, 'TOTAL_UNITS_BELOW_COUNT');
    });

    it('lets exactly one of a quota cut and a new unit win when together they would break the total', async () => {
      for (let round = 0; round < 5; round++) {
        const { buildingId } = await aBuildingWithUnits(syndic, [600], { totalUnits: 5 });
        const results = await Promise.all([
          syndic.request('PUT', `/buildings/${buildingId}`, aCreateBuildingRequest({ totalUnits: 5, totalQuota: 700 })),
          syndic.request('POST', '/units', aCreateUnitRequest(buildingId, { quota: 300 })),
        ]);
        const ok = results.filter((r) => r.statusCode < 300);
        expect(ok).toHaveLength(1);
        const refused = results.find((r) => r.statusCode >= 300);
        expect(refused?.statusCode).toBe(422);
        expect(['TOTAL_QUOTA_BELOW_ALLOCATED', 'QUOTA_EXCEEDED']).toContain(refused?.json().code);
        const building = await syndic.get<Building>(`/buildings/${buildingId}`);
        expect(building.allocatedQuota as number).toBeLessThanOrEqual(building.totalQuota);
      }
    });
  });

  describe('DELETE /buildings/:id', () => {
    it('deletes a building without units', async () => {
      const created = await syndic.post('/buildings', aCreateBuildingRequest());
      expect((await syndic.request('DELETE', `/buildings/${created.id}`)).statusCode).toBe(204);
      expectProblem(await syndic.request('GET', `/buildings/${created.id}`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('DELETE', `/buildings/${created.id}`), 404, 'NOT_FOUND');
    });

    it('refuses to delete a building that has units (409)', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [100]);
      expectProblem(await syndic.request('DELETE', `/buildings/${buildingId}`), 409, 'BUILDING_HAS_UNITS');
    });

    it('explains the refusal in Dutch or French when asked, in English otherwise', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [100]);
      const refusal = async (language?: string) =>
        expectProblem(
          await syndic.request(
            'DELETE',
            `/buildings/${buildingId}`,
            undefined,
            language ? { 'accept-language': language } : {},
          ),
          409,
          'BUILDING_HAS_UNITS',
        ).detail;
      expect(await refusal('nl-BE, fr;q=0.8')).toBe('Het gebouw heeft nog kavels: verwijder die eerst');
      expect(await refusal('fr-BE')).toBe("L'immeuble compte encore des lots : supprimez-les d'abord");
      expect(await refusal()).toBe('The building still has 1 unit(s); delete them first');
    });

    it('lets exactly one of a delete and a new unit win', async () => {
      const created = await syndic.post('/buildings', aCreateBuildingRequest());
      const [deleted, unit] = await Promise.all([
        syndic.request('DELETE', `/buildings/${created.id}`),
        syndic.request('POST', '/units', aCreateUnitRequest(created.id)),
      ]);
      expect([deleted.statusCode, unit.statusCode].sort()).toEqual(
        deleted.statusCode === 204 ? [204, 404] : [201, 409],
      );
    });
  });

  describe('GET /buildings/:id/units', () => {
    it('lists the units of the building, paginated and sorted', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [300, 100, 200]);
      const list = await syndic.get<List<{ unitNumber: string; quota: number }>>(
        `/buildings/${buildingId}/units?sort=quota&order=desc`,
      );
      expect(list.data.map((u) => u.quota)).toEqual([300, 200, 100]);
      expect(list.pagination).toMatchObject({ totalItems: 3 });
      expectInvalidField(
        await syndic.request('GET', `/buildings/${buildingId}/units?buildingId=${buildingId}`),
        'buildingId',
      );
      expectProblem(await syndic.request('GET', `/buildings/${randomUUID()}/units`), 404, 'NOT_FOUND');
    });
  });

  describe('roles', () => {
    it('lets accountants and board members read but not write', async () => {
      const created = await syndic.post('/buildings', aCreateBuildingRequest());
      for (const role of ['accountant', 'board_member'] as const) {
        const reader = await syndic.as(role);
        expect((await reader.request('GET', '/buildings')).statusCode).toBe(200);
        expect((await reader.request('GET', `/buildings/${created.id}`)).statusCode).toBe(200);
        expectProblem(await reader.request('POST', '/buildings', aCreateBuildingRequest()), 403, 'FORBIDDEN');
        expectProblem(
          await reader.request('PUT', `/buildings/${created.id}`, aCreateBuildingRequest()),
          403,
          'FORBIDDEN',
        );
        expectProblem(await reader.request('DELETE', `/buildings/${created.id}`), 403, 'FORBIDDEN');
      }
    });

    it('shows an owner only the buildings where it holds a share today', async () => {
      const org = await TenantSession.forNewOrganization(api.app);
      const mine = await aBuildingWithUnits(org, [500, 500]);
      const other = await aBuildingWithUnits(org, [1000]);
      const user = await org.as('owner');
      const ownerId = await anOwner(org, { userId: user.userId });
      await org.post(`/units/${mine.unitIds[0]}/owners`, { ownerId, share: '50' });

      const list = await user.get<List<Building>>('/buildings');
      expect(list.data.map((b) => b.id)).toEqual([mine.buildingId]);
      expect((await user.request('GET', `/buildings/${mine.buildingId}`)).statusCode).toBe(200);
      expectProblem(await user.request('GET', `/buildings/${other.buildingId}`), 404, 'NOT_FOUND');
      expectProblem(await user.request('GET', `/buildings/${other.buildingId}/units`), 404, 'NOT_FOUND');
      const units = await user.get<List<{ id: string }>>(`/buildings/${mine.buildingId}/units`);
      expect(units.data.map((u) => u.id)).toEqual([mine.unitIds[0]]);
      expectProblem(await user.request('POST', '/buildings', aCreateBuildingRequest()), 403, 'FORBIDDEN');
    });

    it('shows an owner-role user without an owner record nothing', async () => {
      const user = await syndic.as('owner');
      expect(await user.get<List<Building>>('/buildings')).toMatchObject({ data: [], pagination: { totalItems: 0 } });
    });

    it('answers 403 to the platform superadmin', async () => {
      const admin = await TenantSession.superadmin(api.app);
      expectProblem(await admin.request('GET', '/buildings'), 403, 'FORBIDDEN');
      expectProblem(await admin.request('POST', '/buildings', aCreateBuildingRequest()), 403, 'FORBIDDEN');
    });

    it('answers 401 without a token', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/api/v1/buildings' });
      expectProblem(res, 401, 'UNAUTHENTICATED');
    });
  });

  describe('another organization', () => {
    it("answers 404 on every route for another organization's building and never lists it", async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, [100]);
      expectProblem(await stranger.request('GET', `/buildings/${buildingId}`), 404, 'NOT_FOUND');
      expectProblem(
        await stranger.request('PUT', `/buildings/${buildingId}`, aCreateBuildingRequest()),
        404,
        'NOT_FOUND',
      );
      expectProblem(await stranger.request('DELETE', `/buildings/${buildingId}`), 404, 'NOT_FOUND');
      expectProblem(await stranger.request('GET', `/buildings/${buildingId}/units`), 404, 'NOT_FOUND');
      const body = expectProblem(await stranger.request('GET', `/buildings/${buildingId}`), 404, 'NOT_FOUND');
      expect(JSON.stringify(body)).not.toContain(buildingId);
      const list = await stranger.get<List<Building>>('/buildings?perPage=100');
      expect(list.data.map((b) => b.id)).not.toContain(buildingId);
      expect((await syndic.get(`/buildings/${buildingId}`)).id).toBe(buildingId);
    });
  });
});
