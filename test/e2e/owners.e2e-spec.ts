import { randomUUID } from 'node:crypto';
import { TenantDatabase } from '../../src/shared/persistence/tenant-database';
import {
  aBuildingWithUnits,
  aCreateOwnerRequest,
  anOwner,
  expectEachRoute,
  expectExactlyOneSucceeded,
  expectInvalidField,
  expectProblem,
  invalidOwnerRequests,
  List,
  Route,
  startRegistryApp,
} from '../builders/registry.builders';
import type { TestApp } from '../support/test-app';
import { sql } from '../../src/shared/persistence/sql';
import { platformQuery, TenantSession } from '../support/tenant-session';

type Owner = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  userId: string | null;
};

describe('owners', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;

  beforeAll(async () => ({ api, syndic, stranger } = await startRegistryApp()));
  afterAll(() => api.close());

  describe('POST /owners', () => {
    it('creates an owner with a Location header, normalised names and personal data stored only encrypted', async () => {
      const body = aCreateOwnerRequest({
        firstName: '  Jean-Pierre ',
        lastName: 'Van  den Bossche',
        email: 'JP.VDB@Example.be',
      });
      const res = await syndic.request('POST', '/owners', body);
      expect(res.statusCode).toBe(201);
      const owner = res.json();
      expect(res.headers.location).toBe(`/api/v1/owners/${owner.id}`);
      expect(owner).toEqual({
        id: expect.any(String),
        firstName: 'Jean-Pierre',
        lastName: 'Van den Bossche',
        email: 'JP.VDB@Example.be',
        phone: '+32 2 123 45 67',
        address: { street: 'Avenue Louise 54', postalCode: '1050', city: 'Ixelles', country: 'BE' },
        userId: null,
        convocationChannel: 'registered_mail',
        emailConsent: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const [row] = (await platformQuery(api.app, sql`SELECT * FROM owners WHERE id = ${owner.id}`)) as Array<
        Record<string, unknown>
      >;
      expect(JSON.stringify(row)).not.toMatch(/vdb@example|123 45 67/i);
    });

    it.each(Object.entries(invalidOwnerRequests))('refuses %s with a 400 naming the field', async (_, variant) => {
      expectInvalidField(
        await syndic.request('POST', '/owners', { ...aCreateOwnerRequest(), ...variant.body }),
        variant.field,
      );
    });

    it('refuses an email already used in the organization, whatever its case (409)', async () => {
      await syndic.post('/owners', aCreateOwnerRequest({ email: 'taken@example.be' }));
      expectProblem(
        await syndic.request('POST', '/owners', aCreateOwnerRequest({ email: ' TAKEN@example.be' })),
        409,
        'DUPLICATE_OWNER_EMAIL',
      );
      await stranger.post('/owners', aCreateOwnerRequest({ email: 'taken@example.be' }));
    });

    it('lets exactly one of two parallel owners with the same email exist', async () => {
      const email = `race.${randomUUID()}@example.be`;
      const results = await Promise.all(
        [1, 2, 3].map(() => syndic.request('POST', '/owners', aCreateOwnerRequest({ email }))),
      );
      expectExactlyOneSucceeded(results, 201, 409, 'DUPLICATE_OWNER_EMAIL');
    });

    it('links an owner-role user of the organization, once', async () => {
      const user = await syndic.as('owner');
      const owner = await syndic.post('/owners', aCreateOwnerRequest({ userId: user.userId }));
      expect(owner.userId).toBe(user.userId);
      expectProblem(
        await syndic.request('POST', '/owners', aCreateOwnerRequest({ userId: user.userId })),
        409,
        'OWNER_USER_ALREADY_LINKED',
      );
      const accountant = await syndic.as('accountant');
      expectProblem(
        await syndic.request('POST', '/owners', aCreateOwnerRequest({ userId: accountant.userId })),
        422,
        'USER_NOT_OWNER_ROLE',
      );
      const foreign = await stranger.as('owner');
      expectProblem(
        await syndic.request('POST', '/owners', aCreateOwnerRequest({ userId: foreign.userId })),
        404,
        'NOT_FOUND',
      );
    });

    it('refuses to link a deactivated owner account (422)', async () => {
      const user = await syndic.as('owner');
      await syndic.put(`/users/${user.userId}/deactivate`);
      expectProblem(
        await syndic.request('POST', '/owners', aCreateOwnerRequest({ userId: user.userId })),
        422,
        'USER_NOT_OWNER_ROLE',
      );
    });
  });

  describe('GET /owners', () => {
    let session: TenantSession;
    beforeAll(async () => {
      session = await TenantSession.forNewOrganization(api.app);
      await session.post(
        '/owners',
        aCreateOwnerRequest({ firstName: 'Éric', lastName: 'Martin', email: 'zoe@example.be' }),
      );
      await session.post(
        '/owners',
        aCreateOwnerRequest({ firstName: 'anna', lastName: 'Peeters', email: 'bart@example.be' }),
      );
      await session.post(
        '/owners',
        aCreateOwnerRequest({ firstName: 'Bruno', lastName: 'de Smet', email: 'Mia@example.be' }),
      );
      await session.post(
        '/owners',
        aCreateOwnerRequest({ firstName: 'Zoé', lastName: 'Aerts', email: 'alice@example.be' }),
      );
    });
    const lastNames = (list: List<Owner>) => list.data.map((o) => o.lastName);

    it.each([
      ['', ['Aerts', 'de Smet', 'Martin', 'Peeters']],
      ['?sort=lastName&order=desc', ['Peeters', 'Martin', 'de Smet', 'Aerts']],
      ['?sort=firstName', ['Peeters', 'de Smet', 'Martin', 'Aerts']],
      ['?sort=email', ['Aerts', 'Peeters', 'de Smet', 'Martin']],
      ['?sort=email&order=desc', ['Martin', 'de Smet', 'Peeters', 'Aerts']],
    ])('lists %s in order', async (query, expected) => {
      expect(lastNames(await session.get<List<Owner>>(`/owners${query}`))).toEqual(expected);
    });

    it('keeps email order across many writes and renames', async () => {
      const org = await TenantSession.forNewOrganization(api.app);
      const emails = Array.from({ length: 30 }, (_, i) => `m${String((i * 7) % 30).padStart(2, '0')}@example.be`);
      for (const email of emails) await org.post('/owners', aCreateOwnerRequest({ email }));
      const first = (await org.get<List<Owner>>('/owners?sort=email&perPage=1')).data[0]!;
      await org.put(`/owners/${first.id}`, aCreateOwnerRequest({ email: 'm99@example.be' }));
      const list = await org.get<List<Owner>>('/owners?sort=email&perPage=100');
      const sorted = list.data.map((o) => o.email);
      expect(sorted).toEqual([...sorted].sort());
      expect(sorted.at(-1)).toBe('m99@example.be');
    });

    it('searches names by prefix, ignoring case and accents, or an exact email', async () => {
      expect(lastNames(await session.get<List<Owner>>('/owners?q=eric'))).toEqual(['Martin']);
      expect(lastNames(await session.get<List<Owner>>('/owners?q=DE%20S'))).toEqual(['de Smet']);
      expect(lastNames(await session.get<List<Owner>>('/owners?q=z'))).toEqual(['Aerts']);
      expect(lastNames(await session.get<List<Owner>>('/owners?q=MIA@example.be'))).toEqual(['de Smet']);
      expect(lastNames(await session.get<List<Owner>>('/owners?email=bart@example.be'))).toEqual(['Peeters']);
      expect(lastNames(await session.get<List<Owner>>('/owners?q=%25'))).toEqual([]);
    });

    it('paginates', async () => {
      const list = await session.get<List<Owner>>('/owners?perPage=3&page=2');
      expect(list).toMatchObject({
        data: [expect.any(Object)],
        pagination: { totalItems: 4, totalPages: 2, hasPrevious: true },
      });
    });

    it.each([
      ['sort=phone', 'sort'],
      ['order=sideways', 'order'],
      ['email=nope', 'email'],
      ['perPage=500', 'perPage'],
    ])('refuses ?%s with a 400', async (query, field) => {
      expectInvalidField(await session.request('GET', `/owners?${query}`), field);
    });
  });

  describe('GET, PUT, DELETE /owners/:id', () => {
    it('reads, replaces and deletes an owner', async () => {
      const id = await anOwner(syndic);
      expect(await syndic.get(`/owners/${id}`)).toMatchObject({ id });
      const body = aCreateOwnerRequest({ firstName: 'Lotte', phone: undefined, address: undefined });
      delete body.phone;
      delete body.address;
      expect(await syndic.put(`/owners/${id}`, body)).toMatchObject({
        id,
        firstName: 'Lotte',
        email: body.email,
        phone: null,
        address: null,
      });
      expect((await syndic.request('DELETE', `/owners/${id}`)).statusCode).toBe(204);
      expectProblem(await syndic.request('GET', `/owners/${id}`), 404, 'NOT_FOUND');
    });

    it('refuses to take another owner’s email on update (409)', async () => {
      const taken = aCreateOwnerRequest();
      await syndic.post('/owners', taken);
      const id = await anOwner(syndic);
      expectProblem(
        await syndic.request('PUT', `/owners/${id}`, aCreateOwnerRequest({ email: taken.email.toUpperCase() })),
        409,
        'DUPLICATE_OWNER_EMAIL',
      );
      expectInvalidField(
        await syndic.request('PUT', `/owners/${id}`, { ...aCreateOwnerRequest(), email: 'x' }),
        'email',
      );
    });

    it('answers 400 for a malformed id and 404 for an unknown owner', async () => {
      expectInvalidField(await syndic.request('GET', '/owners/abc'), 'id');
      expectProblem(await syndic.request('GET', `/owners/${randomUUID()}`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('PUT', `/owners/${randomUUID()}`, aCreateOwnerRequest()), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('DELETE', `/owners/${randomUUID()}`), 404, 'NOT_FOUND');
    });

    it('refuses to delete an owner with an ownership history (409)', async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [100]);
      const id = await anOwner(syndic);
      await syndic.post(`/units/${unitIds[0]}/owners`, { ownerId: id, share: '100', startDate: '2020-01-01' });
      await syndic.request('DELETE', `/units/${unitIds[0]}/owners/${id}?endDate=2021-01-01`);
      expectProblem(await syndic.request('DELETE', `/owners/${id}`), 409, 'OWNER_HAS_OWNERSHIPS');
    });
  });

  describe('GET /owners/:id/units', () => {
    it('lists the units the owner holds a share of on a day', async () => {
      const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [100, 200]);
      const id = await anOwner(syndic);
      await syndic.post(`/units/${unitIds[0]}/owners`, { ownerId: id, share: '25.5', startDate: '2020-01-01' });
      await syndic.post(`/units/${unitIds[1]}/owners`, { ownerId: id, share: '100', startDate: '2023-01-01' });
      const now = await syndic.get<List<Record<string, unknown>>>(`/owners/${id}/units`);
      expect(now.data).toEqual([
        expect.objectContaining({ unitId: unitIds[0], buildingId, unitNumber: 'U1', share: '25.5000', quota: 100 }),
        expect.objectContaining({ unitId: unitIds[1], unitNumber: 'U2', share: '100.0000' }),
      ]);
      expect(now.pagination).toMatchObject({ totalItems: 2 });
      const before = await syndic.get<List<Record<string, unknown>>>(`/owners/${id}/units?at=2022-06-01`);
      expect(before.data.map((u) => u.unitId)).toEqual([unitIds[0]]);
      expectInvalidField(await syndic.request('GET', `/owners/${id}/units?at=2022-6-1`), 'at');
      expectProblem(await syndic.request('GET', `/owners/${randomUUID()}/units`), 404, 'NOT_FOUND');
    });
  });

  describe('roles', () => {
    it('lets accountants and board members read but not write', async () => {
      const id = await anOwner(syndic);
      for (const role of ['accountant', 'board_member'] as const) {
        const reader = await syndic.as(role);
        expect((await reader.request('GET', '/owners')).statusCode).toBe(200);
        expect((await reader.request('GET', `/owners/${id}`)).statusCode).toBe(200);
        expect((await reader.request('GET', `/owners/${id}/units`)).statusCode).toBe(200);
        expectProblem(await reader.request('POST', '/owners', aCreateOwnerRequest()), 403, 'FORBIDDEN');
        expectProblem(await reader.request('PUT', `/owners/${id}`, aCreateOwnerRequest()), 403, 'FORBIDDEN');
        expectProblem(await reader.request('DELETE', `/owners/${id}`), 403, 'FORBIDDEN');
      }
    });

    it('shows an owner only its own record and units', async () => {
      const user = await syndic.as('owner');
      const me = await anOwner(syndic, { userId: user.userId });
      const other = await anOwner(syndic);
      const list = await user.get<List<Owner>>('/owners');
      expect(list.data.map((o) => o.id)).toEqual([me]);
      expect((await user.request('GET', `/owners/${me}`)).statusCode).toBe(200);
      expect((await user.request('GET', `/owners/${me}/units`)).statusCode).toBe(200);
      expectProblem(await user.request('GET', `/owners/${other}`), 404, 'NOT_FOUND');
      expectProblem(await user.request('GET', `/owners/${other}/units`), 404, 'NOT_FOUND');
      expectProblem(await user.request('PUT', `/owners/${me}`, aCreateOwnerRequest()), 403, 'FORBIDDEN');
    });

    it('answers 403 to the platform superadmin', async () => {
      const admin = await TenantSession.superadmin(api.app);
      expectProblem(await admin.request('GET', '/owners'), 403, 'FORBIDDEN');
    });
  });

  describe('another organization', () => {
    it("answers 404 on every route for another organization's owner and never lists it", async () => {
      const id = await anOwner(syndic, { email: `mine.${randomUUID()}@example.be` });
      const routes: Route[] = [
        ['GET', `/owners/${id}`],
        ['PUT', `/owners/${id}`, aCreateOwnerRequest()],
        ['DELETE', `/owners/${id}`],
        ['GET', `/owners/${id}/units`],
      ];
      for (const res of await expectEachRoute(stranger, routes, 404)) expect(res.body).not.toContain(id);
      expect((await stranger.get<List<Owner>>('/owners?perPage=100')).data.map((o) => o.id)).not.toContain(id);
      expect((await syndic.get(`/owners/${id}`)).id).toBe(id);
    });

    it('keeps rows invisible even to a raw query under another organization', async () => {
      const id = await anOwner(syndic);
      const rows = await api.app
        .get(TenantDatabase)
        .reader(stranger.organizationId)
        .rows(sql`SELECT id FROM owners WHERE id = ${id}`);
      expect(rows).toEqual([]);
    });
  });
});
