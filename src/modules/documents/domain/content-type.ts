import { ContentLimits, DEFAULT_CONTENT_LIMITS } from './content-limits';
import {
  DocumentContentMismatch,
  EmptyDocument,
  isContentMismatch,
  RefusalReason,
  UnsupportedDocumentType,
} from './document.errors';
import { pdfStructureProblem } from './pdf-structure';
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
 * Memory stays bounded: the first KiB, plus the end of the file, where PDFs keep their cross-reference pointer and
 * ZIPs their directory (the last ZIP_TAIL_BYTES, or `pdfTailBytes`).
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

  constructor(private readonly limits: ContentLimits = DEFAULT_CONTENT_LIMITS) {}

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
    if (family === PDF) {
      const problem = pdfStructureProblem(this.tailBytes(), this.total, this.limits);
      if (problem) throw new DocumentContentMismatch(PDF, problem);
      return PDF;
    }
    if (family !== 'zip') return family;
    const head = this.head.subarray(0, this.headLength);
    const verdict = classifyZipPackage(head, this.tailBytes(), this.total, this.limits);
    if (!('refused' in verdict)) return verdict.type;
    const reason = verdict.refused;
    if (isContentMismatch(reason)) throw new DocumentContentMismatch('a ZIP-based document', reason);
    throw new UnsupportedDocumentType(reason);
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
    else if (this.family === 'zip' || this.family === PDF) this.keepTail(chunk);
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

  private get tailSize(): number {
    return this.family === PDF ? this.limits.pdfTailBytes : ZIP_TAIL_BYTES;
  }

  /** A ring over the last bytes: fixed memory whatever the size of the upload. */
  private keepTail(chunk: Uint8Array): void {
    const size = this.tailSize;
    this.tail ??= new Uint8Array(size);
    const bytes = chunk.subarray(Math.max(0, chunk.length - size));
    const at = (this.tailEnd + chunk.length - bytes.length) % size;
    const first = Math.min(bytes.length, size - at);
    this.tail.set(bytes.subarray(0, first), at);
    this.tail.set(bytes.subarray(first), 0);
    this.tailEnd += chunk.length;
  }

  private tailBytes(): Uint8Array {
    const size = this.tailSize;
    const ring = this.tail ?? new Uint8Array(0);
    if (this.tailEnd <= size) return ring.subarray(0, this.tailEnd);
    const at = this.tailEnd % size;
    const ordered = new Uint8Array(size);
    ordered.set(ring.subarray(at), 0);
    ordered.set(ring.subarray(0, at), size - at);
    return ordered;
  }
}

/** One-shot detection for content already in memory. */
export function detectContentType(bytes: Uint8Array, limits?: ContentLimits): DocumentContentType {
  const detector = new ContentTypeDetector(limits);
  detector.push(bytes);
  return detector.result();
}
