import { randomUUID } from 'node:crypto';
import { OwnersService } from '../../src/modules/owners';
import {
  aBuildingWithUnits,
  anOwner,
  expectInvalidField,
  expectProblem,
  RegistryApp,
  startRegistryApp,
} from '../builders/registry.builders';
import { platformQuery, TenantSession } from '../support/tenant-session';
import { sql } from '../../src/shared/persistence/sql';
import { brusselsDate } from '../../src/shared/domain';

type Owner = { convocationChannel: string; emailConsent: { givenOn: string; documentId: string | null } | null };

describe('consent to e-mail', () => {
  let app: RegistryApp;
  let syndic: TenantSession;
  let ownerId: string;
  let documentId: string;
  const today = brusselsDate(new Date());
  const url = (id = ownerId) => `/owners/${id}/consent`;

  /** A document row of the session's organization, as the upload would leave it (the bytes do not matter here). */
  const aDocument = async (session: TenantSession): Promise<string> => {
    const { buildingId } = await aBuildingWithUnits(session, [100]);
    const id = randomUUID();
    await platformQuery(
      app.api.app,
      sql`INSERT INTO documents (id, organization_id, building_id, type, title, original_file_name, mime_type,
                                 size_bytes, sha256, storage_key, uploaded_by)
          VALUES (${id}, ${session.organizationId}, ${buildingId}, 'other', 'Consent', 'consent.pdf',
                  'application/pdf', 10, ${'a'.repeat(64)}, ${`key-${id}`}, ${session.userId})`,
    );
    return id;
  };

  beforeAll(async () => {
    app = await startRegistryApp();
    syndic = app.syndic;
    ownerId = await anOwner(syndic);
    documentId = await aDocument(syndic);
  });
  afterAll(() => app.api.close());

  it('goes by registered mail until the owner agrees in writing', async () => {
    expect(await syndic.get<Owner>(`/owners/${ownerId}`)).toMatchObject({
      convocationChannel: 'registered_mail',
      emailConsent: null,
    });
  });

  it('records the consent with its signed document, shown on the owner and in the list', async () => {
    const owner = await syndic.put<Owner>(url(), { channel: 'email', givenOn: '2026-01-15', documentId });
    expect(owner).toMatchObject({ convocationChannel: 'email', emailConsent: { givenOn: '2026-01-15', documentId } });
    expect(await syndic.get<Owner>(`/owners/${ownerId}`)).toEqual(owner);
    const list = await syndic.get<{ data: Array<Owner & { id: string }> }>('/owners?perPage=100');
    expect(list.data.find((o) => o.id === ownerId)).toEqual(owner);
  });

  it('tells the general assembly the channel of each owner on a day, in one call', async () => {
    const other = await anOwner(syndic);
    const tenant = syndic.tenant;
    const channels = await app.api.app
      .get(OwnersService)
      .channelsOn(tenant, [ownerId, other, randomUUID()], '2026-01-14');
    expect(Object.fromEntries(channels)).toEqual({ [ownerId]: 'registered_mail', [other]: 'registered_mail' });
    const later = await app.api.app.get(OwnersService).channelsOn(tenant, [ownerId, other], '2026-01-15');
    expect(Object.fromEntries(later)).toEqual({ [ownerId]: 'email', [other]: 'registered_mail' });
  });

  it('refuses a consent in the future (422), bad input (400) and unknown documents (404), changing nothing', async () => {
    const before = await syndic.get(`/owners/${ownerId}`);
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);
    expectProblem(
      await syndic.request('PUT', url(), { channel: 'email', givenOn: tomorrow }),
      422,
      'CONSENT_IN_FUTURE',
    );
    expectInvalidField(await syndic.request('PUT', url(), { channel: 'fax', givenOn: '2026-01-01' }), 'channel');
    expectInvalidField(await syndic.request('PUT', url(), { channel: 'email', givenOn: '2026-02-30' }), 'givenOn');
    expectInvalidField(await syndic.request('PUT', url(), { channel: 'email' }), 'givenOn');
    expectInvalidField(
      await syndic.request('PUT', url(), { channel: 'email', givenOn: '2026-01-01', documentId: 'x' }),
      'documentId',
    );
    expectProblem(
      await syndic.request('PUT', url(), { channel: 'email', givenOn: '2026-01-01', documentId: randomUUID() }),
      404,
      'NOT_FOUND',
    );
    const foreignDocument = await aDocument(app.stranger);
    expectProblem(
      await syndic.request('PUT', url(), { channel: 'email', givenOn: '2026-01-01', documentId: foreignDocument }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await syndic.request('PUT', url(randomUUID()), { channel: 'email', givenOn: '2026-01-01' }),
      404,
      'NOT_FOUND',
    );
    expect(await syndic.get(`/owners/${ownerId}`)).toEqual(before);
  });

  it('withdraws from today, back to registered mail, and answers 204 again when nothing is in force', async () => {
    expect((await syndic.request('DELETE', url())).statusCode).toBe(204);
    expect(await syndic.get<Owner>(`/owners/${ownerId}`)).toMatchObject({
      convocationChannel: 'registered_mail',
      emailConsent: null,
    });
    expect((await syndic.request('DELETE', url())).statusCode).toBe(204);
    const tenant = syndic.tenant;
    const channels = await app.api.app.get(OwnersService).channelsOn(tenant, [ownerId], '2026-02-01');
    expect(channels.get(ownerId)).toBe(today > '2026-02-01' ? 'email' : 'registered_mail');
    expectProblem(
      await syndic.request('PUT', url(), { channel: 'email', givenOn: '2026-01-15' }),
      422,
      'CONSENT_BEFORE_WITHDRAWAL',
    );
    expect(await syndic.put<Owner>(url(), { channel: 'email', givenOn: today })).toMatchObject({
      convocationChannel: 'email',
    });
  });

  it('keeps the consent when its scanned document is deleted', async () => {
    const owner = await anOwner(syndic);
    const scan = await aDocument(syndic);
    await syndic.put(url(owner), { channel: 'email', givenOn: '2026-01-01', documentId: scan });
    await platformQuery(app.api.app, sql`DELETE FROM documents WHERE id = ${scan}`);
    expect(await syndic.get<Owner>(`/owners/${owner}`)).toMatchObject({
      emailConsent: { givenOn: '2026-01-01', documentId: null },
    });
  });

  it('answers 404 to another organization and 403 to roles that may not record', async () => {
    expectProblem(
      await app.stranger.request('PUT', url(), { channel: 'email', givenOn: '2026-01-01' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await app.stranger.request('DELETE', url()), 404, 'NOT_FOUND');
    const accountant = await syndic.as('accountant');
    expect((await accountant.request('PUT', url(), { channel: 'email', givenOn: '2026-01-01' })).statusCode).toBe(403);
    expect((await accountant.request('DELETE', url())).statusCode).toBe(403);
  });

  it('lets an owner that never held a share be deleted with its consents', async () => {
    const owner = await anOwner(syndic);
    await syndic.put(url(owner), { channel: 'email', givenOn: '2026-01-01' });
    expect((await syndic.request('DELETE', `/owners/${owner}`)).statusCode).toBe(204);
  });
});
