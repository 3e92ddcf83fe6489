import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { randomUUID } from 'node:crypto';
import type { Response } from 'light-my-request';
import {
  aPdf,
  aPng,
  aText,
  aWindowsExecutable,
  anElfExecutable,
  anUploadFields,
  FilePart,
  multipartBody,
  pdfEnd,
  randomContent,
  sha256,
  streamedPdfUpload,
  UploadFields,
} from '../builders/documents.builders';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectInvalidField, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { sql } from '../../src/shared/persistence/sql';
import { platformQuery, TenantSession } from '../support/tenant-session';

type Json = Record<string, unknown> & { id: string };
type Page = { data: Json[]; pagination: Record<string, number | boolean> };

const MB = 1024 * 1024;
const DAY = 86_400_000;
const KEY = /^[a-z0-9][a-z0-9-]{7,127}$/;

const upload = (
  session: TenantSession,
  fields: UploadFields,
  file?: FilePart,
  after?: UploadFields,
): Promise<Response> => {
  const body = multipartBody(fields, file, after);
  return session.request('POST', '/documents/upload', body.payload, body.headers);
};
const aPdfPart = (fileName = 'PV AG 2025.pdf', content = aPdf()): FilePart => ({
  fileName,
  content,
  contentType: 'application/pdf',
});

/** What the storage directory holds: committed objects (by key) and temp files of uploads in progress. */
function storageOf(api: TestApp): { objects: string[]; temp: string[] } {
  const dir = api.config.storageDir;
  const list = (path: string) => (existsSync(path) ? readdirSync(path) : []);
  const shards = list(dir).filter((name) => !['tmp', 'pending-removals'].includes(name));
  return { objects: shards.flatMap((shard) => list(join(dir, shard))), temp: list(join(dir, 'tmp')) };
}

async function documentCount(api: TestApp, organizationId: string): Promise<number> {
  const rows = await platformQuery<{ n: number }>(
    api.app,
    sql`SELECT count(*)::int AS n FROM documents WHERE organization_id = ${organizationId}`,
  );
  return rows[0]?.n ?? 0;
}

