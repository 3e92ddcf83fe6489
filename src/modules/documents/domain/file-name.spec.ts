import fc from 'fast-check';
import { DOCX, JPEG, PDF, TEXT } from './content-type';
import { contentDisposition, downloadFileName, MAX_FILE_NAME_BYTES, sanitizeFileName } from './file-name';

const utf8Bytes = (value: string) => Buffer.byteLength(value, 'utf8');

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['C:\\Users\\marie\\Documents\\PV AG 2024.pdf', 'PV AG 2024.pdf'],
    ['/var/www/../../../root/.ssh/id_rsa', 'id_rsa'],
    ['..', 'document'],
    ['../', 'document'],
    ['', 'document'],
    ['%2e%2e%2fetc%2fpasswd', '%2e%2e%2fetc%2fpasswd'],
    ['Procès-verbal AG.pdf', 'Procès-verbal AG.pdf'],
    ['Proce\u0300s-verbal.pdf', 'Procès-verbal.pdf'],
    ["l'assemblée générale.odt", "l'assemblée générale.odt"],
    ['facture "urgente".pdf', 'facture _urgente_.pdf'],
    ['a<b>c:d|e?f*g`h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['line\r\nbreak\u0000.txt', 'linebreak.txt'],
    ['  spaced \t  out  .pdf  ', 'spaced out .pdf'],
    ['.htaccess', 'htaccess'],
    ['CON.txt', '_CON.txt'],
    ['nul', '_nul'],
  ])('turns %j into %j', (original, expected) => {
    expect(sanitizeFileName(original)).toBe(expected);
  });

  it('limits the length in UTF-8 bytes and keeps the extension', () => {
    const name = sanitizeFileName(`${'é'.repeat(300)}.pdf`);
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^é+\.pdf$/);
  });

  it('never splits an emoji when truncating', () => {
    const name = sanitizeFileName('🏢'.repeat(100));
    expect(name).toBe('🏢'.repeat(MAX_FILE_NAME_BYTES / 4));
  });

  it('gives a safe, bounded and stable name for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (original) => {
        const name = sanitizeFileName(original);
        expect(name).not.toMatch(/[/\\"\p{Cc}\p{Cf}]/u);
        expect(name).not.toMatch(/^\.|\.$|^\s|\s$/);
        expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(sanitizeFileName(name)).toBe(name);
      }),
    );
  });
});

describe('downloadFileName', () => {
  it.each([
    ['rapport.pdf', PDF, 'rapport.pdf'],
    ['photo.JPG', JPEG, 'photo.JPG'],
    ['photo.jpeg', JPEG, 'photo.jpeg'],
    ['run.bat', TEXT, 'run.bat.txt'],
    ['report.pdf', DOCX, 'report.pdf.docx'],
    ['notes', TEXT, 'notes.txt'],
    ['../../etc/passwd', TEXT, 'passwd.txt'],
  ] as const)('offers %j, detected as %s, as %j', (original, type, expected) => {
    expect(downloadFileName(original, type)).toBe(expected);
  });

  it('stays within the length limit once the extension is added', () => {
    const name = downloadFileName(`${'a'.repeat(250)}.bat`, TEXT);
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('.bat.txt')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Procès-verbal AG 2024.pdf')).toBe(
      `attachment; filename="Proces-verbal AG 2024.pdf"; filename*=UTF-8''Proc%C3%A8s-verbal%20AG%202024.pdf`,
    );
  });

  it('escapes what RFC 5987 does not allow bare', () => {
    expect(contentDisposition("l'AG (2024)*.txt", 'inline')).toBe(
      `inline; filename="l'AG (2024)_.txt"; filename*=UTF-8''l%27AG%20%282024%29_.txt`,
    );
  });

  it('neutralises traversal and percent tricks in both parameters', () => {
    expect(contentDisposition('%2e%2e%2f..%5c../../etc/passwd')).toBe(
      `attachment; filename="passwd"; filename*=UTF-8''passwd`,
    );
    expect(contentDisposition('%2e%2e%2fboot.ini')).toBe(
      `attachment; filename="_2e_2e_2fboot.ini"; filename*=UTF-8''%252e%252e%252fboot.ini`,
    );
  });

  it('falls back to a generic ASCII name for a name without Latin letters', () => {
    expect(contentDisposition('会议记录')).toBe(
      `attachment; filename="document"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95`,
    );
  });

  it('always yields a single-line ASCII header value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (original) => {
        const header = contentDisposition(original);
        expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
        expect(header.match(/"/g)).toHaveLength(2);
      }),
    );
  });
});
