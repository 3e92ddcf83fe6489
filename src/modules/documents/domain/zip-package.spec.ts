import { randomBytes } from 'node:crypto';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { ContentTypeDetector, detectContentType, DOCX, ODS, ODT, XLSX } from './content-type';
import { UnsupportedDocumentType } from './document.errors';

type Entry = [name: string, content: string | Uint8Array, options?: JSZip.JSZipFileOptions];

async function zip(entries: Entry[]): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, content, options] of entries) archive.file(name, content, options);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const contentTypes = (main: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${main}.main+xml"/></Types>`;
const docxEntries: Entry[] = [
  ['[Content_Types].xml', contentTypes(DOCX)],
  ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'],
  ['word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'],
];
const odfEntries = (mime: string): Entry[] => [
  ['mimetype', mime, { compression: 'STORE' }],
  ['META-INF/manifest.xml', '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'],
  ['content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
];

async function xlsx(): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.addWorksheet('Décompte').addRow(['Lot', 'Quotité', 'Montant']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Rewrites the end of an archive the way ZIP64 writers do (end record fields saturated, real values in a record). */
function asZip64(archive: Uint8Array): Uint8Array {
  const end = archive.length - 22;
  const view = new DataView(archive.buffer, archive.byteOffset);
  const [entries, size, offset] = [
    view.getUint16(end + 10, true),
    view.getUint32(end + 12, true),
    view.getUint32(end + 16, true),
  ];
  const tail = new DataView(new ArrayBuffer(56 + 20 + 22));
  tail.setUint32(0, 0x06064b50, true);
  tail.setBigUint64(4, 44n, true);
  tail.setBigUint64(24, BigInt(entries), true);
  tail.setBigUint64(32, BigInt(entries), true);
  tail.setBigUint64(40, BigInt(size), true);
  tail.setBigUint64(48, BigInt(offset), true);
  tail.setUint32(56, 0x07064b50, true);
  tail.setBigUint64(64, BigInt(end), true);
  tail.setUint32(72, 1, true);
  tail.setUint32(76, 0x06054b50, true);
  for (const at of [84, 86]) tail.setUint16(at, 0xffff, true);
  for (const at of [88, 92]) tail.setUint32(at, 0xffffffff, true);
  return Buffer.concat([archive.subarray(0, end), new Uint8Array(tail.buffer)]);
}

function refusal(content: Uint8Array): string | undefined {
  try {
    detectContentType(content);
  } catch (error) {
    if (error instanceof UnsupportedDocumentType) return error.reason;
    throw error;
  }
  return undefined;
}

describe('ZIP-based documents', () => {
  it('recognises a DOCX, an ODT and an ODS', async () => {
    expect(detectContentType(await zip(docxEntries))).toBe(DOCX);
    expect(detectContentType(await zip(odfEntries(ODT)))).toBe(ODT);
    expect(detectContentType(await zip(odfEntries(ODS)))).toBe(ODS);
  });

  it('recognises an XLSX written by exceljs', async () => {
    expect(detectContentType(await xlsx())).toBe(XLSX);
  });

  it('recognises a DOCX whose [Content_Types].xml comes last, as LibreOffice writes it', async () => {
    expect(detectContentType(await zip([...docxEntries].reverse()))).toBe(DOCX);
  });

  it('recognises a DOCX far larger than its tail window, streamed in chunks', async () => {
    const photo: Entry = ['word/media/image1.png', randomBytes(3 * 1024 * 1024), { compression: 'STORE' }];
    const content = await zip([photo, ...docxEntries]);
    const detector = new ContentTypeDetector();
    for (let at = 0; at < content.length; at += 65_536) detector.push(content.subarray(at, at + 65_536));
    expect(detector.result()).toBe(DOCX);
  });

  it('recognises a ZIP64 archive', async () => {
    expect(detectContentType(asZip64(await zip(docxEntries)))).toBe(DOCX);
  });

  it.each<[string, () => Promise<Uint8Array>, string]>([
    ['a plain ZIP', () => zip([['invoice.pdf.exe', 'MZ']]), 'archive'],
    [
      'a ZIP whose big first entry sits in word/ (a bounded-header sniffer calls it DOCX)',
      () =>
        zip([
          ['word/evil.exe', randomBytes(20_000), { compression: 'STORE' }],
          ['readme.txt', 'hi'],
        ]),
      'archive',
    ],
    ['an OOXML presentation', () => zip([docxEntries[0]!, ['ppt/presentation.xml', '<p/>']]), 'archive'],
    ['a macro-enabled document renamed .docx', () => zip([...docxEntries, ['word/vbaProject.bin', 'vba']]), 'macros'],
    ['an ODF presentation', () => zip(odfEntries('application/vnd.oasis.opendocument.presentation')), 'archive'],
    ['an ODT without its manifest', () => zip(odfEntries(ODT).slice(0, 1)), 'archive'],
    ['an ODT whose mimetype is not first', async () => zip([...odfEntries(ODT)].reverse()), 'archive'],
    ['a DOCX with bytes appended', async () => Buffer.concat([await zip(docxEntries), Buffer.from('junk')]), 'archive'],
    [
      'a self-extracting executable',
      async () => Buffer.concat([Buffer.from('MZ\x90\0'), await zip(docxEntries)]),
      'executable',
    ],
    ['a truncated DOCX', async () => (await zip(docxEntries)).subarray(0, 200), 'archive'],
    ['a ZIP64 locator pointing nowhere', async () => corruptLocator(asZip64(await zip(docxEntries))), 'archive'],
  ])('refuses %s', async (_, build, reason) => {
    expect(refusal(await build())).toBe(reason);
  });

  it('refuses an archive whose directory does not fit in the tail window', async () => {
    const name = (i: number) => `word/media/${String(i).padStart(6, '0')}-${'x'.repeat(90)}.xml`;
    const many = Array.from({ length: 4_000 }, (_, i): Entry => [name(i), '', { compression: 'STORE' }]);
    expect(refusal(await zip([...docxEntries, ...many]))).toBe('archive');
  });
});

function corruptLocator(archive: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(archive);
  new DataView(copy.buffer).setBigUint64(copy.length - 22 - 20 + 8, 1n, true);
  return copy;
}
