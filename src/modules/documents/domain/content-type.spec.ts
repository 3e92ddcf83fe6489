import { ContentTypeDetector, detectContentType, DOCUMENT_CONTENT_TYPES, JPEG, PDF, PNG, TEXT } from './content-type';
import { EmptyDocument, UnsupportedDocumentType } from './document.errors';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const samples = {
  pdf: bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n45\n%%EOF\n'),
  png: Uint8Array.from(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  ),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  text: utf8('Procès-verbal de l’assemblée générale\r\n\tPoint 1 : accepté — 12,50 €\n'),
};
const executables = {
  elf: bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0]),
  pe: bytes(
    'MZ',
    [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8, 0],
    'This program cannot be run in DOS mode',
  ),
  machO: bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1, 3, 0, 0, 0, 2, 0, 0, 0, 0x10, 0, 0, 0]),
};

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof UnsupportedDocumentType) return error.reason;
    throw error;
  }
  return undefined;
}

describe('detectContentType', () => {
  it.each([
    ['a PDF', samples.pdf, PDF],
    ['a PNG', samples.png, PNG],
    ['a JPEG', samples.jpeg, JPEG],
    ['UTF-8 text with accents, tabs and CRLF', samples.text, TEXT],
    ['UTF-8 text with a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'Hello'), TEXT],
    ['a two-byte text', utf8('ok'), TEXT],
  ])('recognises %s from its bytes', (_, content, expected) => {
    expect(detectContentType(content)).toBe(expected);
  });

  it.each(Object.entries(executables))('refuses a %s executable whatever it is called', (_, content) => {
    // The name (say "report.pdf") never reaches detection: only the bytes do.
    expect(refusal(() => detectContentType(content))).toBe('executable');
  });

  it.each([
    ['Latin-1 text', bytes('Proc\xe8s-verbal'), 'not-utf8'],
    ['text cut in the middle of a character', bytes('Prix : 12 ', [0xe2, 0x82]), 'not-utf8'],
    ['a PNG signature without its IHDR chunk', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 0], 'XXXX'), 'not-utf8'],
    ['text with a NUL byte', utf8('abc\u0000def'), 'control-characters'],
    ['text with terminal escapes', utf8('\u001b[31mred\u001b[0m'), 'control-characters'],
    ['text with DEL', utf8('abc\u007f'), 'control-characters'],
    ['text with a C1 control', utf8('line\u0085next'), 'control-characters'],
    ['text with a form feed', utf8('page\fnext'), 'control-characters'],
    ['GIF (not an accepted format)', bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0]), 'not-utf8'],
  ])('refuses %s', (_, content, reason) => {
    expect(refusal(() => detectContentType(content))).toBe(reason);
  });

  it('refuses empty content as a mistake of its own', () => {
    expect(() => detectContentType(new Uint8Array(0))).toThrow(EmptyDocument);
  });

  it('lists exactly the eight accepted types', () => {
    expect(DOCUMENT_CONTENT_TYPES).toHaveLength(8);
  });
});

describe('ContentTypeDetector', () => {
  it('gives the same answer when the bytes arrive one at a time', () => {
    for (const content of Object.values(samples)) {
      const detector = new ContentTypeDetector();
      for (const byte of content) detector.push(Uint8Array.of(byte));
      detector.push(new Uint8Array(0));
      expect(detector.result()).toBe(detectContentType(content));
    }
  });

  it('refuses on the first chunk, before the rest of an executable is read', () => {
    const detector = new ContentTypeDetector();
    expect(() => detector.push(executables.elf)).toThrow(UnsupportedDocumentType);
  });

  it('refuses text as soon as a bad byte arrives', () => {
    const detector = new ContentTypeDetector();
    detector.push(utf8('x'.repeat(64)));
    expect(refusal(() => detector.push(utf8('\u0000')))).toBe('control-characters');
  });

  it('passes a stream through unchanged while observing it', async () => {
    const detector = new ContentTypeDetector();
    const seen: number[] = [];
    for await (const chunk of detector.observe(chunksOf(samples.pdf, 7))) seen.push(...chunk);
    expect(Uint8Array.from(seen)).toEqual(samples.pdf);
    expect(detector.result()).toBe(PDF);
  });

  it('stops pulling the source once the content is refused', async () => {
    let pulled = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          pulled++;
          yield executables.pe;
        }
      } finally {
        closed = true;
      }
    }
    const consume = async () => {
      for await (const _ of new ContentTypeDetector().observe(endless())) void _;
    };
    await expect(consume()).rejects.toThrow(UnsupportedDocumentType);
    expect(pulled).toBe(1);
    expect(closed).toBe(true);
  });
});

async function* chunksOf(content: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < content.length; at += size) yield content.slice(at, at + size);
}
