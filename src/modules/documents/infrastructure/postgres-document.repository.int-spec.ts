import { randomUUID } from 'node:crypto';
import { ResourceNotFound } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { aBuildingWithUnits } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { platformQuery, TenantSession } from '@test/support/tenant-session';
import { PDF } from '../domain/content-type';
import { Document, NewDocument } from '../domain/document';
import { DocumentRepository } from '../domain/document.repository';

describe('PostgresDocumentRepository', () => {
  let api: TestApp;
  let repo: DocumentRepository;
  let alice: TenantSession;
  let bob: TenantSession;
  let building: string;

  const aDocument = (overrides: Partial<NewDocument> = {}): Document =>
    Document.register(
      {
        id: randomUUID(),
        organizationId: alice.organizationId,
        buildingId: building,
        type: 'minutes',
        title: 'PV',
        uploadedBy: alice.userId,
        storageKey: randomUUID(),
        fileName: 'pv.pdf',
        mimeType: PDF,
        sizeBytes: 10,
        sha256: 'b'.repeat(64),
        ...overrides,
      },
      'syndic',
      new Date(),
    );
  const published = () => Promise.resolve();
  const page = { page: 1, perPage: 20, sort: 'createdAt', order: 'desc' } as const;

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(DocumentRepository);
    alice = await TenantSession.forNewOrganization(api.app);
    bob = await TenantSession.forNewOrganization(api.app);
    building = (await aBuildingWithUnits(alice, [1000])).buildingId;
  });
  afterAll(() => api.close());

  it('commits the row only when publish resolves, inside the same transaction', async () => {
    const failing = aDocument();
    await expect(repo.insert(failing, () => Promise.reject(new Error('rename failed')))).rejects.toThrow(
      'rename failed',
    );
    await expect(repo.findById(alice.organizationId, failing.toSnapshot().id)).resolves.toBeNull();

    let seenInside = false;
    const ok = aDocument();
    await repo.insert(ok, async () => {
      // Not yet visible to anyone else: the transaction is still open.
      const rows = await platformQuery(api.app, sql`SELECT id FROM documents WHERE id = ${ok.toSnapshot().id}`);
      seenInside = rows.length > 0;
    });
    expect(seenInside).toBe(false);
    await expect(repo.findById(alice.organizationId, ok.toSnapshot().id)).resolves.toEqual(ok.toSnapshot());
  });

  it('answers not-found for a link that does not exist, before publishing anything', async () => {
    let publishedCalls = 0;
    const publish = async () => void publishedCalls++;
    await expect(repo.insert(aDocument({ meetingId: randomUUID() }), publish)).rejects.toEqual(
      new ResourceNotFound('meeting'),
    );
    await expect(repo.insert(aDocument({ expenseId: randomUUID() }), publish)).rejects.toEqual(
      new ResourceNotFound('expense'),
    );
    await expect(repo.insert(aDocument({ buildingId: randomUUID() }), publish)).rejects.toEqual(
      new ResourceNotFound('building'),
    );
    expect(publishedCalls).toBe(0);
  });

  it("never reads, lists or deletes another organization's documents", async () => {
    const doc = aDocument();
    await repo.insert(doc, published);
    const id = doc.toSnapshot().id;
    await expect(repo.findById(bob.organizationId, id)).resolves.toBeNull();
    expect((await repo.list(bob.organizationId, {}, page)).totalItems).toBe(0);
    await expect(repo.delete(bob.organizationId, id)).resolves.toBeNull();
    await expect(repo.insert(aDocument({ organizationId: bob.organizationId }), published)).rejects.toThrow();
    await expect(repo.delete(alice.organizationId, id)).resolves.toMatchObject({
      id,
      storageKey: doc.toSnapshot().storageKey,
    });
    await expect(repo.findById(alice.organizationId, id)).resolves.toBeNull();
  });

  it('refuses a second row with the same storage key', async () => {
    const storageKey = randomUUID();
    await repo.insert(aDocument({ storageKey }), published);
    await expect(repo.insert(aDocument({ storageKey }), published)).rejects.toThrow(/documents_storage_key_uq/);
  });

  it('lists by visibility and building restrictions, an empty restriction meaning nothing', async () => {
    const org = await TenantSession.forNewOrganization(api.app);
    const b = (await aBuildingWithUnits(org, [1000])).buildingId;
    const mine = (overrides: Partial<NewDocument>) =>
      aDocument({ organizationId: org.organizationId, buildingId: b, ...overrides });
    const open = mine({ visibility: 'public_to_owners' });
    await repo.insert(open, published);
    await repo.insert(mine({ visibility: 'private' }), published);
    const ids = async (criteria: Parameters<DocumentRepository['list']>[1]) =>
      (await repo.list(org.organizationId, criteria, page)).items.map((d) => d.id);
    expect(await ids({ onlyVisibilities: ['public_to_owners'], onlyBuildingIds: [b] })).toEqual([open.toSnapshot().id]);
    expect(await ids({ onlyBuildingIds: [] })).toEqual([]);
    expect(await ids({ onlyVisibilities: [] })).toEqual([]);
    expect(await ids({ buildingId: b, type: 'minutes' })).toHaveLength(2);
  });
});
