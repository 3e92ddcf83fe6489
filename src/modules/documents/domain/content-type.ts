import { EmptyDocument, RefusalReason, UnsupportedDocumentType } from './document.errors';
import { classifyZipPackage, DOCX, ODS, ODT, PackageContentType, XLSX, ZIP_TAIL_BYTES } from './zip-package';

export const PDF = 'application/pdf';
export const PNG = 'image/png';
export const JPEG = 'image/jpeg';
export const TEXT = 'text/plain';
export { DOCX, ODS, ODT, XLSX };

export type DocumentContentType = typeof PDF | typeof PNG | typeof JPEG | typeof TEXT | PackageContentType;
export const DOCUMENT_CONTENT_TYPES: readonly DocumentContentType[] = [PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TEXT];

type Family = typeof PDF | typeof PNG | typeof JPEG | 'zip' | 'text';

/** Enough for every signature below (PNG: signature + IHDR) and for an ODF `mimetype` entry. */
const HEAD_BYTES = 1024;
const SIGNATURE_BYTES = 16;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
const bytesOf = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const EXECUTABLES = [
  bytesOf('MZ'),
  [0x7f, ...bytesOf('ELF')],
  [0xfe, 0xed, 0xfa],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
];
// Text may hold tab, LF and CR; any other C0 or C1 control (NUL, ESC, DEL...) marks binary or terminal tricks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function familyOf(head: Uint8Array): Family {
  if (startsWith(head, bytesOf('%PDF-'))) return PDF;
  if (startsWith(head, [0x89, ...bytesOf('PNG\r\n\x1a\n')]) && startsWith(head, bytesOf('IHDR'), 12)) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(head, bytesOf('PK\x03\x04'))) return 'zip';
  return 'text';
}

/**
 * Finds the document type from the bytes themselves while they stream past, never from a name or declared type.
 * Memory stays bounded: the first KiB, plus the last ZIP_TAIL_BYTES for ZIPs (their directory is at the end).
 * `push` throws UnsupportedDocumentType as soon as the content is known to be refused, so an upload stops early.
 */
export class ContentTypeDetector {
  private readonly head = new Uint8Array(HEAD_BYTES);
  private headLength = 0;
  private total = 0;
  private family: Family | undefined;
  private undecided: Uint8Array[] = [];
  private tail: Uint8Array | undefined;
  private tailEnd = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    const room = HEAD_BYTES - this.headLength;
    if (room > 0) {
      this.head.set(chunk.subarray(0, room), this.headLength);
      this.headLength += Math.min(room, chunk.length);
    }
    this.total += chunk.length;
    if (this.family) return this.feed(chunk);
    if (this.headLength >= SIGNATURE_BYTES) return this.decide(chunk);
    // Held across calls: copied, since a producer may reuse its buffer for the next chunk.
    this.undecided.push(chunk.slice());
  }

  /** The detected type once the whole content has been pushed. */
  result(): DocumentContentType {
    if (this.total === 0) throw new EmptyDocument();
    if (!this.family) this.decide();
    const family = this.family as Family;
    if (family === 'text') {
      this.checkText(new Uint8Array(0), false);
      return TEXT;
    }
    if (family !== 'zip') return family;
    const verdict = classifyZipPackage(this.head.subarray(0, this.headLength), this.tailBytes(), this.total);
    if ('refused' in verdict) throw new UnsupportedDocumentType(verdict.refused);
    return verdict.type;
  }

  /** Passes `source` through unchanged while detecting; errors surface in the consumer's loop, aborting it. */
  async *observe(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
    for await (const chunk of source) {
      this.push(chunk);
      yield chunk;
    }
  }

  private decide(current?: Uint8Array): void {
    this.family = familyOf(this.head.subarray(0, this.headLength));
    const pending = current ? [...this.undecided, current] : this.undecided;
    this.undecided = [];
    for (const chunk of pending) this.feed(chunk);
  }

  private feed(chunk: Uint8Array): void {
    if (this.family === 'text') this.checkText(chunk, true);
    else if (this.family === 'zip') this.keepTail(chunk);
  }

  private checkText(chunk: Uint8Array, stream: boolean): void {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream });
    } catch {
      throw this.refuse('not-utf8');
    }
    if (CONTROL_CHARACTERS.test(text)) throw this.refuse('control-characters');
  }

  private refuse(reason: RefusalReason): UnsupportedDocumentType {
    const executable = EXECUTABLES.some((magic) => startsWith(this.head.subarray(0, this.headLength), magic));
    return new UnsupportedDocumentType(executable ? 'executable' : reason);
  }

  /** A ring over the last ZIP_TAIL_BYTES: fixed memory whatever the size of the upload. */
  private keepTail(chunk: Uint8Array): void {
    this.tail ??= new Uint8Array(ZIP_TAIL_BYTES);
    const bytes = chunk.subarray(Math.max(0, chunk.length - ZIP_TAIL_BYTES));
    const at = (this.tailEnd + chunk.length - bytes.length) % ZIP_TAIL_BYTES;
    const first = Math.min(bytes.length, ZIP_TAIL_BYTES - at);
    this.tail.set(bytes.subarray(0, first), at);
    this.tail.set(bytes.subarray(first), 0);
    this.tailEnd += chunk.length;
  }

  private tailBytes(): Uint8Array {
    const ring = this.tail ?? new Uint8Array(0);
    if (this.tailEnd <= ZIP_TAIL_BYTES) return ring.subarray(0, this.tailEnd);
    const at = this.tailEnd % ZIP_TAIL_BYTES;
    const ordered = new Uint8Array(ZIP_TAIL_BYTES);
    ordered.set(ring.subarray(at), 0);
    ordered.set(ring.subarray(0, at), ZIP_TAIL_BYTES - at);
    return ordered;
  }
}

/** One-shot detection for content already in memory. */
export function detectContentType(bytes: Uint8Array): DocumentContentType {
  const detector = new ContentTypeDetector();
  detector.push(bytes);
  return detector.result();
}
