import { randomUUID } from 'node:crypto';
import { aBuildingRow, anOwnerRow } from '../../../../test/builders/registry-rows';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { platformQuery, TenantSession } from '../../../../test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { ConsentRegister } from '../domain/consent.register';

describe('PostgresConsentRegister', () => {
  let api: TestApp;
  let register: ConsentRegister;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    api = await createTestApp();
    register = api.app.get(ConsentRegister);
    orgA = (await TenantSession.forNewOrganization(api.app)).organizationId;
    orgB = (await TenantSession.forNewOrganization(api.app)).organizationId;
  });
  afterAll(() => api.close());

  const give = (organizationId: string, ownerId: string, givenOn: string, documentId: string | null = null) =>
    register.change(organizationId, ownerId, (c) =>
      c.give({ id: randomUUID(), givenOn, documentId, recordedBy: randomUUID() }, '2026-05-01'),
    );

  it('keeps one consent in force whatever the number of concurrent recordings', async () => {
    const owner = await anOwnerRow(api.app, orgA);
    await Promise.all(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'].map((day) => give(orgA, owner, day)));
    const rows = await platformQuery(api.app, sql`SELECT 1 FROM owner_consents WHERE owner_id = ${owner}`);
    expect(rows).toHaveLength(1);
    await expect(
      platformQuery(
        api.app,
        sql`INSERT INTO owner_consents (id, organization_id, owner_id, channel, given_on, recorded_by)
            VALUES (${randomUUID()}, ${orgA}, ${owner}, 'email', '2026-02-01', ${randomUUID()})`,
      ),
    ).rejects.toMatchObject({ constraint: 'owner_consents_open_uq' });
  });

  it("refuses another organization's document as proof (not found) and writes nothing", async () => {
    const owner = await anOwnerRow(api.app, orgA);
    const foreignBuilding = await aBuildingRow(api.app, orgB);
    const documentId = randomUUID();
    await platformQuery(
      api.app,
      sql`INSERT INTO documents (id, organization_id, building_id, type, title, original_file_name, mime_type, size_bytes,
                                 sha256, storage_key, uploaded_by)
          VALUES (${documentId}, ${orgB}, ${foreignBuilding}, 'other', 'Consent', 'c.pdf', 'application/pdf', 1,
                  ${'b'.repeat(64)}, ${`key-${documentId}`}, ${randomUUID()})`,
    );
    await expect(give(orgA, owner, '2026-01-01', documentId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await platformQuery(api.app, sql`SELECT 1 FROM owner_consents WHERE owner_id = ${owner}`)).toEqual([]);
  });

  it('answers the channels of many owners on a day in one query, leaving other organizations out', async () => {
    const [withConsent, without] = [await anOwnerRow(api.app, orgA), await anOwnerRow(api.app, orgA)];
    const foreign = await anOwnerRow(api.app, orgB);
    await give(orgA, withConsent, '2026-01-10');
    await register.change(orgA, withConsent, (c) => c.withdraw('2026-03-01', randomUUID()));
    const on = (day: string) => register.channelsOn(orgA, [withConsent, without, foreign], day);
    expect(Object.fromEntries(await on('2026-01-09'))).toEqual({
      [withConsent]: 'registered_mail',
      [without]: 'registered_mail',
    });
    expect((await on('2026-01-10')).get(withConsent)).toBe('email');
    expect((await on('2026-02-28')).get(withConsent)).toBe('email');
    expect((await on('2026-03-01')).get(withConsent)).toBe('registered_mail');
    expect(await register.change(orgB, withConsent, () => 'changed')).toBeNull();
  });
});
