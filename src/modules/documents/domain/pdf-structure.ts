import type { ContentLimits } from './content-limits';
import type { ContentMismatchReason } from './document.errors';

// Whitespace and NUL, which writers use as padding after the end marker.
const PADDING = /^[\s\0]*$/;
const START_XREF = /startxref\s+(\d{1,15})\s*$/;

/**
 * A PDF ends with `startxref <offset>` and `%%EOF`: a file that starts like a PDF but lacks them (HTML and script behind
 * `%PDF-`) is not one, and bytes after the last %%EOF (a ZIP appended: a polyglot) are a payload viewers never show.
 * `tail` holds the last bytes of a file of `totalLength` bytes.
 */
export function pdfStructureProblem(
  tail: Uint8Array,
  totalLength: number,
  limits: Pick<ContentLimits, 'pdfTrailingBytes'>,
): ContentMismatchReason | undefined {
  const text = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength).toString('latin1');
  const end = text.lastIndexOf('%%EOF');
  if (end < 0) return 'pdf-structure';
  const trailing = text.slice(end + 5);
  if (trailing.length > limits.pdfTrailingBytes || !PADDING.test(trailing)) return 'trailing-data';
  const startXref = START_XREF.exec(text.slice(0, end));
  if (!startXref) return 'pdf-structure';
  const offset = Number(startXref[1]);
  return offset > 0 && offset < totalLength - (text.length - startXref.index) ? undefined : 'pdf-structure';
}
