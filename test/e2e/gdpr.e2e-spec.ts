import { randomUUID } from 'node:crypto';
import { aBuildingWithUnits, anOwner, List, startRegistryApp } from '../builders/registry.builders';
import { expectNowhereInDatabase } from '../support/database-scan';
import { TenantSession } from '../support/tenant-session';
import type { TestApp } from '../support/test-app';

type Export = { user: Record<string, unknown>; sections: Record<string, unknown> };

describe('personal data of owners (GDPR)', () => {
  let api: TestApp;
  let syndic: TenantSession;

  beforeAll(async () => ({ api, syndic } = await startRegistryApp()));
  afterAll(() => api.close());

  /** An owner-role user with its owner record (unique names, email and street) and a share of two units. */
  async function anOwnerWithShares(session: TenantSession) {
    const marker = `zq${randomUUID().slice(0, 8)}`;
    const person = {
      firstName: `Griet${marker}`,
      lastName: `Vandamme${marker}`,
      email: `griet.${marker}@example.be`,
      phone: '+32 9 123 45 67',
      address: { street: `Veldstraat ${marker} 1`, postalCode: '9000', city: 'Gent' },
    };
    const user = await session.as('owner');
    const { buildingId, unitIds } = await aBuildingWithUnits(session, [100, 200]);
    const [sold, held] = unitIds as [string, string];
    const ownerId = await anOwner(session, { ...person, userId: user.userId });
    await session.post(`/units/${sold}/owners`, { ownerId, share: '60', startDate: '2020-01-01' });
    await session.request('DELETE', `/units/${sold}/owners/${ownerId}?endDate=2022-01-01`);
    await session.post(`/units/${held}/owners`, {
      ownerId,
      share: '100',
      startDate: '2023-01-01',
      isPrimaryContact: true,
    });
    return { marker, person, user, ownerId, buildingId, sold, held };
  }

  it('exports the owner record linked to the account and every share it held', async () => {
    const { person, user, ownerId, buildingId, sold, held } = await anOwnerWithShares(syndic);
    const { sections } = await user.get<Export>('/users/me/export');
    expect(sections.owners).toEqual([
      expect.objectContaining({
        id: ownerId,
        userId: user.userId,
        ...person,
        address: { ...person.address, country: 'BE' },
      }),
    ]);
    expect(sections.ownerships).toEqual([
      {
        unitId: sold,
        buildingId,
        unitNumber: 'U1',
        share: '60.0000',
        startDate: '2020-01-01',
        endDate: '2022-01-01',
        isPrimaryContact: false,
      },
      {
        unitId: held,
        buildingId,
        unitNumber: 'U2',
        share: '100.0000',
        startDate: '2023-01-01',
        endDate: null,
        isPrimaryContact: true,
      },
    ]);
  });

  it('exports empty owner sections for an account without an owner record', async () => {
    const { sections } = await syndic.get<Export>('/users/me/export');
    expect(sections).toMatchObject({ owners: [], ownerships: [] });
  });

  it('erases the owner: no answer and no row holds the old name or email; ids and shares stay', async () => {
    const org = await TenantSession.forNewOrganization(api.app);
    const { marker, person, user, ownerId, held } = await anOwnerWithShares(org);
    const res = await org.request('POST', `/users/${user.userId}/gdpr-delete`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      anonymized: expect.arrayContaining([
        'user.email',
        'owner.firstName',
        'owner.lastName',
        'owner.email',
        'owner.phone',
        'owner.address',
      ]),
      kept: expect.arrayContaining(['unit ownership history']),
    });

    const owner = await org.get(`/owners/${ownerId}`);
    expect(owner).toMatchObject({
      id: ownerId,
      userId: user.userId,
      firstName: 'Anonymised',
      lastName: 'Person',
      email: `erased-${ownerId}@anonymized.invalid`,
      phone: null,
      address: null,
    });
    const coOwners = await org.get<List<Record<string, unknown>>>(`/units/${held}/owners`);
    expect(coOwners.data).toEqual([
      expect.objectContaining({ ownerId, share: '100.0000', firstName: 'Anonymised', lastName: 'Person' }),
    ]);
    const answers = JSON.stringify([
      await org.get('/owners?perPage=100'),
      await org.get(`/owners?q=${person.lastName}`),
      await org.get(`/owners?email=${encodeURIComponent(person.email)}`),
      owner,
      coOwners,
    ]);
    for (const text of [marker, person.email, person.phone]) expect(answers).not.toContain(text);
    await expectNowhereInDatabase(api.databaseUrl, marker);
  });
});
