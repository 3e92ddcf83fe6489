import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offsetOf, Page, PageRequest, ResourceNotFound, TenantContext } from '@shared/domain';
import { PDF } from '../domain/content-type';
import { Document, DocumentSnapshot } from '../domain/document';
import { DocumentLinks } from '../domain/document-links';
import { ByteSource, DocumentStorage, StagedUpload, StageLimits } from '../domain/document-storage';
import { DocumentTooLarge, EmptyDocument, UnsupportedDocumentType } from '../domain/document.errors';
import { DocumentCriteria, DocumentRepository, DocumentSort } from '../domain/document.repository';
import { LocalFileStorage } from '../infrastructure/local-file.storage';
import { DocumentsService } from './documents.service';
import { FixedClock } from '../../../../test/fakes/fixed-clock';

/** Honours organizationId and the insert contract: the row exists only once `publish` resolved. */
class InMemoryDocumentRepository extends DocumentRepository {
  readonly rows = new Map<string, DocumentSnapshot>();
  /** Simulates the database failing before the insert, or at COMMIT after `publish`. */
  failure: 'insert' | 'commit' | undefined;
  lastCriteria: DocumentCriteria | undefined;

  async findById(organizationId: string, id: string): Promise<DocumentSnapshot | null> {
    const row = this.rows.get(id);
    return row?.organizationId === organizationId ? row : null;
  }

  async list(
    organizationId: string,
    criteria: DocumentCriteria,
    page: PageRequest<DocumentSort>,
  ): Promise<Page<DocumentSnapshot>> {
    this.lastCriteria = criteria;
    const items = [...this.rows.values()].filter(
      (d) =>
        d.organizationId === organizationId &&
        (!criteria.onlyBuildingIds || criteria.onlyBuildingIds.includes(d.buildingId)) &&
        (!criteria.onlyVisibilities || criteria.onlyVisibilities.includes(d.visibility)),
    );
    return {
      items: items.slice(offsetOf(page), offsetOf(page) + page.perPage),
      totalItems: items.length,
      page: page.page,
      perPage: page.perPage,
    };
  }

  async insert(document: Document, publish: () => Promise<void>): Promise<void> {
    if (this.failure === 'insert') throw new Error('insert failed');
    await publish();
    if (this.failure === 'commit') throw new Error('connection lost at COMMIT');
    const row = document.toSnapshot();
    this.rows.set(row.id, row);
  }

  async delete(organizationId: string, id: string): Promise<DocumentSnapshot | null> {
    const row = await this.findById(organizationId, id);
    if (row) this.rows.delete(id);
    return row;
  }
}

/** Buildings b1, b2 exist; an owner sees b1 only; meeting m1 and expense e1 belong to b1. */
class FakeLinks extends DocumentLinks {
  readonly buildings = [randomUUID(), randomUUID()];
  readonly meetingId = randomUUID();
  readonly expenseId = randomUUID();
  async assertBuildingVisible(tenant: TenantContext, buildingId: string): Promise<void> {
    const visible = await this.visibleBuildingIds(tenant);
    if (!(visible ?? this.buildings).includes(buildingId)) throw new ResourceNotFound('building');
  }
  async visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null> {
    return tenant.role === 'owner' ? [this.buildings[0] as string] : null;
  }
  async assertMeetingInBuilding(_: TenantContext, meetingId: string, buildingId: string): Promise<void> {
    if (meetingId !== this.meetingId || buildingId !== this.buildings[0]) throw new ResourceNotFound('meeting');
  }
  async assertExpenseInBuilding(_: TenantContext, expenseId: string, buildingId: string): Promise<void> {
    if (expenseId !== this.expenseId || buildingId !== this.buildings[0]) throw new ResourceNotFound('expense');
  }
}

