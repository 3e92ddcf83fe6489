import {
  aBuildingWithUnits,
  aCreateOwnerRequest,
  aCreateUnitRequest,
  expectProblem,
} from '../builders/registry.builders';
import { aCreateOrganizationRequest } from '../builders/identity.builders';
import { anUploadFields, multipartBody, aPdf } from '../builders/documents.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { platformQuery, TenantSession } from '../support/tenant-session';
import { sql } from '../../src/shared/persistence/sql';

/** Inputs an attacker sends to make the API fail: each must be refused with a 4xx problem, never a 500. */
describe('hostile inputs', () => {
  let api: TestApp;
  let syndic: TenantSession;
  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
  });
  afterAll(() => api.close());

  const postJson = (url: string, payload: string, headers: Record<string, string> = {}) =>
    api.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: { 'content-type': 'application/json', ...headers },
      payload,
    });

  describe('JSON bodies', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

    it.each(['/auth/login', '/auth/refresh'])(
      'refuses 5,000 levels of nesting on %s with 400 JSON_TOO_DEEP',
      async (url) => {
        expectProblem(await postJson(url, nested(5000)), 400, 'JSON_TOO_DEEP');
      },
    );

    it('refuses deep nesting on an authenticated route before anything else', async () => {
      const res = await syndic.request('POST', '/buildings', nested(5000), { 'content-type': 'application/json' });
      expectProblem(res, 400, 'JSON_TOO_DEEP');
    });

    it('counts brackets inside strings as text, not as nesting', async () => {
      const res = await postJson(
        '/auth/login',
        JSON.stringify({ email: 'a@example.be', password: '[{'.repeat(60) + '"\\"{{' }),
      );
      expect(res.statusCode).toBe(401);
    });

    it('refuses a JSON body above the JSON limit with 413 before parsing it', async () => {
      const res = await postJson(
        '/auth/login',
        JSON.stringify({ email: 'a@example.be', password: 'x'.repeat(1024 * 1024) }),
      );
      expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    });
  });

  describe('values the validation must refuse', () => {
    it('refuses a surface too small to store (1e-300) with 400', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, []);
      const res = await syndic.request('POST', '/units', aCreateUnitRequest(buildingId, { surfaceArea: 1e-300 }));
      expectProblem(res, 400, 'VALIDATION_FAILED');
    });

    it('refuses an address that is a list with 400', async () => {
      const res = await syndic.request('POST', '/owners', { ...aCreateOwnerRequest(), address: [] });
      expectProblem(res, 400, 'VALIDATION_FAILED');
    });

    it('records a failed login whose e-mail starts with an emoji', async () => {
      const res = await postJson(
        '/auth/login',
        JSON.stringify({ email: '😀x@example.be', password: 'wrong-password' }),
        {
          'x-request-id': 'emoji-login',
        },
      );
      expect(res.statusCode).toBe(401);
      const rows = await platformQuery<{ details: { email: string } }>(
        api.app,
        sql`SELECT details FROM audit_events WHERE event = 'login_failed' AND details->>'email' LIKE '%@example.be'`,
      );
      expect(rows.map((row) => row.details.email)).toContain('😀***@example.be');
    });
  });

  describe('null where a field may be left out', () => {
    it('creates an organization whose slug is null as if it were absent: derived from the name', async () => {
      const superadmin = await TenantSession.superadmin(api.app);
      const body = aCreateOrganizationRequest({ name: 'Syndic Null Slug', slug: null });
      const res = await superadmin.request('POST', '/organizations', body);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ slug: expect.stringMatching(/^syndic-null-slug/) });
    });
  });

  describe("Fastify's own refusals are problems too", () => {
    it('answers an unsupported content type with 415 problem+json', async () => {
      const res = await api.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/x-evil' },
        payload: 'x',
      });
      expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers a malformed JSON body with 400 problem+json', async () => {
      expectProblem(await postJson('/auth/login', '{"email":'), 400, 'MALFORMED_JSON');
    });

    it('answers a path parameter that is too long with a problem', async () => {
      const res = await syndic.request('GET', `/buildings/${'a'.repeat(5000)}`);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('answers a malformed URL with 400 problem+json', async () => {
      const res = await api.app.inject({ method: 'GET', url: '/api/v1/buildings/%E0%A4%A' });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });
  });

  describe('uploads', () => {
    it('answers a truncated multipart body with 400', async () => {
      const { buildingId } = await aBuildingWithUnits(syndic, []);
      const body = multipartBody(anUploadFields(buildingId), { fileName: 'pv.pdf', content: aPdf() });
      const cut = body.payload.subarray(0, body.payload.length - 30);
      const res = await syndic.request('POST', '/documents/upload', cut, body.headers);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });
  });
});
