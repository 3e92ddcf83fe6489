import { ContentLimits, DEFAULT_CONTENT_LIMITS } from './content-limits';
import { RefusalReason } from './document.errors';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ODT = 'application/vnd.oasis.opendocument.text';
export const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
export type PackageContentType = typeof DOCX | typeof XLSX | typeof ODT | typeof ODS;

/**
 * Bytes kept from the end of a ZIP: the central directory plus the end record (whose comment alone may take 64 KiB).
 * 512 KiB lists thousands of entries; a document whose directory is larger is refused rather than guessed.
 */
export const ZIP_TAIL_BYTES = 512 * 1024;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;

export type PackageVerdict = { type: PackageContentType } | { refused: RefusalReason };

/**
 * Tells OOXML/ODF documents from other ZIPs. Reading the whole central directory (not the first entries, as a
 * bounded-header sniffer does) means entry order does not matter (LibreOffice writes [Content_Types].xml last) and an
 * arbitrary archive with a `word/` folder is not mistaken for a DOCX.
 */
export function classifyZipPackage(
  head: Uint8Array,
  tail: Uint8Array,
  totalLength: number,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): PackageVerdict {
  const entries = centralDirectory(tail, totalLength);
  if (!entries) return { refused: 'archive' };
  const verdict = classifyNames(head, entries.map((entry) => entry.name));
  if ('refused' in verdict) return verdict;
  const excess = sizeProblem(entries, limits);
  return excess ? { refused: excess } : verdict;
}

/**
 * What the package would take once opened, from the sizes the central directory declares (nothing is inflated here):
 * a small upload that a word processor would inflate to gigabytes is refused before anyone downloads it.
 */
function sizeProblem(entries: readonly ZipEntry[], limits: ContentLimits): RefusalReason | undefined {
  if (entries.length > limits.zipMaxEntries) return 'too-many-entries';
  let inflated = 0;
  let stored = 0;
  for (const entry of entries) {
    inflated += entry.inflatedSize;
    stored += entry.storedSize;
  }
  if (inflated > limits.zipMaxInflatedBytes) return 'inflates-too-large';
  if (inflated > limits.zipRatioFromBytes && inflated > limits.zipMaxRatio * Math.max(stored, 1)) {
    return 'compression-ratio';
  }
  return undefined;
}

function classifyNames(head: Uint8Array, names: readonly string[]): PackageVerdict {
  const lower = names.map((name) => name.toLowerCase());
  const odf = odfMimeType(head);
  if (odf) {
    const packaged = names[0] === 'mimetype' && lower.includes('meta-inf/manifest.xml');
    return packaged ? { type: odf } : { refused: 'archive' };
  }
  // Macro-enabled Office files (docm/xlsm) renamed to .docx/.xlsx carry their VBA here.
  if (lower.some((name) => name.endsWith('vbaproject.bin'))) return { refused: 'macros' };
  if (!lower.includes('[content_types].xml')) return { refused: 'archive' };
  const word = lower.includes('word/document.xml');
  const excel = lower.includes('xl/workbook.xml');
  if (word === excel) return { refused: 'archive' };
  return { type: word ? DOCX : XLSX };
}

/** ODF requires `mimetype` as the first entry, stored uncompressed, so its value sits in the first bytes. */
function odfMimeType(head: Uint8Array): typeof ODT | typeof ODS | undefined {
  const view = viewOf(head);
  if (head.length < 38 || view.getUint32(0, true) !== LOCAL_HEADER || view.getUint16(8, true) !== 0) return undefined;
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (nameLength !== 8 || ascii(head, 30, 8) !== 'mimetype') return undefined;
  const start = 30 + nameLength + extraLength;
  const value = ascii(head, start, Math.min(view.getUint32(18, true), 80));
  return value === ODT || value === ODS ? value : undefined;
}

interface ZipEntry {
  readonly name: string;
  readonly storedSize: number;
  readonly inflatedSize: number;
}

/** The entries of the central directory, or undefined when the tail does not hold a consistent one. */
function centralDirectory(tail: Uint8Array, totalLength: number): ZipEntry[] | undefined {
  const tailStart = totalLength - tail.length;
  const end = findEndRecord(tail);
  if (end === undefined) return undefined;
  const view = viewOf(tail);
  let entries = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  let directoryEnd = tailStart + end;
  if (size === 0xffffffff || offset === 0xffffffff || entries === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
    const record = Number(view.getBigUint64(locator + 8, true)) - tailStart;
    if (record < 0 || record + 56 > locator || view.getUint32(record, true) !== ZIP64_END_RECORD) return undefined;
    entries = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
    directoryEnd = tailStart + record;
  }
  // Data prepended or appended around the archive (polyglots, self-extractors) breaks this equality.
  if (offset + size !== directoryEnd || offset < tailStart) return undefined;
  return readEntries(tail, offset - tailStart, size, entries);
}

function findEndRecord(tail: Uint8Array): number | undefined {
  const view = viewOf(tail);
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === END_RECORD && at + 22 + view.getUint16(at + 20, true) === tail.length) return at;
  }
  return undefined;
}

function readEntries(tail: Uint8Array, start: number, size: number, count: number): ZipEntry[] | undefined {
  const view = viewOf(tail);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = start;
  while (entries.length < count) {
    if (at + 46 > start + size || view.getUint32(at, true) !== CENTRAL_HEADER) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > start + size) return undefined;
    const sizes = entrySizes(view, at, tail.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    if (!sizes) return undefined;
    entries.push({ name: decoder.decode(tail.subarray(at + 46, at + 46 + nameLength)), ...sizes });
    at = next;
  }
  return at === start + size && entries.length > 0 ? entries : undefined;
}

const ZIP64_EXTRA = 0x0001;

/** Sizes of one central directory entry; a saturated field (0xffffffff) is given in the entry's ZIP64 extra field. */
function entrySizes(view: DataView, at: number, extra: Uint8Array): Omit<ZipEntry, 'name'> | undefined {
  let storedSize = view.getUint32(at + 20, true);
  let inflatedSize = view.getUint32(at + 24, true);
  if (inflatedSize !== 0xffffffff && storedSize !== 0xffffffff) return { storedSize, inflatedSize };
  const fields = viewOf(extra);
  for (let i = 0; i + 4 <= extra.length; i += 4 + fields.getUint16(i + 2, true)) {
    if (fields.getUint16(i, true) !== ZIP64_EXTRA) continue;
    // The ZIP64 field lists only the saturated values, uncompressed size first.
    let value = i + 4;
    const read = () => {
      if (value + 8 > extra.length) return undefined;
      const result = Number(fields.getBigUint64(value, true));
      value += 8;
      return result;
    };
    if (inflatedSize === 0xffffffff) inflatedSize = read() ?? -1;
    if (storedSize === 0xffffffff) storedSize = read() ?? -1;
    return inflatedSize < 0 || storedSize < 0 ? undefined : { storedSize, inflatedSize };
  }
  return undefined;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}