/** The real local storage, with failures injected where a test asks for them. */
class FaultyStorage extends DocumentStorage {
  failStage = false;
  failCommit = false;
  failRemove = false;
  constructor(readonly inner: LocalFileStorage) {
    super();
  }
  async stage(key: string, source: ByteSource, limits: StageLimits): Promise<StagedUpload> {
    if (this.failStage) throw new Error('disk full');
    const staged = await this.inner.stage(key, source, limits);
    const failCommit = () => this.failCommit;
    return {
      key: staged.key,
      size: staged.size,
      sha256: staged.sha256,
      // Fails after the file became visible, the worst moment: the service must take it back.
      commit: async () => {
        await staged.commit();
        if (failCommit()) throw new Error('fsync of the directory failed');
      },
      discard: () => staged.discard(),
    };
  }
  openRead = (key: string) => this.inner.openRead(key);
  remove = async (key: string) => {
    if (this.failRemove) throw new Error('neither removed nor recorded');
    return this.inner.remove(key);
  };
  retryPendingRemovals = () => this.inner.retryPendingRemovals();
}

const KB = 1024;
const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n31\n%%EOF\n', 'latin1');
async function* chunks(...parts: Buffer[]): ByteSource {
  for (const part of parts) yield part;
}
const tenantOf = (organizationId: string, role: TenantContext['role'] = 'syndic'): TenantContext => ({
  organizationId,
  userId: randomUUID(),
  role,
});

