import { randomUUID } from 'node:crypto';
import type { Response } from 'light-my-request';
import { aPdf, anUploadFields, multipartBody } from '../builders/documents.builders';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anAddOwnershipRequest, anOwner, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Json = Record<string, unknown> & { id: string };
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
interface OpenApi {
  paths: Record<string, Partial<Record<Lowercase<Method>, unknown>>>;
}

const DAY = 86_400_000;
const PASSWORD = 'a-long-enough-password-2026';

/** Every operation of the document whose path holds a parameter, as [method, path template, parameter names]. */
function parameterisedOperations(document: OpenApi): Array<[Method, string, string[]]> {
  return Object.entries(document.paths).flatMap(([path, operations]) => {
    const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
    if (!names.length) return [];
    return Object.keys(operations)
      .filter((method) => ['get', 'post', 'put', 'delete'].includes(method))
      .map((method) => [method.toUpperCase() as Method, path, names] as [Method, string, string[]]);
  });
}

describe('integrator contract', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let admin: TenantSession;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    admin = await TenantSession.superadmin(api.app);
  });
  afterAll(() => api.close());

  describe('bad path parameters', () => {
    it('answer 400 VALIDATION_FAILED naming the parameter, on every route of the OpenAPI document', async () => {
      const document = (await api.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as OpenApi;
      const operations = parameterisedOperations(document);
      expect(operations.length).toBeGreaterThan(40);
      const wrong: string[] = [];
      for (const [method, path, names] of operations) {
        for (const bad of names) {
          const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (name === bad ? 'not-an-id' : randomUUID()));
          const payload = method === 'POST' || method === 'PUT' ? {} : undefined;
          let res = await syndic.request(method, url.replace(/^\/api\/v1/, ''), payload);
          if (res.statusCode === 403) res = await admin.request(method, url.replace(/^\/api\/v1/, ''), payload);
          const body = res.json() as { code?: string; errors?: Array<{ field: string }> };
          const named = body.errors?.some((error) => error.field === bad);
          if (res.statusCode !== 400 || body.code !== 'VALIDATION_FAILED' || !named) {
            wrong.push(`${method} ${path} (${bad}): ${res.statusCode} ${res.body.slice(0, 160)}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  });

  describe('Location of created resources', () => {
    const expectLocationNames = async (session: TenantSession, res: Response, id?: string): Promise<Json> => {
      if (res.statusCode !== 201) throw new Error(`Expected 201, got ${res.statusCode}: ${res.body}`);
      const location = res.headers.location;
      expect(typeof location).toBe('string');
      const created = res.json() as Json;
      const read = await session.request('GET', String(location));
      expect({ location, status: read.statusCode }).toEqual({ location, status: 200 });
      if (read.headers['content-type']?.toString().startsWith('application/json')) {
        expect((read.json() as Json).id ?? (read.json() as Json).code).toBe(id ?? created.id ?? created.code);
      }
      return created;
    };

    it('names, for every create, a route that answers the created resource', async () => {
      const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [300, 300], { totalUnits: 3 });
      const [unitId, otherUnitId] = unitIds as [string, string];
      const post = (url: string, body: unknown) => syndic.request('POST', url, body);

      await expectLocationNames(
        syndic,
        await post('/buildings', {
          name: 'Résidence',
          address: 'Rue Haute 1',
          city: 'Bruxelles',
          postalCode: '1000',
          totalUnits: 2,
        }),
      );
      await expectLocationNames(
        syndic,
        await post('/units', { buildingId, unitNumber: 'L3', type: 'apartment', surfaceArea: 70, quota: 100 }),
      );
      const ownerId = await anOwner(syndic);
      const buyerId = await anOwner(syndic);
      const added = await expectLocationNames(
        syndic,
        await post(`/units/${unitId}/owners`, anAddOwnershipRequest(ownerId, { startDate: '2026-01-01' })),
      );
      expect(added).toMatchObject({ unitId, ownerId });
      const transferred = await expectLocationNames(
        syndic,
        await post(`/units/${unitId}/owners/transfer`, {
          fromOwnerId: ownerId,
          toOwnerId: buyerId,
          date: '2026-02-01',
        }),
      );
      expect(transferred).toMatchObject({ unitId, ownerId: buyerId });
      await expectLocationNames(
        syndic,
        await post('/owners', {
          firstName: 'Léa',
          lastName: 'Peeters',
          email: `lea.${randomUUID().slice(0, 6)}@example.be`,
        }),
      );
      await expectLocationNames(syndic, await post('/expenses', aCreateExpenseRequest(buildingId)));
      const meeting = await expectLocationNames(
        syndic,
        await post('/meetings', {
          buildingId,
          type: 'ordinary',
          title: 'Assemblée générale ordinaire',
          scheduledAt: new Date(Date.now() + 30 * DAY).toISOString(),
          location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
        }),
      );
      await expectLocationNames(syndic, await post(`/meetings/${meeting.id}/agenda`, { title: 'Budget 2027' }));
      await expectLocationNames(
        syndic,
        await post(`/buildings/${buildingId}/keys`, {
          name: 'Ascenseur',
          weights: [{ unitId: otherUnitId, weight: 1 }],
        }),
      );
      await expectLocationNames(syndic, await post(`/buildings/${buildingId}/closings`, { until: '2025-12-31' }));
      const quotas = await syndic.request('POST', `/units/${otherUnitId}/quotas`, {
        quota: 400,
        validFrom: '2026-06-01',
        decisionRef: 'AG 2026',
      });
      expect(quotas.statusCode).toBe(201);
      expect(await syndic.get(String(quotas.headers.location))).toEqual(quotas.json());
      const upload = multipartBody(anUploadFields(buildingId), {
        fileName: 'pv.pdf',
        content: aPdf(),
        contentType: 'application/pdf',
      });
      await expectLocationNames(
        syndic,
        await syndic.request('POST', '/documents/upload', upload.payload, upload.headers),
      );
      await expectLocationNames(
        syndic,
        await post('/users', {
          email: `acc.${randomUUID().slice(0, 6)}@example.be`,
          password: PASSWORD,
          firstName: 'Ann',
          lastName: 'Claes',
          role: 'accountant',
        }),
      );
      await expectLocationNames(
        syndic,
        await post('/pcn/accounts', { code: '619900', labelFr: 'Divers', labelNl: 'Diversen' }),
        '619900',
      );
      const slug = `loc-${randomUUID().slice(0, 6)}`;
      await expectLocationNames(
        admin,
        await admin.request('POST', '/organizations', {
          name: `Syndic ${slug}`,
          slug,
          contactEmail: `contact@${slug}.be`,
          syndic: { email: `syndic@${slug}.be`, password: PASSWORD, firstName: 'Sam', lastName: 'Dupont' },
        }),
        undefined,
      );
    });

    it("answers 404 for another organization's ownership, and for an ownership of another unit", async () => {
      const { unitIds } = await aBuildingWithUnits(syndic, [500, 500]);
      const [unitId, otherUnitId] = unitIds as [string, string];
      const ownership = await syndic.post(`/units/${unitId}/owners`, anAddOwnershipRequest(await anOwner(syndic)));
      const stranger = await TenantSession.forNewOrganization(api.app);
      expectProblem(await stranger.request('GET', `/units/${unitId}/ownerships/${ownership.id}`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('GET', `/units/${otherUnitId}/ownerships/${ownership.id}`), 404, 'NOT_FOUND');
      expect(await syndic.get(`/units/${unitId}/ownerships/${ownership.id}`)).toMatchObject({
        id: ownership.id,
        share: '100.0000',
        firstName: expect.any(String),
      });
    });
  });

  describe('security headers', () => {
    const docs = (app: TestApp, headers: Record<string, string> = {}) =>
      app.app.inject({ method: 'GET', url: '/docs', headers: { host: '192.168.1.20:8080', ...headers } });

    it('serve /docs to a plain-HTTP origin other than loopback: no upgrade to https, no HSTS', async () => {
      const res = await docs(api);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      // The page loads its scripts and styles from its own origin, whatever scheme that is.
      expect(res.body).not.toMatch(/(src|href)="https?:/);
    });

    it('ignore X-Forwarded-Proto from a peer that is not a trusted proxy', async () => {
      const res = await docs(api, { 'x-forwarded-proto': 'https' });
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    });

    it('ask browsers to stay on https when a trusted proxy says the request came over TLS', async () => {
      const proxied = await createTestApp({ TRUSTED_PROXIES: '127.0.0.1' });
      try {
        const tls = await docs(proxied, { 'x-forwarded-proto': 'https' });
        expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
        expect(tls.headers['content-security-policy']).toContain('upgrade-insecure-requests');
        const plain = await docs(proxied, { 'x-forwarded-proto': 'http' });
        expect(plain.headers['strict-transport-security']).toBeUndefined();
      } finally {
        await proxied.close();
      }
    });
  });

  describe('languages', () => {
    it('answers sign-in errors, field messages, resource names and titles in French and Dutch', async () => {
      const login = (language: string) =>
        api.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers: { 'accept-language': language },
          payload: { email: 'nobody@example.be', password: 'wrong-password-2026' },
        });
      expect((await login('fr')).json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        title: 'Authentification requise',
        detail: "L'adresse e-mail ou le mot de passe est incorrect",
      });
      expect((await login('nl-BE,nl;q=0.9')).json()).toMatchObject({
        title: 'Authenticatie vereist',
        detail: 'Het e-mailadres of het wachtwoord is onjuist',
      });

      const { buildingId } = await aBuildingWithUnits(syndic, []);
      const badUnit = { buildingId, unitNumber: 'X', type: 'villa', surfaceArea: 70, quota: 0, colour: 'red' };
      const fr = await syndic.request('POST', '/units', badUnit, { 'accept-language': 'fr' });
      const body = expectProblem(fr, 400, 'VALIDATION_FAILED');
      expect(body.title).toBe('Requête incorrecte');
      expect(body.errors).toEqual(
        expect.arrayContaining([
          { field: 'quota', message: 'quota doit valoir au moins 1' },
          { field: 'type', message: expect.stringMatching(/^type doit valoir une de ces valeurs : apartment, /) },
          { field: 'colour', message: "Le champ colour n'est pas permis" },
        ]),
      );
      const en = (await syndic.request('POST', '/units', badUnit)).json() as { errors: Array<{ message: string }> };
      expect(en.errors).toEqual(expect.arrayContaining([{ field: 'quota', message: 'quota must not be less than 1' }]));

      const missing = await syndic.request('GET', `/buildings/${randomUUID()}`, undefined, { 'accept-language': 'nl' });
      expect(missing.json()).toMatchObject({ title: 'Niet gevonden', detail: 'Gebouw niet gevonden' });
      const badId = await syndic.request('GET', '/pcn/x', undefined, { 'accept-language': 'fr' });
      expect(badId.json()).toMatchObject({
        errors: [{ field: 'buildingId', message: 'buildingId doit être un UUID' }],
      });
    });
  });
});
