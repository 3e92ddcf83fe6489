import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { platformQuery, TenantSession } from '../../../../test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { Owner } from '../domain/owner';
import { OwnerRepository } from '../domain/owner.repository';

describe('PostgresOwnerRepository', () => {
  let api: TestApp;
  let repo: OwnerRepository;
  let orgA: TenantSession;
  let orgB: string;

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(OwnerRepository);
    orgA = await TenantSession.forNewOrganization(api.app);
    orgB = (await TenantSession.forNewOrganization(api.app)).organizationId;
  });
  afterAll(() => api.close());

  const anOwner = (
    organizationId: string,
    email: string,
    overrides: Partial<{ userId: string; lastName: string }> = {},
  ) =>
    Owner.create(
      {
        id: randomUUID(),
        organizationId,
        firstName: 'Marie',
        lastName: 'Dupont',
        email,
        phone: '02 123 45 67',
        ...overrides,
      },
      new Date(),
    );
  const page = { page: 1, perPage: 50, sort: 'email' as const, order: 'asc' as const };

  it('stores email and phone only encrypted and reads them back', async () => {
    const owner = anOwner(orgA.organizationId, `Plain.${randomUUID()}@example.be`);
    await repo.insert(owner);
    const id = owner.toSnapshot().id;
    expect(await repo.findById(orgA.organizationId, id)).toEqual(owner.toSnapshot());
    const [row] = await platformQuery(api.app, sql`SELECT * FROM owners WHERE id = ${id}`);
    expect(JSON.stringify(row)).not.toContain('example.be');
    expect(JSON.stringify(row)).not.toContain('123 45');
  });

  it("never shows, changes or deletes another organization's owners", async () => {
    const owner = anOwner(orgA.organizationId, `a.${randomUUID()}@example.be`);
    const id = owner.toSnapshot().id;
    await repo.insert(owner);
    expect(await repo.findById(orgB, id)).toBeNull();
    expect((await repo.list(orgB, {}, page)).items).toEqual([]);
    expect((await repo.list(orgB, { email: owner.toSnapshot().email }, page)).items).toEqual([]);
    expect(await repo.namesFor(orgB, [id])).toEqual(new Map());
    expect(await repo.update(orgB, id, () => undefined)).toBeNull();
    expect(await repo.delete(orgB, id)).toBe(false);
    expect(await repo.namesFor(orgA.organizationId, [id])).toEqual(
      new Map([[id, { firstName: 'Marie', lastName: 'Dupont' }]]),
    );
  });

  it('finds the owner linked to a user, in its organization only, and links a user once', async () => {
    const user = await orgA.as('owner');
    const linked = anOwner(orgA.organizationId, `h.${randomUUID()}@x.be`, { userId: user.userId });
    await repo.insert(linked);
    expect(await repo.findIdByUser(orgA.organizationId, user.userId)).toBe(linked.toSnapshot().id);
    expect(await repo.findIdByUser(orgB, user.userId)).toBeNull();
    await expect(
      repo.insert(anOwner(orgA.organizationId, `i.${randomUUID()}@x.be`, { userId: user.userId })),
    ).rejects.toMatchObject({ code: 'OWNER_USER_ALREADY_LINKED' });
  });

  it('re-encrypts an anonymised email under a new blind index and frees the old one', async () => {
    const email = `erase.me.${randomUUID()}@example.be`;
    const owner = anOwner(orgA.organizationId, email, { lastName: 'Vandamme' });
    const id = owner.toSnapshot().id;
    await repo.insert(owner);
    await repo.update(orgA.organizationId, id, (o) => o.anonymize(new Date()));
    expect(await repo.findById(orgA.organizationId, id)).toMatchObject({
      email: `erased-${id}@anonymized.invalid`,
      lastName: 'Person',
      phone: null,
    });
    expect((await repo.list(orgA.organizationId, { email }, page)).items).toEqual([]);
    expect(
      (await repo.list(orgA.organizationId, { email: `erased-${id}@anonymized.invalid` }, page)).items,
    ).toHaveLength(1);
    const [row] = await platformQuery(api.app, sql`SELECT * FROM owners WHERE id = ${id}`);
    expect(JSON.stringify(row)).not.toMatch(/erase\.me|vandamme|anonymized\.invalid/i);
    await repo.insert(anOwner(orgA.organizationId, email));
  });

  it('sorts by email through ranks, renumbering when a gap closes', async () => {
    const org = (await TenantSession.forNewOrganization(api.app)).organizationId;
    // Always inserting just before the first address halves the same gap until it is exhausted (~20 times).
    const emails: string[] = [];
    for (let i = 0; i < 45; i++) {
      const email = `a${String(1000 - i).padStart(4, '0')}@example.be`;
      emails.push(email);
      await repo.insert(anOwner(org, email));
    }
    const listed = (await repo.list(org, {}, page)).items.map((o) => o.email);
    expect(listed).toEqual([...emails].sort());
    const desc = (await repo.list(org, {}, { ...page, order: 'desc' })).items.map((o) => o.email);
    expect(desc).toEqual([...emails].sort().reverse());
  });
});