describe('DocumentsService', () => {
  let dir: string;
  let repo: InMemoryDocumentRepository;
  let storage: FaultyStorage;
  let links: FakeLinks;
  let service: DocumentsService;
  let syndic: TenantContext;

  const files = () => ({
    objects: readdirSync(dir)
      .filter((n) => !['tmp', 'pending-removals'].includes(n))
      .flatMap((shard) => readdirSync(join(dir, shard))),
    temp: readdirSync(join(dir, 'tmp')),
  });
  const uploadInput = (overrides: Record<string, unknown> = {}) => ({
    buildingId: links.buildings[0] as string,
    type: 'minutes' as const,
    title: 'PV AG',
    fileName: 'pv.pdf',
    content: chunks(pdf),
    ...overrides,
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'koprogo-documents-service-'));
    const inner = new LocalFileStorage({ dir });
    await inner.initialize();
    repo = new InMemoryDocumentRepository();
    storage = new FaultyStorage(inner);
    links = new FakeLinks();
    service = new DocumentsService(repo, storage, links, { maxBytes: 64 * KB }, new FixedClock());
    syndic = tenantOf(randomUUID());
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the row and the bytes, with facts measured while streaming', async () => {
    const document = await service.upload(
      syndic,
      uploadInput({ content: chunks(pdf.subarray(0, 5), pdf.subarray(5)) }),
    );
    expect(document).toMatchObject({
      mimeType: PDF,
      sizeBytes: pdf.length,
      uploadedBy: syndic.userId,
      organizationId: syndic.organizationId,
    });
    expect(repo.rows.get(document.id)).toEqual(document);
    expect(files()).toEqual({ objects: [document.storageKey], temp: [] });
    const { open } = await service.download(syndic, document.id);
    const read: Buffer[] = [];
    for await (const chunk of (await open()).stream) read.push(Buffer.from(chunk));
    expect(Buffer.concat(read)).toEqual(pdf);
  });

  describe('keeps storage and database consistent', () => {
    it('leaves no file when the insert fails', async () => {
      repo.failure = 'insert';
      await expect(service.upload(syndic, uploadInput())).rejects.toThrow('insert failed');
      expect(files()).toEqual({ objects: [], temp: [] });
    });

    it('leaves no file when the transaction fails to commit after the bytes were published', async () => {
      repo.failure = 'commit';
      await expect(service.upload(syndic, uploadInput())).rejects.toThrow('COMMIT');
      expect(repo.rows.size).toBe(0);
      expect(files()).toEqual({ objects: [], temp: [] });
    });

    it('leaves neither row nor file when publishing the bytes fails half-way', async () => {
      storage.failCommit = true;
      await expect(service.upload(syndic, uploadInput())).rejects.toThrow('fsync');
      expect(repo.rows.size).toBe(0);
      expect(files()).toEqual({ objects: [], temp: [] });
    });

    it('leaves no row when writing the bytes fails', async () => {
      storage.failStage = true;
      await expect(service.upload(syndic, uploadInput())).rejects.toThrow('disk full');
      expect(repo.rows.size).toBe(0);
    });

    it.each([
      [
        'refused content',
        Buffer.from('MZ\x90\x00\x03 This program cannot be run in DOS mode', 'latin1'),
        UnsupportedDocumentType,
      ],
      ['empty content', Buffer.alloc(0), EmptyDocument],
      ['content above the limit', Buffer.concat([pdf, Buffer.alloc(64 * KB)]), DocumentTooLarge],
    ])('keeps nothing of %s', async (_, content, error) => {
      await expect(service.upload(syndic, uploadInput({ content: chunks(content) }))).rejects.toThrow(error);
      expect(repo.rows.size).toBe(0);
      expect(files()).toEqual({ objects: [], temp: [] });
    });

    it('reads nothing before the building and the links are known to be valid', async () => {
      let pulled = false;
      async function* watched(): ByteSource {
        pulled = true;
        yield pdf;
      }
      for (const overrides of [
        { buildingId: randomUUID() },
        { meetingId: randomUUID() },
        { expenseId: randomUUID() },
        { type: 'memo' },
      ]) {
        await expect(service.upload(syndic, uploadInput({ ...overrides, content: watched() }))).rejects.toBeDefined();
      }
      expect(pulled).toBe(false);
      const linked = await service.upload(
        syndic,
        uploadInput({ meetingId: links.meetingId, expenseId: links.expenseId }),
      );
      expect(linked).toMatchObject({ meetingId: links.meetingId, expenseId: links.expenseId });
    });

    it('deletes the row, then the bytes', async () => {
      const document = await service.upload(syndic, uploadInput());
      await service.remove(syndic, document.id);
      expect(repo.rows.size).toBe(0);
      expect(existsSync(join(dir, document.storageKey.slice(0, 2), document.storageKey))).toBe(false);
      await expect(service.remove(syndic, document.id)).rejects.toThrow(ResourceNotFound);
    });

    it('still deletes the row when the bytes can be neither removed nor recorded, and says so in the log', async () => {
      const document = await service.upload(syndic, uploadInput());
      storage.failRemove = true;
      await service.remove(syndic, document.id);
      expect(repo.rows.size).toBe(0);
      expect(Logger.prototype.error).toHaveBeenCalledWith(
        expect.objectContaining({ storageKey: document.storageKey }),
        expect.stringContaining('could not be removed'),
      );
    });

    it('reports a row whose bytes are missing as an incident, not as a client error', async () => {
      const document = await service.upload(syndic, uploadInput());
      await storage.inner.remove(document.storageKey);
      const { open } = await service.download(syndic, document.id);
      await expect(open()).rejects.toThrow(/no stored content/);
    });
  });

  describe('visibility', () => {
    it("shows an owner only public documents of its buildings, and nobody another organization's", async () => {
      const [b1, b2] = links.buildings as [string, string];
      const shown = await service.upload(syndic, uploadInput({ buildingId: b1, visibility: 'public_to_owners' }));
      const hidden = await service.upload(syndic, uploadInput({ buildingId: b1 }));
      const elsewhere = await service.upload(syndic, uploadInput({ buildingId: b2, visibility: 'public_to_owners' }));
      const owner = tenantOf(syndic.organizationId, 'owner');

      expect((await service.list(owner, { page: 1, perPage: 20 })).items.map((d) => d.id)).toEqual([shown.id]);
      expect(repo.lastCriteria).toMatchObject({ onlyBuildingIds: [b1], onlyVisibilities: ['public_to_owners'] });
      await expect(service.get(owner, shown.id)).resolves.toMatchObject({ id: shown.id });
      await expect(service.get(owner, hidden.id)).rejects.toThrow(ResourceNotFound);
      await expect(service.get(owner, elsewhere.id)).rejects.toThrow(ResourceNotFound);
      await expect(service.get(tenantOf(randomUUID()), shown.id)).rejects.toThrow(ResourceNotFound);
      expect((await service.list(syndic, { page: 1, perPage: 20 })).totalItems).toBe(3);
      expect(repo.lastCriteria).toMatchObject({ onlyBuildingIds: undefined, onlyVisibilities: undefined });
    });
  });
});
