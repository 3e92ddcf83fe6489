import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { aPdf, anUploadFields, multipartBody, sha256 } from '@test/builders/documents.builders';
import { aBuildingWithUnits } from '@test/builders/registry.builders';
import { TestS3Server } from '@test/support/s3-server';
import { createTestApp, TestApp } from '@test/support/test-app';
import { platformQuery, TenantSession } from '@test/support/tenant-session';
import { DocumentsService } from '../application/documents.service';
import { Document } from '../domain/document';
import { DocumentLinks } from '../domain/document-links';
import { DocumentStorage } from '../domain/document-storage';
import { DocumentRepository } from '../domain/document.repository';
import { UploadLimits } from '../domain/upload-limits';
import { S3DocumentStorage } from './s3-document.storage';

/** The real repository, except that the transaction fails after the bytes were published and before its COMMIT. */
class FailingAfterPublish extends DocumentRepository {
  constructor(
    private readonly real: DocumentRepository,
    private readonly afterPublish: (storageKey: string) => Promise<void>,
  ) {
    super();
  }
  findById: DocumentRepository['findById'] = (...args) => this.real.findById(...args);
  list: DocumentRepository['list'] = (...args) => this.real.list(...args);
  delete: DocumentRepository['delete'] = (...args) => this.real.delete(...args);
  async insert(document: Document, publish: () => Promise<void>): Promise<void> {
    await this.real.insert(document, async () => {
      await publish();
      await this.afterPublish(document.toSnapshot().storageKey);
      throw new Error('connection to the database lost before COMMIT');
    });
  }
}

describe('documents on S3: the row and the object live and die together', () => {
  let server: TestS3Server;
  let client: S3Client;
  let api: TestApp;
  let syndic: TenantSession;
  let buildingId: string;
  const objects = async () =>
    ((await client.send(new ListObjectsV2Command({ Bucket: 'koprogo' }))).Contents ?? []).map((o) => o.Key);
  const openUploads = () => readdirSync(join(server.dir, '_multipart'));
  const rows = async () =>
    (
      await platformQuery<{ n: number }>(
        api.app,
        sql`SELECT count(*)::int AS n FROM documents WHERE organization_id = ${syndic.organizationId}`,
      )
    )[0]?.n;

  beforeAll(async () => {
    server = await TestS3Server.start();
    client = server.client();
    api = await createTestApp(server.env());
    syndic = await TenantSession.forNewOrganization(api.app);
    buildingId = (await aBuildingWithUnits(syndic, [1000])).buildingId;
  });
  afterAll(async () => {
    await api?.close();
    client?.destroy();
    await server?.stop();
  });

  it('stores, serves and deletes a document through the API with STORAGE=s3', async () => {
    expect(api.app.get(DocumentStorage)).toBeInstanceOf(S3DocumentStorage);
    const content = aPdf('Procès-verbal AG 2026');
    const body = multipartBody(anUploadFields(buildingId), {
      fileName: 'pv.pdf',
      content,
      contentType: 'application/pdf',
    });
    const created = await syndic.request('POST', '/documents/upload', body.payload, body.headers);
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    expect(await objects()).toHaveLength(1);

    const download = await syndic.request('GET', `/documents/${id}`);
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(sha256(content));

    expect((await syndic.request('DELETE', `/documents/${id}`)).statusCode).toBe(204);
    expect(await objects()).toEqual([]);
    expect(await rows()).toBe(0);
  });

  it('leaves neither row, object nor open upload when the transaction fails after the object was completed', async () => {
    let visibleBeforeFailure = false;
    const failing = new FailingAfterPublish(api.app.get(DocumentRepository), async (key) => {
      visibleBeforeFailure = (await objects()).includes(key);
    });
    const service = new DocumentsService(
      failing,
      api.app.get(DocumentStorage),
      api.app.get(DocumentLinks, { strict: false }),
      api.app.get(UploadLimits, { strict: false }),
      api.app.get(Clock, { strict: false }),
    );
    const input = {
      ...anUploadFields(buildingId),
      buildingId,
      type: 'minutes' as const,
      title: 'PV',
      fileName: 'pv.pdf',
    };

    await expect(service.upload(syndic.tenant, { ...input, content: Readable.from([aPdf('lost')]) })).rejects.toThrow(
      /before COMMIT/,
    );

    expect(visibleBeforeFailure).toBe(true);
    expect(await rows()).toBe(0);
    expect(await objects()).toEqual([]);
    expect(openUploads()).toEqual([]);
  });
});
