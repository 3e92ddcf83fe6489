import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** Form fields of POST /documents/upload, as strings (multipart has no other type). */
export type UploadFields = Record<string, string>;

/** The fields of a private set of minutes of this building. */
export const anUploadFields = (buildingId: string, overrides: UploadFields = {}): UploadFields => ({
  buildingId,
  type: 'minutes',
  title: 'Procès-verbal AG 2025',
  ...overrides,
});

// --- Contents: recognised from their bytes, whatever they are called ---

/** A small PDF with the structure the API checks: a cross-reference table, `startxref` pointing at it, `%%EOF`. */
export const aPdf = (body = 'Procès-verbal'): Buffer => {
  const objects = Buffer.concat([
    Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    Buffer.from(`1 0 obj\n(${body})\nendobj\n`),
  ]);
  return Buffer.concat([objects, pdfEnd(objects.length)]);
};
/** The end of a PDF whose cross-reference table starts at `xrefOffset`. */
export const pdfEnd = (xrefOffset: number): Buffer =>
  Buffer.from(`xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n${xrefOffset}\n%%EOF\n`);
export const aPng = (): Buffer =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
export const aText = (text = 'Ordre du jour : point 1 — approbation des comptes\n'): Buffer =>
  Buffer.from(text, 'utf8');
/** Bytes that no accepted format starts with (and are not UTF-8 text). */
export const randomContent = (size = 4096): Buffer =>
  Buffer.concat([Buffer.from([0x00, 0xff, 0xfe, 0x01]), randomBytes(size)]);
/** A Windows executable (MZ) and a Linux one (ELF), to be uploaded as "report.pdf". */
export const aWindowsExecutable = (): Buffer =>
  Buffer.concat([
    Buffer.from('MZ'),
    Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0]),
    Buffer.from('This program cannot be run in DOS mode'),
  ]);
export const anElfExecutable = (): Buffer =>
  Buffer.concat([Buffer.from([0x7f]), Buffer.from('ELF'), Buffer.from([2, 1, 1, 0, 0, 0, 0, 0])]);

// --- Multipart bodies, written by hand so tests control part order, names and sizes ---

export interface FilePart {
  readonly fileName: string;
  readonly content: Buffer;
  /** Declared by the client; the API ignores it. */
  readonly contentType?: string;
  /** The part's field name; `file` unless a test wants another. */
  readonly field?: string;
}

export interface MultipartRequest {
  readonly payload: Buffer;
  readonly headers: Record<string, string>;
}

const fieldPart = (boundary: string, name: string, value: string): Buffer =>
  Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
const fileHead = (boundary: string, file: Omit<FilePart, 'content'>): Buffer =>
  Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.fileName}"\r\n` +
      `content-type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
  );
const newBoundary = () => `----koprogo${randomBytes(8).toString('hex')}`;

/** A multipart/form-data body: the fields, then the file(s), then `after` (fields a client wrongly sends last). */
export function multipartBody(
  fields: UploadFields,
  file?: FilePart | FilePart[],
  after: UploadFields = {},
): MultipartRequest {
  const boundary = newBoundary();
  const parts = Object.entries(fields).map(([name, value]) => fieldPart(boundary, name, value));
  for (const one of file === undefined ? [] : [file].flat())
    parts.push(fileHead(boundary, one), one.content, Buffer.from('\r\n'));
  parts.push(...Object.entries(after).map(([name, value]) => fieldPart(boundary, name, value)));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface StreamedUpload {
  readonly payload: Readable;
  readonly headers: Record<string, string>;
  /** SHA-256 of the file bytes sent so far (complete once the payload has ended). */
  readonly hash: ReturnType<typeof createHash>;
}

/**
 * A multipart body whose file is generated chunk by chunk as the server reads it (a PDF of `size` bytes), as a
 * socket would deliver it: neither the test nor the server ever needs the whole upload in memory. `onChunk` lets a
 * test sample memory while the upload is in flight.
 */
export function streamedPdfUpload(
  fields: UploadFields,
  size: number,
  onChunk: (sent: number) => void = () => undefined,
): StreamedUpload {
  const boundary = newBoundary();
  const hash = createHash('sha256');
  const CHUNK = 64 * 1024;
  async function* body(): AsyncGenerator<Buffer> {
    for (const [name, value] of Object.entries(fields)) yield fieldPart(boundary, name, value);
    yield fileHead(boundary, { fileName: 'big.pdf', contentType: 'application/pdf' });
    const end = pdfEnd(size - 100);
    for (let sent = 0; sent < size; sent += CHUNK) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, size - sent)).fill(sent % 251);
      if (sent === 0) chunk.write('%PDF-1.7\n');
      if (sent + chunk.length >= size) end.copy(chunk, Math.max(0, chunk.length - end.length));
      hash.update(chunk);
      onChunk(sent);
      yield chunk;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return {
    payload: Readable.from(body(), { objectMode: false }),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    hash,
  };
}

export const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');
