import { randomUUID } from 'node:crypto';
import { DOCX, PDF, TEXT } from './content-type';
import {
  Document,
  DocumentDetails,
  downloadNameOf,
  isReadableBy,
  NewDocument,
  visibilitiesReadableBy,
} from './document';
import { DocumentTypeNotAllowed, InvalidDocument } from './document.errors';

const details = (overrides: Partial<DocumentDetails> = {}): DocumentDetails => ({
  buildingId: randomUUID(),
  type: 'minutes',
  title: 'Procès-verbal AG 2025',
  ...overrides,
});
const aNewDocument = (overrides: Partial<NewDocument> = {}): NewDocument => ({
  ...details(),
  id: randomUUID(),
  organizationId: randomUUID(),
  uploadedBy: randomUUID(),
  storageKey: randomUUID(),
  fileName: 'PV AG 2025.pdf',
  mimeType: PDF,
  sizeBytes: 1234,
  sha256: 'a'.repeat(64),
  ...overrides,
});

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidDocument) return error.params.field;
    throw error;
  }
  return undefined;
}

describe('Document', () => {
  it('registers a private document by default, with a sanitised name and a collapsed title', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const input = aNewDocument({ fileName: '../../etc/passwd.pdf', title: '  PV   AG  ' });
    const snapshot = Document.register(input, 'syndic', now).toSnapshot();
    expect(snapshot).toMatchObject({
      originalFileName: 'passwd.pdf',
      title: 'PV AG',
      visibility: 'private',
      meetingId: null,
      expenseId: null,
      createdAt: now,
      storageKey: input.storageKey,
    });
    expect(snapshot).not.toHaveProperty('fileName');
  });

  it('keeps the links and the visibility chosen', () => {
    const meetingId = randomUUID();
    const checked = Document.checkDetails(details({ visibility: 'public_to_owners', meetingId }), 'syndic');
    expect(checked).toMatchObject({ visibility: 'public_to_owners', meetingId, expenseId: null });
  });

  it.each([
    ['an unknown type', { type: 'memo' as never }, 'type'],
    ['a blank title', { title: '  ' }, 'title'],
    ['a title that is not a string', { title: 42 as never }, 'title'],
    ['a title of 256 characters', { title: 'x'.repeat(256) }, 'title'],
    ['an unknown visibility', { visibility: 'public' as never }, 'visibility'],
    ['a building id that is not a uuid', { buildingId: 'b-1' }, 'buildingId'],
    ['a meeting id that is not a uuid', { meetingId: '42' }, 'meetingId'],
    ['an expense id that is not a uuid', { expenseId: '' }, 'expenseId'],
  ])('refuses %s', (_, overrides, field) => {
    expect(fieldOf(() => Document.checkDetails(details(overrides), 'syndic'))).toBe(field);
  });

  it.each([
    ['an unsupported type', { mimeType: 'application/zip' as never }],
    ['no bytes', { sizeBytes: 0 }],
    ['a bad hash', { sha256: 'xyz' }],
  ])('refuses content with %s', (_, overrides) => {
    expect(fieldOf(() => Document.register(aNewDocument(overrides), 'syndic', new Date()))).toBe('file');
  });

  it('lets an accountant file invoices and financial statements only, and other roles nothing', () => {
    expect(() => Document.checkDetails(details({ type: 'invoice' }), 'accountant')).not.toThrow();
    expect(() => Document.checkDetails(details({ type: 'financial_statement' }), 'accountant')).not.toThrow();
    expect(() => Document.checkDetails(details({ type: 'minutes' }), 'accountant')).toThrow(DocumentTypeNotAllowed);
    for (const role of ['board_member', 'owner', 'superadmin'] as const) {
      expect(() => Document.checkDetails(details({ type: 'invoice' }), role)).toThrow(DocumentTypeNotAllowed);
    }
  });

  it('restores a stored row as it is', () => {
    const snapshot = Document.register(aNewDocument(), 'syndic', new Date()).toSnapshot();
    expect(Document.restore(snapshot).toSnapshot()).toEqual(snapshot);
  });
});

describe('document visibility', () => {
  it('hides private documents from owners only', () => {
    expect(visibilitiesReadableBy('owner')).toEqual(['public_to_owners']);
    expect(visibilitiesReadableBy('board_member')).toBeNull();
    expect(isReadableBy({ visibility: 'private' }, 'owner')).toBe(false);
    expect(isReadableBy({ visibility: 'public_to_owners' }, 'owner')).toBe(true);
    expect(isReadableBy({ visibility: 'private' }, 'accountant')).toBe(true);
  });

  it('offers a download name whose extension matches the content', () => {
    expect(downloadNameOf({ originalFileName: 'run.bat', mimeType: TEXT })).toBe('run.bat.txt');
    expect(downloadNameOf({ originalFileName: 'offre.docx', mimeType: DOCX })).toBe('offre.docx');
  });
});