describe('documents', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let other: TenantSession;
  let b1: string;
  let b2: string;
  let b1Units: string[];

  const uploadOk = async (session: TenantSession, fields: UploadFields, file: FilePart = aPdfPart()): Promise<Json> => {
    const res = await upload(session, fields, file);
    if (res.statusCode !== 201) throw new Error(`Expected 201, got ${res.statusCode}: ${res.body}`);
    return res.json() as Json;
  };

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    const first = await aBuildingWithUnits(syndic, [500, 500]);
    b1 = first.buildingId;
    b1Units = first.unitIds;
    b2 = (await aBuildingWithUnits(syndic, [1000])).buildingId;
  });
  afterAll(() => api.close());

  describe('upload and download', () => {
    it('stores a PDF and answers 201 with its metadata and a Location header', async () => {
      const content = aPdf('Assemblée générale ordinaire');
      const res = await upload(syndic, anUploadFields(b1), aPdfPart('Procès-verbal AG 2025.pdf', content));
      expect(res.statusCode).toBe(201);
      const created = res.json() as Json;
      expect(res.headers.location).toBe(`/api/v1/documents/${created.id}`);
      expect(created).toEqual({
        id: expect.any(String),
        buildingId: b1,
        type: 'minutes',
        title: 'Procès-verbal AG 2025',
        fileName: 'Procès-verbal AG 2025.pdf',
        mimeType: 'application/pdf',
        sizeBytes: content.length,
        sha256: sha256(content),
        visibility: 'private',
        meetingId: null,
        expenseId: null,
        uploadedBy: syndic.userId,
        createdAt: expect.any(String),
      });
      expect(await syndic.get(`/documents/${created.id}/metadata`)).toEqual(created);
    });

    it('streams the bytes back with type, length, attachment name, ETag and nosniff', async () => {
      const content = aPdf('rapport');
      const created = await uploadOk(syndic, anUploadFields(b1), aPdfPart('Rapport été 2025.pdf', content));
      const res = await syndic.request('GET', `/documents/${created.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload).toEqual(content);
      expect(res.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(content.length),
        'content-disposition': `attachment; filename="Rapport ete 2025.pdf"; filename*=UTF-8''Rapport%20%C3%A9t%C3%A9%202025.pdf`,
        etag: `"${sha256(content)}"`,
        'x-content-type-options': 'nosniff',
      });
    });

    it('answers 304 without a body when If-None-Match names the ETag, and 200 otherwise', async () => {
      const created = await uploadOk(syndic, anUploadFields(b1));
      const etag = `"${created.sha256 as string}"`;
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const res = await syndic.request('GET', `/documents/${created.id}`, undefined, {
          'if-none-match': ifNoneMatch,
        });
        expect(res.statusCode).toBe(304);
        expect(res.body).toBe('');
        expect(res.headers.etag).toBe(etag);
      }
      const changed = await syndic.request('GET', `/documents/${created.id}`, undefined, {
        'if-none-match': `"${'0'.repeat(64)}"`,
      });
      expect(changed.statusCode).toBe(200);
    });

    it('recognises each format from its bytes, not from the name or declared type', async () => {
      const png = await uploadOk(syndic, anUploadFields(b1, { type: 'other' }), {
        fileName: 'scan.pdf',
        content: aPng(),
        contentType: 'application/pdf',
      });
      expect(png).toMatchObject({ mimeType: 'image/png', fileName: 'scan.pdf.png' });
      const text = await uploadOk(syndic, anUploadFields(b1, { type: 'other' }), {
        fileName: 'run.bat',
        content: aText(),
      });
      expect(text).toMatchObject({ mimeType: 'text/plain', fileName: 'run.bat.txt' });
      const res = await syndic.request('GET', `/documents/${text.id}`);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="run.bat.txt"; filename*=UTF-8''run.bat.txt`,
      );
    });

    it('keeps a traversal file name as metadata only: stored under a generated key, offered back harmlessly', async () => {
      const before = storageOf(api).objects;
      const created = await uploadOk(syndic, anUploadFields(b1), aPdfPart('../../etc/passwd.pdf'));
      expect(created.fileName).toBe('passwd.pdf');
      const added = storageOf(api).objects.filter((name) => !before.includes(name));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatch(KEY);
      expect(added[0]).not.toContain('passwd');
      const res = await syndic.request('GET', `/documents/${created.id}`);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="passwd.pdf"; filename*=UTF-8''passwd.pdf`);

      const windows = await uploadOk(syndic, anUploadFields(b1), aPdfPart('..\\..\\Windows\\win.ini%2f..%2f.pdf'));
      const header = (await syndic.request('GET', `/documents/${windows.id}`)).headers['content-disposition'] as string;
      expect(header).toMatch(/^attachment; filename="[^"/\\]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
      expect(windows.fileName).toBe('win.ini%2f..%2f.pdf');
    });
  });

  describe('refusals', () => {
    it.each([
      ['random bytes', { fileName: 'data.bin', content: randomContent() }],
      [
        'a Windows executable renamed report.pdf',
        { fileName: 'report.pdf', content: aWindowsExecutable(), contentType: 'application/pdf' },
      ],
      [
        'a Linux executable renamed report.pdf',
        { fileName: 'report.pdf', content: anElfExecutable(), contentType: 'application/pdf' },
      ],
    ])('answers 415 to %s and keeps nothing', async (_, file: FilePart) => {
      const rows = await documentCount(api, syndic.organizationId);
      const objects = storageOf(api).objects.length;
      expectProblem(await upload(syndic, anUploadFields(b1), file), 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(await documentCount(api, syndic.organizationId)).toBe(rows);
      expect(storageOf(api)).toEqual({ objects: expect.any(Array), temp: [] });
      expect(storageOf(api).objects).toHaveLength(objects);
    });

    it.each([
      ['%PDF- followed by HTML and script', Buffer.from('%PDF-1.7\n<html><script>alert(document.cookie)</script>\n')],
      ['a PDF with a ZIP appended', Buffer.concat([aPdf(), Buffer.from('PK\x03\x04 hidden payload after the end')])],
    ])('answers 415 DOCUMENT_CONTENT_MISMATCH to %s and keeps nothing', async (_, content) => {
      const rows = await documentCount(api, syndic.organizationId);
      const res = await upload(syndic, anUploadFields(b1), aPdfPart('report.pdf', content));
      expectProblem(res, 415, 'DOCUMENT_CONTENT_MISMATCH');
      expect(await documentCount(api, syndic.organizationId)).toBe(rows);
      expect(storageOf(api).temp).toEqual([]);
    });

    it('answers 400 EMPTY_DOCUMENT to an empty file', async () => {
      expectProblem(
        await upload(syndic, anUploadFields(b1), aPdfPart('empty.pdf', Buffer.alloc(0))),
        400,
        'EMPTY_DOCUMENT',
      );
      expect(storageOf(api).temp).toEqual([]);
    });

    it('answers 415 to a body that is not multipart', async () => {
      expectProblem(
        await syndic.request('POST', '/documents/upload', anUploadFields(b1)),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('accepts the form fields before the file, after it, or on both sides', async () => {
      const { buildingId, type, title } = anUploadFields(b1, { title: 'Ordre indifférent' });
      for (const [before, after] of [
        [{}, { buildingId, type, title }],
        [{ title }, { buildingId, type }],
        [{ buildingId, type, title }, {}],
      ] as const) {
        const res = await upload(syndic, before, aPdfPart(), after);
        expect({ status: res.statusCode, body: res.json() as unknown }).toMatchObject({
          status: 201,
          body: { buildingId: b1, type: 'minutes', title: 'Ordre indifférent', sha256: sha256(aPdf()) },
        });
      }
      expect(storageOf(api).temp).toEqual([]);
    });

    it('refuses a form whose fields after the file are wrong, and keeps neither a row nor a file', async () => {
      const before = await documentCount(api, syndic.organizationId);
      const objects = storageOf(api).objects.length;
      const res = await upload(syndic, { title: 'PV' }, aPdfPart(), { buildingId: 'not-a-uuid', type: 'minutes' });
      expectInvalidField(res, 'buildingId');
      const missing = await upload(syndic, {}, aPdfPart(), { title: 'PV' });
      const body = expectProblem(missing, 400, 'VALIDATION_FAILED');
      expect(body.errors).toEqual(
        expect.arrayContaining([
          { field: 'buildingId', message: 'buildingId is required' },
          { field: 'type', message: 'type is required' },
        ]),
      );
      expectProblem(await upload(syndic, {}, aPdfPart(), anUploadFields(randomUUID())), 404, 'NOT_FOUND');
      expect(await documentCount(api, syndic.organizationId)).toBe(before);
      expect(storageOf(api)).toEqual({ objects: expect.any(Array), temp: [] });
      expect(storageOf(api).objects).toHaveLength(objects);
    });

    it.each([
      ['no file part', anUploadFields('b1'), undefined, 'file'],
      ['a file part not named file', anUploadFields('b1'), { ...aPdfPart(), field: 'document' }, 'file'],
      ['an unknown type', anUploadFields('b1', { type: 'memo' }), aPdfPart(), 'type'],
      ['a blank title', anUploadFields('b1', { title: '   ' }), aPdfPart(), 'title'],
      ['a title of 256 characters', anUploadFields('b1', { title: 'x'.repeat(256) }), aPdfPart(), 'title'],
      ['an unknown visibility', anUploadFields('b1', { visibility: 'public' }), aPdfPart(), 'visibility'],
      ['a meetingId that is not a uuid', anUploadFields('b1', { meetingId: '42' }), aPdfPart(), 'meetingId'],
      ['an unknown field', anUploadFields('b1', { organizationId: randomUUID() }), aPdfPart(), 'organizationId'],
      ['a buildingId that is not a uuid', anUploadFields('not-a-uuid'), aPdfPart(), 'buildingId'],
    ])('answers 400 to %s', async (_, fields, file, field) => {
      const withBuilding = fields.buildingId === 'b1' ? { ...fields, buildingId: b1 } : fields;
      expectInvalidField(await upload(syndic, withBuilding, file), field);
    });

    it('treats an empty optional field as absent, as browsers send it', async () => {
      const created = await uploadOk(syndic, anUploadFields(b1, { visibility: '', meetingId: '', expenseId: '' }));
      expect(created).toMatchObject({ visibility: 'private', meetingId: null, expenseId: null });
    });

    it('answers 400 to a bad id in the path', async () => {
      expectInvalidField(await syndic.request('GET', '/documents/not-a-uuid'), 'id');
      expectInvalidField(await syndic.request('GET', '/documents/not-a-uuid/metadata'), 'id');
      expectInvalidField(await syndic.request('DELETE', '/documents/not-a-uuid'), 'id');
    });
  });

  describe('links to meetings and expenses', () => {
    let meetingB1: string;
    let meetingB2: string;
    let expenseB1: string;
    let expenseB2: string;

    beforeAll(async () => {
      const meeting = (buildingId: string) => ({
        buildingId,
        type: 'ordinary',
        title: 'Assemblée générale ordinaire',
        scheduledAt: new Date(Date.now() + 30 * DAY).toISOString(),
        location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
      });
      meetingB1 = (await syndic.post('/meetings', meeting(b1))).id;
      meetingB2 = (await syndic.post('/meetings', meeting(b2))).id;
      expenseB1 = (await syndic.post('/expenses', aCreateExpenseRequest(b1))).id;
      expenseB2 = (await syndic.post('/expenses', aCreateExpenseRequest(b2))).id;
    });

    it('links a document to a meeting and an expense of its building, and filters by them', async () => {
      const minutes = await uploadOk(syndic, anUploadFields(b1, { meetingId: meetingB1 }));
      const invoice = await uploadOk(
        syndic,
        anUploadFields(b1, { type: 'invoice', title: 'Facture', expenseId: expenseB1 }),
      );
      expect(minutes.meetingId).toBe(meetingB1);
      expect(invoice.expenseId).toBe(expenseB1);
      expect((await syndic.get<Page>(`/documents?meetingId=${meetingB1}`)).data.map((d) => d.id)).toEqual([minutes.id]);
      expect((await syndic.get<Page>(`/documents?expenseId=${expenseB1}`)).data.map((d) => d.id)).toEqual([invoice.id]);
    });

    it('answers 404 for a meeting or an expense of another building, of another organization, or unknown', async () => {
      const foreignBuilding = (await aBuildingWithUnits(other, [1000])).buildingId;
      const foreignExpense = (await other.post('/expenses', aCreateExpenseRequest(foreignBuilding))).id;
      const rows = await documentCount(api, syndic.organizationId);
      const links: UploadFields[] = [
        { meetingId: meetingB2 },
        { expenseId: expenseB2 },
        { meetingId: randomUUID() },
        { expenseId: randomUUID() },
        { expenseId: foreignExpense },
      ];
      for (const link of links) {
        expectProblem(await upload(syndic, anUploadFields(b1, link), aPdfPart()), 404, 'NOT_FOUND');
      }
      expect(await documentCount(api, syndic.organizationId)).toBe(rows);
      expect(storageOf(api).temp).toEqual([]);
    });

    it('keeps the document, unlinked, when its meeting is deleted', async () => {
      const meetingId = (
        await syndic.post('/meetings', {
          buildingId: b1,
          type: 'extraordinary',
          title: 'AGE travaux',
          scheduledAt: new Date(Date.now() + 40 * DAY).toISOString(),
          location: 'Salle communale',
        })
      ).id;
      const linked = await uploadOk(syndic, anUploadFields(b1, { type: 'works_quote', meetingId }));
      expect((await syndic.request('DELETE', `/meetings/${meetingId}`)).statusCode).toBe(204);
      expect(await syndic.get(`/documents/${linked.id}/metadata`)).toMatchObject({ meetingId: null });
    });
  });

  describe('lists', () => {
    it('filters by building and type, sorts by title or newest first, and paginates', async () => {
      const org = await TenantSession.forNewOrganization(api.app);
      const [x, y] = [
        (await aBuildingWithUnits(org, [1000])).buildingId,
        (await aBuildingWithUnits(org, [1000])).buildingId,
      ];
      const c = await uploadOk(org, anUploadFields(x, { title: 'Contrat ascenseur', type: 'contract' }));
      const a = await uploadOk(org, anUploadFields(x, { title: 'Assurance incendie', type: 'contract' }));
      const b = await uploadOk(org, anUploadFields(y, { title: 'Budget 2026', type: 'financial_statement' }));
      const ids = async (query: string) => (await org.get<Page>(`/documents${query}`)).data.map((d) => d.id);

      expect(await ids('')).toEqual([b.id, a.id, c.id]);
      expect(await ids('?sort=title')).toEqual([a.id, b.id, c.id]);
      expect(await ids('?sort=title&order=desc')).toEqual([c.id, b.id, a.id]);
      expect(await ids(`?buildingId=${x}`)).toEqual([a.id, c.id]);
      expect(await ids('?type=financial_statement')).toEqual([b.id]);
      expect(await org.get<Page>('/documents?perPage=2&page=2&sort=title')).toMatchObject({
        data: [{ id: c.id }],
        pagination: { page: 2, perPage: 2, totalItems: 3, totalPages: 2, hasNext: false, hasPrevious: true },
      });
      expectInvalidField(await org.request('GET', '/documents?sort=size'), 'sort');
      expectInvalidField(await org.request('GET', '/documents?type=memo'), 'type');
      expectInvalidField(await org.request('GET', '/documents?buildingId=nope'), 'buildingId');
    });
  });

  describe('roles and visibility', () => {
    it('lets an accountant upload invoices and financial statements, nothing else, and never delete', async () => {
      const accountant = await syndic.as('accountant');
      const invoice = await uploadOk(accountant, anUploadFields(b1, { type: 'invoice', title: 'Facture ascenseur' }));
      expect(invoice.uploadedBy).toBe(accountant.userId);
      await uploadOk(accountant, anUploadFields(b1, { type: 'financial_statement', title: 'Comptes 2025' }));
      expectProblem(
        await upload(accountant, anUploadFields(b1, { type: 'minutes' }), aPdfPart()),
        403,
        'DOCUMENT_TYPE_NOT_ALLOWED',
      );
      expect((await accountant.request('GET', `/documents/${invoice.id}`)).statusCode).toBe(200);
      expectProblem(await accountant.request('DELETE', `/documents/${invoice.id}`), 403, 'FORBIDDEN');
    });

    it('lets a board member read everything and write nothing', async () => {
      const board = await syndic.as('board_member');
      const secret = await uploadOk(syndic, anUploadFields(b2, { visibility: 'private' }));
      expect((await board.request('GET', `/documents/${secret.id}`)).statusCode).toBe(200);
      expect((await board.get<Page>('/documents?perPage=100')).data.map((d) => d.id)).toContain(secret.id);
      expectProblem(await upload(board, anUploadFields(b1), aPdfPart()), 403, 'FORBIDDEN');
      expectProblem(await board.request('DELETE', `/documents/${secret.id}`), 403, 'FORBIDDEN');
    });

    it('shows an owner only the public documents of buildings where it holds a share', async () => {
      const ownerUser = await syndic.as('owner');
      const ownerId = await anOwner(syndic, { userId: ownerUser.userId });
      await syndic.post(`/units/${b1Units[0]}/owners`, { ownerId, share: '100' });
      const shown = await uploadOk(syndic, anUploadFields(b1, { visibility: 'public_to_owners', title: 'Règlement' }));
      const hidden = await uploadOk(syndic, anUploadFields(b1, { visibility: 'private', title: 'Litige' }));
      const elsewhere = await uploadOk(
        syndic,
        anUploadFields(b2, { visibility: 'public_to_owners', title: 'Autre immeuble' }),
      );

      const list = await ownerUser.get<Page>('/documents?perPage=100');
      expect(list.data.map((d) => d.id)).toEqual([shown.id]);
      expect(list.data.every((d) => d.visibility === 'public_to_owners' && d.buildingId === b1)).toBe(true);
      expect((await ownerUser.request('GET', `/documents/${shown.id}`)).statusCode).toBe(200);
      expect((await ownerUser.request('GET', `/documents/${shown.id}/metadata`)).statusCode).toBe(200);
      for (const doc of [hidden, elsewhere]) {
        expectProblem(await ownerUser.request('GET', `/documents/${doc.id}`), 404, 'NOT_FOUND');
        expectProblem(await ownerUser.request('GET', `/documents/${doc.id}/metadata`), 404, 'NOT_FOUND');
      }
      expectProblem(await upload(ownerUser, anUploadFields(b1), aPdfPart()), 403, 'FORBIDDEN');
      expectProblem(await ownerUser.request('DELETE', `/documents/${shown.id}`), 403, 'FORBIDDEN');
    });

    it('answers 403 to the platform superadmin', async () => {
      const admin = await TenantSession.superadmin(api.app);
      expectProblem(await admin.request('GET', '/documents'), 403, 'FORBIDDEN');
    });
  });

  describe('isolation', () => {
    it("answers 404 on every route for another organization's document and building", async () => {
      const doc = await uploadOk(syndic, anUploadFields(b1, { visibility: 'public_to_owners' }));
      expectProblem(await other.request('GET', `/documents/${doc.id}`), 404, 'NOT_FOUND');
      expectProblem(
        await other.request('GET', `/documents/${doc.id}`, undefined, { 'if-none-match': '*' }),
        404,
        'NOT_FOUND',
      );
      expectProblem(await other.request('GET', `/documents/${doc.id}/metadata`), 404, 'NOT_FOUND');
      expectProblem(await other.request('DELETE', `/documents/${doc.id}`), 404, 'NOT_FOUND');
      const body = expectProblem(await upload(other, anUploadFields(b1), aPdfPart()), 404, 'NOT_FOUND');
      expect(JSON.stringify(body)).not.toContain(b1);
      expect((await other.get<Page>(`/documents?buildingId=${b1}`)).data).toEqual([]);
      expect((await other.get<Page>('/documents?perPage=100')).data.map((d) => d.id)).not.toContain(doc.id);
      expect((await syndic.request('GET', `/documents/${doc.id}`)).statusCode).toBe(200);
    });
  });

  describe('deletion', () => {
    it('deletes the row and the bytes (syndic), then answers 404', async () => {
      const doc = await uploadOk(syndic, anUploadFields(b1));
      const before = storageOf(api).objects.length;
      expect((await syndic.request('DELETE', `/documents/${doc.id}`)).statusCode).toBe(204);
      expect(storageOf(api).objects).toHaveLength(before - 1);
      expectProblem(await syndic.request('GET', `/documents/${doc.id}`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('GET', `/documents/${doc.id}/metadata`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('DELETE', `/documents/${doc.id}`), 404, 'NOT_FOUND');
    });
  });
});

describe('documents: upload limits', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let building: string;

  beforeAll(async () => {
    api = await createTestApp({ MAX_UPLOAD_MB: '1' });
    syndic = await TenantSession.forNewOrganization(api.app);
    building = (await aBuildingWithUnits(syndic, [1000])).buildingId;
  });
  afterAll(() => api.close());

  // Padding goes before the end of the PDF: bytes after %%EOF are refused as a hidden payload.
  const pdfOf = (size: number): Buffer => {
    const end = pdfEnd(9);
    return Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9 - end.length, 0x20), end]);
  };

  it('answers 413 above MAX_UPLOAD_MB and keeps neither a row nor a file', async () => {
    const res = await upload(syndic, anUploadFields(building), aPdfPart('big.pdf', pdfOf(2 * MB)));
    const body = expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    expect(body.title).toBe('Content Too Large');
    expect(await documentCount(api, syndic.organizationId)).toBe(0);
    expect(storageOf(api)).toEqual({ objects: [], temp: [] });
  });

  it('accepts a file of exactly MAX_UPLOAD_MB', async () => {
    const res = await upload(syndic, anUploadFields(building), aPdfPart('exact.pdf', pdfOf(MB)));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ sizeBytes: MB });
  });

  it('refuses a second file part and stores neither', async () => {
    const before = storageOf(api).objects.length;
    const body = multipartBody(anUploadFields(building, { title: 'Deux fichiers' }), [
      aPdfPart('one.pdf'),
      aPdfPart('two.pdf', aPdf('two')),
    ]);
    const res = await syndic.request('POST', '/documents/upload', body.payload, body.headers);
    expectInvalidField(res, 'file');
    expect(
      (await syndic.get<Page>('/documents?perPage=100')).data.filter((d) => d.title === 'Deux fichiers'),
    ).toHaveLength(0);
    expect(storageOf(api)).toEqual({ objects: expect.any(Array), temp: [] });
    expect(storageOf(api).objects).toHaveLength(before);
  });

  it('answers 413 to a file above the limit followed by its fields, keeping nothing', async () => {
    const res = await upload(syndic, {}, aPdfPart('big.pdf', pdfOf(2 * MB)), anUploadFields(building));
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
    expect(storageOf(api).temp).toEqual([]);
  });
});

// Collecting before each RSS sample measures what is retained, not garbage V8 has not collected yet (see
// local-file.storage.memory.int-spec.ts for the same method at the storage level, with its control).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('documents: streaming a large upload through HTTP', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let building: string;

  beforeAll(async () => {
    api = await createTestApp({ MAX_UPLOAD_MB: '100' });
    syndic = await TenantSession.forNewOrganization(api.app);
    building = (await aBuildingWithUnits(syndic, [1000])).buildingId;
  });
  afterAll(() => api.close());

  const send = (size: number, onChunk?: (sent: number) => void) => {
    const body = streamedPdfUpload(anUploadFields(building), size, onChunk);
    return { hash: body.hash, response: syndic.request('POST', '/documents/upload', body.payload, body.headers) };
  };

  it('stores a 60 MB upload while the process grows by less than 40 MB', async () => {
    // Warm-up: first-use allocations (parsers, pools, JIT) are not growth caused by the upload.
    expect((await send(MB).response).statusCode).toBe(201);
    collectGarbage();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = () => {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    // The body is generated as the server pulls it, so the test holds no 60 MB payload either.
    const upload60 = send(60 * MB, (sent) => sent % (8 * MB) === 0 && sample());
    const res = await upload60.response;
    sample();

    expect(res.statusCode).toBe(201);
    expect(peak - baseline).toBeLessThan(40 * MB);
    const created = res.json() as Json;
    expect(created).toMatchObject({
      sizeBytes: 60 * MB,
      mimeType: 'application/pdf',
      sha256: upload60.hash.digest('hex'),
    });
    const key = storageOf(api).objects.find(
      (name) => statSync(join(api.config.storageDir, name.slice(0, 2), name)).size === 60 * MB,
    );
    expect(key).toMatch(KEY);
  }, 120_000);
});
