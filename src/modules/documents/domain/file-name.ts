import { DocumentContentType } from './content-type';

/** Room for the name plus an added extension under the usual 255-byte file-system limit. */
export const MAX_FILE_NAME_BYTES = 200;
const FALLBACK_NAME = 'document';

const EXTENSIONS: Readonly<Record<DocumentContentType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'text/plain': ['txt'],
};

// Controls and invisible format characters (bidi overrides turn "invoice‮fdp.exe" into "invoiceexe.pdf" on screen).
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
// Windows refuses these in names; quotes and backslashes would also break the quoted header parameter.
const RESERVED = /[<>:"|?*`]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The client's file name made safe to keep as metadata and to offer back on download. It is never used as a
 * storage path (keys are generated), but it still loses any path, so `../../etc/passwd` becomes `passwd`.
 * Accents are kept (normalised to NFC, as macOS sends NFD).
 */
export function sanitizeFileName(original: string): string {
  const lastSegment = original.split(/[/\\]/).pop() ?? '';
  // Normalised after removing invisibles, which could otherwise separate a letter from its accent.
  const visible = lastSegment.replace(INVISIBLE, '').normalize('NFC');
  let name = trimEdges(visible.replace(RESERVED, '_').replace(/\s+/g, ' '));
  if (WINDOWS_DEVICE.test(name)) name = `_${name}`;
  return trimEdges(truncateKeepingExtension(name, MAX_FILE_NAME_BYTES)) || FALLBACK_NAME;
}

/**
 * The name offered on download, with an extension that matches the detected content: a text file uploaded as
 * `run.bat` downloads as `run.bat.txt`, so the operating system never executes what we accepted as text.
 */
export function downloadFileName(original: string, contentType: DocumentContentType): string {
  const name = sanitizeFileName(original);
  const extensions = EXTENSIONS[contentType];
  const dot = name.lastIndexOf('.');
  const current = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extensions.includes(current)) return name;
  const suffix = `.${extensions[0]}`;
  return truncateKeepingExtension(name, MAX_FILE_NAME_BYTES - suffix.length) + suffix;
}

/**
 * `Content-Disposition` per RFC 6266: a plain-ASCII `filename` for old clients and the exact UTF-8 name in
 * `filename*` (RFC 5987), which every current browser prefers.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = sanitizeFileName(fileName);
  return `${disposition}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Leading dots hide files and trailing dots or spaces are dropped by Windows: neither survives. */
function trimEdges(name: string): string {
  return name.replace(/^[\s.]+|[\s.]+$/g, '');
}

function asciiFallback(name: string): string {
  // "é" → "e"; anything else outside printable ASCII → "_". '%' too: some clients percent-decode this parameter.
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|[%\\"]/g, '_');
  return ascii.replace(/^[\s._]+$/, '') || FALLBACK_NAME;
}

function encodeRfc5987(value: string): string {
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function truncateKeepingExtension(name: string, maxBytes: number): string {
  if (utf8Length(name) <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return (
    truncateUtf8(name.slice(0, name.length - extension.length), maxBytes - utf8Length(extension)).trimEnd() + extension
  );
}

/** Cuts on code-point boundaries so no surrogate pair or multi-byte character is split. */
function truncateUtf8(value: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of value) {
    bytes += utf8Length(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}

function utf8Length(value: string): number {
  let bytes = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
