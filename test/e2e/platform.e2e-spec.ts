import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiMetadata } from '../../src/configure-app';
import { buildOpenApiDocument } from '../../src/shared/http/openapi';
import { createTestApp, TestApp } from '../support/test-app';

describe('platform', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  const inject = (options: Parameters<TestApp['app']['inject']>[0]) => api.app.inject(options);

  it('answers liveness without a token', async () => {
    const res = await inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers readiness after asking the database', async () => {
    const res = await inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('echoes a well-formed x-request-id and invents one otherwise', async () => {
    const echoed = await inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'trace-42' } });
    expect(echoed.headers['x-request-id']).toBe('trace-42');
    const replaced = await inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': 'bad id\u0000' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await inject({ method: 'GET', url: '/api/v1/no-such-route' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND', requestId: res.headers['x-request-id'] });
  });

  it('answers a malformed JSON body with a 400 problem', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/v1/health',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
  });

  it('answers a body above the limit with a 413 problem', async () => {
    const res = await inject({
      method: 'POST',
      url: '/api/v1/health',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('translates error details from Accept-Language without changing the code', async () => {
    const fr = await inject({ method: 'GET', url: '/api/v1/nowhere', headers: { 'accept-language': 'nl;q=0.5, fr' } });
    const nl = await inject({ method: 'GET', url: '/api/v1/nowhere', headers: { 'accept-language': 'nl-BE' } });
    expect(fr.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', detail: 'Route inconnue' });
    expect(nl.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', detail: 'Onbekende route' });
  });

  it('sets security headers', async () => {
    const res = await inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const doc = await inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./), info: { title: 'KoproGo API' } });
    // Every body is described field by field, as SDK generators need it.
    const schemas = doc.json().components.schemas as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    const undescribed = Object.entries(schemas).filter(([, schema]) => !Object.keys(schema.properties ?? {}).length);
    expect(undescribed.map(([name]) => name)).toEqual([]);
    expect(schemas.BuildingRequest).toMatchObject({
      properties: { name: { type: 'string', maxLength: 255 }, totalQuota: { type: 'integer' } },
      required: expect.arrayContaining(['name', 'address', 'city', 'postalCode']),
    });
    const ui = await inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('keeps the committed openapi.json equal to what the code generates (run `npm run openapi`)', async () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(await buildOpenApiDocument(api.app, openApiMetadata))));
  });
});
