import { A_PASSWORD, aCreateOrganizationRequest, aCreateUserRequest } from '../builders/identity.builders';
import { expectNowhereInDatabase } from '../support/database-scan';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

describe('organizations and users', () => {
  let api: TestApp;
  let admin: TenantSession;
  let syndic: TenantSession;
  let other: TenantSession;

  beforeAll(async () => {
    api = await createTestApp();
    admin = await TenantSession.superadmin(api.app);
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
  });
  afterAll(() => api.close());

  const login = (email: string, password = A_PASSWORD) =>
    api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

  describe('organizations', () => {
    it('creates an organization with its first syndic, with a Location header', async () => {
      const body = aCreateOrganizationRequest({ name: 'Syndic Grand-Place Liège' });
      const res = await admin.request('POST', '/organizations', body);
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(res.headers.location).toBe(`/api/v1/organizations/${created.id}`);
      expect(created).toMatchObject({
        slug: 'syndic-grand-place-liege',
        active: true,
        syndic: { role: 'syndic', organizationId: created.id },
      });
      expect((await login(body.syndic.email)).statusCode).toBe(200);
    });

    it('creates nothing when the first syndic cannot be created', async () => {
      const taken = aCreateOrganizationRequest();
      await admin.post('/organizations', taken);
      const clash = aCreateOrganizationRequest({ syndic: { ...taken.syndic } });
      const res = await admin.request('POST', '/organizations', clash);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('EMAIL_NOT_AVAILABLE');
      const list = await admin.get<{ data: Array<{ name: string }> }>('/organizations?perPage=100');
      expect(list.data.map((o) => o.name)).not.toContain(clash.name);
    });

    it('refuses a duplicate slug, a short password and a bad email', async () => {
      await admin.post('/organizations', aCreateOrganizationRequest({ slug: 'unique-slug' }));
      expect(
        (await admin.request('POST', '/organizations', aCreateOrganizationRequest({ slug: 'unique-slug' }))).json()
          .code,
      ).toBe('SLUG_ALREADY_USED');
      const weak = aCreateOrganizationRequest();
      const res = await admin.request('POST', '/organizations', {
        ...weak,
        syndic: { ...weak.syndic, password: 'short' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'syndic.password' })]),
      );
      expect(
        (await admin.request('POST', '/organizations', aCreateOrganizationRequest({ contactEmail: 'nope' })))
          .statusCode,
      ).toBe(400);
    });

    it('lists, reads, updates, suspends and activates (superadmin)', async () => {
      const list = await admin.get<{ pagination: { totalItems: number } }>('/organizations');
      expect(list.pagination.totalItems).toBeGreaterThanOrEqual(2);
      const updated = await admin.put(`/organizations/${syndic.organizationId}`, {
        name: 'Renamed Syndic',
        contactEmail: 'new@syndic.be',
      });
      expect(updated).toMatchObject({ name: 'Renamed Syndic', contactEmail: 'new@syndic.be' });
      expect(await admin.put(`/organizations/${other.organizationId}/suspend`)).toMatchObject({ active: false });
      expect(await admin.put(`/organizations/${other.organizationId}/activate`)).toMatchObject({ active: true });
    });

    it('keeps the letterhead a syndic records for its own firm, in one spelling, and refuses a bad check digit', async () => {
      const path = `/organizations/${syndic.organizationId}`;
      const current = await syndic.get<{ name: string; contactEmail: string }>(path);
      const base = { name: current.name, contactEmail: current.contactEmail };
      const updated = await syndic.put(path, {
        ...base,
        address: 'Rue  Haute 12, 1000 Bruxelles',
        bceNumber: 'BE 0403 170 701',
        ipiNumber: 'IPI 504 123',
        phone: '+32 2 123 45 67',
        email: 'Gestion@Syndic.be',
        feesIban: 'be68 5390 0754 7034',
      });
      expect(updated).toMatchObject({
        address: 'Rue Haute 12, 1000 Bruxelles',
        bceNumber: '0403.170.701',
        ipiNumber: '504.123',
        phone: '+32 2 123 45 67',
        email: 'gestion@syndic.be',
        feesIban: 'BE68539007547034',
      });
      expect(await syndic.put(path, { ...base, phone: null })).toMatchObject({
        phone: null,
        bceNumber: '0403.170.701',
      });
      for (const bad of [{ bceNumber: '0403.170.702' }, { feesIban: 'BE68 5390 0754 7035' }, { ipiNumber: '12' }]) {
        const res = await syndic.request('PUT', path, { ...base, ...bad });
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().errors).toEqual([expect.objectContaining({ field: Object.keys(bad)[0] })]);
      }
      expect((await syndic.request('PUT', `/organizations/${other.organizationId}`, base)).statusCode).toBe(404);
    });

    it('lets a syndic read its own organization and nobody else see another one', async () => {
      expect((await syndic.request('GET', `/organizations/${syndic.organizationId}`)).statusCode).toBe(200);
      expect((await syndic.request('GET', `/organizations/${other.organizationId}`)).statusCode).toBe(404);
      expect((await syndic.request('GET', '/organizations')).statusCode).toBe(403);
      expect((await syndic.request('POST', '/organizations', aCreateOrganizationRequest())).statusCode).toBe(403);
      expect((await syndic.request('PUT', `/organizations/${syndic.organizationId}/suspend`)).statusCode).toBe(403);
    });

    it('answers 404 for an unknown organization and 400 for a bad id', async () => {
      expect((await admin.request('GET', '/organizations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
      expect((await admin.request('GET', '/organizations/not-a-uuid')).statusCode).toBe(400);
    });
  });

  describe('users', () => {
    it('refuses an e-mail taken here or in another organization with the same answer, naming neither', async () => {
      const here = aCreateUserRequest();
      const elsewhere = aCreateUserRequest();
      await syndic.post('/users', here);
      await other.post('/users', elsewhere);
      const again = await syndic.request('POST', '/users', aCreateUserRequest({ email: here.email }));
      const foreign = await syndic.request('POST', '/users', aCreateUserRequest({ email: elsewhere.email }));
      const strip = (res: { json: () => Record<string, unknown> }) => ({ ...res.json(), requestId: undefined });
      expect(foreign.statusCode).toBe(409);
      expect(strip(foreign)).toEqual(strip(again));
      expect(foreign.json()).toMatchObject({ code: 'EMAIL_NOT_AVAILABLE' });
      expect(JSON.stringify(foreign.json())).not.toMatch(/already|organi[sz]ation|exists/i);
      const clash = aCreateOrganizationRequest({
        syndic: { ...aCreateOrganizationRequest().syndic, email: elsewhere.email },
      });
      const organization = await admin.request('POST', '/organizations', clash);
      expect(strip(organization)).toEqual(strip(foreign));
    });

    it('lets a syndic create users of its organization, but never a superadmin', async () => {
      const body = aCreateUserRequest({ role: 'board_member' });
      const res = await syndic.request('POST', '/users', body);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        organizationId: syndic.organizationId,
        role: 'board_member',
        email: body.email,
      });
      expect(res.json()).not.toHaveProperty('passwordHash');
      expect((await syndic.request('POST', '/users', aCreateUserRequest({ role: 'superadmin' }))).statusCode).toBe(403);
      expect((await syndic.request('POST', '/users', aCreateUserRequest({ role: 'wizard' }))).statusCode).toBe(400);
      expect(
        (await syndic.request('POST', '/users', aCreateUserRequest({ organizationId: other.organizationId })))
          .statusCode,
      ).toBe(400);
      expect((await syndic.request('POST', '/users', body)).statusCode).toBe(409);
    });

    it('lets the superadmin create a user in a named organization', async () => {
      const res = await admin.request('POST', '/users', aCreateUserRequest({ organizationId: other.organizationId }));
      expect(res.statusCode).toBe(201);
      expect(res.json().organizationId).toBe(other.organizationId);
      expect((await admin.request('POST', '/users', aCreateUserRequest())).statusCode).toBe(400);
    });

    it('lists, reads, updates and deactivates users of its own organization only', async () => {
      const created = await syndic.post('/users', aCreateUserRequest());
      const list = await syndic.get<{ data: Array<{ organizationId: string }> }>('/users?sort=createdAt&order=desc');
      expect(list.data.every((u) => u.organizationId === syndic.organizationId)).toBe(true);
      expect(
        await syndic.put(`/users/${created.id}`, { firstName: 'Anne', lastName: 'Dupont', role: 'owner' }),
      ).toMatchObject({
        firstName: 'Anne',
        role: 'owner',
      });
      expect(await syndic.put(`/users/${created.id}/deactivate`)).toMatchObject({ active: false });
      expect((await other.request('GET', `/users/${created.id}`)).statusCode).toBe(404);
      expect((await other.request('PUT', `/users/${created.id}/deactivate`)).statusCode).toBe(404);
      expect((await other.request('POST', `/users/${created.id}/gdpr-delete`)).statusCode).toBe(404);
      expect((await syndic.request('GET', '/users?sort=password')).statusCode).toBe(400);
    });

    it('keeps user management to syndics and the superadmin (role matrix)', async () => {
      for (const role of ['accountant', 'board_member', 'owner'] as const) {
        const session = await syndic.as(role);
        expect((await session.request('GET', '/users')).statusCode).toBe(403);
        expect((await session.request('POST', '/users', aCreateUserRequest())).statusCode).toBe(403);
        expect((await session.request('GET', `/users/${syndic.userId}`)).statusCode).toBe(403);
        expect((await session.request('GET', '/auth/me')).statusCode).toBe(200);
        expect((await session.request('GET', '/organizations')).statusCode).toBe(403);
      }
    });
  });

  describe('personal data', () => {
    it('exports what is held about the caller', async () => {
      const body = aCreateUserRequest({ role: 'owner' });
      await syndic.post('/users', body);
      const { accessToken } = (await login(body.email)).json();
      const res = await api.app.inject({
        method: 'GET',
        url: '/api/v1/users/me/export',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().user).toMatchObject({ email: body.email, firstName: body.firstName });
      expect(JSON.stringify(res.json())).not.toContain('argon2');
    });

    it('anonymises a person on erasure: no sign-in, no name or email in any response', async () => {
      const body = aCreateUserRequest({ firstName: 'Griet', lastName: 'Vandamme' });
      const created = await syndic.post('/users', body);
      const res = await syndic.request('POST', `/users/${created.id}/gdpr-delete`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ userId: created.id, anonymized: expect.arrayContaining(['user.email']) });
      expect((await login(body.email)).statusCode).toBe(401);
      const after = JSON.stringify([await syndic.get(`/users/${created.id}`), await syndic.get('/users?perPage=100')]);
      expect(after).not.toContain('Griet');
      expect(after).not.toContain('Vandamme');
      expect(after).not.toContain(body.email);
      expect((await syndic.request('POST', `/users/${created.id}/gdpr-delete`)).statusCode).toBe(409);
    });

    it('lets nobody but the person, the syndic or the superadmin erase an account', async () => {
      const accountant = await syndic.as('accountant');
      expect((await accountant.request('POST', `/users/${syndic.userId}/gdpr-delete`)).statusCode).toBe(403);
    });

    it('stores no email in clear in any table', async () => {
      const body = aCreateUserRequest({ email: 'clear.text.probe@syndic.be' });
      await syndic.post('/users', body);
      await expectNowhereInDatabase(api.databaseUrl, 'clear.text.probe');
    });
  });
});
