import type { AddressInfo } from 'node:net';
import { aBuildingWithUnits } from '../builders/registry.builders';
import { anUploadFields, multipartBody } from '../builders/documents.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

/** A real listening server and Node's fetch, which keeps the connection alive between requests to one origin. */
describe('an upload refused with 413 on a keep-alive connection', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let base: string;
  beforeAll(async () => {
    api = await createTestApp({ MAX_UPLOAD_MB: '1' });
    syndic = await TenantSession.forNewOrganization(api.app);
    await api.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    base = `http://127.0.0.1:${port}/api/v1`;
  });
  afterAll(() => api.close());

  it('answers the next request on the same client instead of hanging', async () => {
    const { buildingId } = await aBuildingWithUnits(syndic, []);
    const body = multipartBody(anUploadFields(buildingId), {
      fileName: 'big.pdf',
      content: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(8 * 1024 * 1024, 0x20)]),
    });
    const headers = { ...body.headers, authorization: `Bearer ${syndic.token}` };
    const refused = await fetch(`${base}/documents/upload`, { method: 'POST', body: body.payload, headers });
    expect(refused.status).toBe(413);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    // Refused before its body had fully arrived, the connection is closed (`Connection: close`); refused after, it is
    // clean and stays open. Either way the next request must be answered, not left waiting behind unread bytes.
    if (refused.headers.get('connection') !== 'close') expect(refused.headers.get('connection')).toBe('keep-alive');
    await refused.text();
    const next = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5_000) });
    expect(next.status).toBe(200);
  });
});
