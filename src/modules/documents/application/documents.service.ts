import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock, Page, ResourceNotFound, TenantContext } from '@shared/domain';
import { ContentTypeDetector } from '../domain/content-type';
import { Document, DocumentDetails, DocumentSnapshot, isReadableBy, visibilitiesReadableBy } from '../domain/document';
import { DocumentLinks } from '../domain/document-links';
import { ByteSource, DocumentStorage, StagedUpload, StoredContent } from '../domain/document-storage';
import { DocumentRepository } from '../domain/document.repository';
import { UploadLimits } from '../domain/upload-limits';
import {
  DocumentDownload,
  ListDocumentsInput,
  StagedContent,
  StagedDocumentInput,
  UploadDocumentInput,
} from './document.inputs';

const notFound = () => new ResourceNotFound('document');

/**
 * Documents of the caller's organization: metadata rows in the database, bytes in the document storage, kept
 * consistent (a row is committed only once its bytes are, and bytes never outlive a failed insert). Owners read
 * only `public_to_owners` documents of buildings where they hold a share; anything else answers 404.
 * Also the facade other contexts use (through `@modules/documents`): `upload` takes any byte source, not HTTP.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    private readonly repo: DocumentRepository,
    private readonly storage: DocumentStorage,
    private readonly links: DocumentLinks,
    private readonly limits: UploadLimits,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks the details and links first (nothing read yet), then streams the content to storage while detecting
   * its type, and finally inserts the row and publishes the bytes in one transaction.
   */
  async upload(tenant: TenantContext, input: UploadDocumentInput): Promise<DocumentSnapshot> {
    await this.checkBeforeContent(tenant, input);
    const content = await this.stage(input.content);
    return this.file(tenant, input, content);
  }

  /**
   * Streams content to a hidden staged object (size capped, type recognised from the bytes), for a form whose details
   * may still follow the file. The caller passes it to `registerStaged` or discards it.
   */
  async stage(source: ByteSource): Promise<StagedContent> {
    const detector = new ContentTypeDetector();
    // On failure (too large, refused while streaming, disk error) stage has already cleaned up after itself.
    const staged = await this.storage.stage(randomUUID(), detector.observe(source), {
      maxBytes: this.limits.maxBytes,
    });
    try {
      return { staged, mimeType: detector.result() };
    } catch (error) {
      await staged.discard();
      throw error;
    }
  }

  /** Files staged content once its details are known: the same checks as `upload`, the bytes discarded on a refusal. */
  async registerStaged(
    tenant: TenantContext,
    input: StagedDocumentInput,
    content: StagedContent,
  ): Promise<DocumentSnapshot> {
    try {
      await this.checkBeforeContent(tenant, input);
    } catch (error) {
      await content.staged.discard();
      throw error;
    }
    return this.file(tenant, input, content);
  }

  private async checkBeforeContent(tenant: TenantContext, input: DocumentDetails): Promise<void> {
    const details = Document.checkDetails(input, tenant.role);
    await this.links.assertBuildingVisible(tenant, details.buildingId);
    if (details.meetingId) await this.links.assertMeetingInBuilding(tenant, details.meetingId, details.buildingId);
    if (details.expenseId) await this.links.assertExpenseInBuilding(tenant, details.expenseId, details.buildingId);
  }

  private async file(
    tenant: TenantContext,
    input: StagedDocumentInput,
    content: StagedContent,
  ): Promise<DocumentSnapshot> {
    const { staged, mimeType } = content;
    let document: Document;
    try {
      const facts = { mimeType, sizeBytes: staged.size, sha256: staged.sha256 };
      const identity = { id: randomUUID(), organizationId: tenant.organizationId, uploadedBy: tenant.userId };
      document = Document.register(
        { ...input, ...facts, ...identity, fileName: input.fileName, storageKey: staged.key },
        tenant.role,
        this.clock.now(),
      );
    } catch (error) {
      await staged.discard();
      throw error;
    }
    await this.persist(document, staged);
    return document.toSnapshot();
  }

  async list(tenant: TenantContext, input: ListDocumentsInput): Promise<Page<DocumentSnapshot>> {
    const visible = await this.links.visibleBuildingIds(tenant);
    const sort = input.sort ?? 'createdAt';
    const page = {
      page: input.page,
      perPage: input.perPage,
      sort,
      order: input.order ?? (sort === 'title' ? 'asc' : 'desc'),
    } as const;
    const { buildingId, type, meetingId, expenseId } = input;
    const criteria = {
      buildingId,
      type,
      meetingId,
      expenseId,
      onlyBuildingIds: visible ?? undefined,
      onlyVisibilities: visibilitiesReadableBy(tenant.role) ?? undefined,
    };
    return this.repo.list(tenant.organizationId, criteria, page);
  }

  /** The metadata, or 404 (also for an owner: a private document, or one of a building where it holds no share). */
  async get(tenant: TenantContext, id: string): Promise<DocumentSnapshot> {
    const document = await this.repo.findById(tenant.organizationId, id);
    if (!document || !isReadableBy(document, tenant.role)) throw notFound();
    const visible = await this.links.visibleBuildingIds(tenant);
    if (visible && !visible.includes(document.buildingId)) throw notFound();
    return document;
  }

  /** Like `get`, with the bytes to open once the caller knows it needs them. */
  async download(tenant: TenantContext, id: string): Promise<DocumentDownload> {
    const document = await this.get(tenant, id);
    return { document, open: () => this.openContent(document) };
  }

  /** Deletes the row, then the bytes; bytes that resist are retried later by the storage, never left silently. */
  async remove(tenant: TenantContext, id: string): Promise<void> {
    const removed = await this.repo.delete(tenant.organizationId, id);
    if (!removed) throw notFound();
    await this.removeStored(removed.storageKey);
  }

  private async persist(document: Document, staged: StagedUpload): Promise<void> {
    let publishing = false;
    try {
      await this.repo.insert(document, async () => {
        publishing = true;
        await staged.commit();
      });
    } catch (error) {
      await staged.discard();
      // The bytes may be visible already (commit done, or half done) while the row is not: take them back.
      if (publishing) await this.removeStored(staged.key);
      throw error;
    }
  }

  private async openContent(document: DocumentSnapshot): Promise<StoredContent> {
    const content = await this.storage.openRead(document.storageKey);
    // A row without bytes breaks the invariant this service keeps: our incident (500, logged), not the client's.
    if (!content) throw new Error(`Document ${document.id} has no stored content`);
    return content;
  }

  private async removeStored(key: string): Promise<void> {
    try {
      // 'deferred' is recorded by the storage and retried in the background; it has warned already.
      await this.storage.remove(key);
    } catch (error) {
      this.logger.error({ err: error, storageKey: key }, 'Stored document bytes could not be removed nor recorded');
    }
  }
}
