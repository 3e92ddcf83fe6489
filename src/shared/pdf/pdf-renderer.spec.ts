import { PDFParse } from 'pdf-parse';
import { join } from 'node:path';
import { pageNumberFooter, pageNumberLabel, renderPdf } from './pdf-renderer';
import { closeRenderPool, configureRenderPool, renderOffThread } from './render-pool';

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe('renderPdf', () => {
  it('renders an A4 PDF with the embedded font, keeping letters outside Latin-1', async () => {
    const pdf = await renderPdf({ content: [{ text: 'Copropriété Łódź – œuvre 12.345,67 €', style: 'title' }] });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pdf.toString('latin1')).toMatch(/Roboto/);
    expect(await pdfText(pdf)).toContain('Copropriété Łódź – œuvre 12.345,67 €');
  });

  it('numbers pages in the document language', async () => {
    const content = [{ text: 'one' }, { text: 'two', pageBreak: 'before' }];
    const [fr, nl] = await Promise.all([
      renderPdf({ content, footer: pageNumberFooter('fr') }).then(pdfText),
      renderPdf({ content, footer: pageNumberFooter('nl') }).then(pdfText),
    ]);
    expect(fr).toContain('Page 1 / 2');
    expect(fr).toContain('Page 2 / 2');
    expect(nl).toContain('Pagina 1 / 2');
    expect(nl).toContain('Pagina 2 / 2');
  });

  it('labels pages per language', () => {
    expect(pageNumberLabel('fr', 3, 7)).toBe('Page 3 / 7');
    expect(pageNumberLabel('nl', 3, 7)).toBe('Pagina 3 / 7');
    expect(pageNumberLabel('en', 1, 1)).toBe('Page 1 / 1');
  });

  it('refuses to fetch URLs named by document data', async () => {
    await expect(renderPdf({ content: [{ image: 'http://127.0.0.1:9/logo.png' }] })).rejects.toThrow(/denied/);
  });

  it('refuses to read local files named by document data', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied/);
  });
});

describe('renderPdf on the render threads', () => {
  beforeAll(() => configureRenderPool(1));
  afterAll(() => closeRenderPool());

  it('carries the page-number footer across by name', async () => {
    const content = [{ text: 'one' }, { text: 'two', pageBreak: 'before' }];
    const text = await pdfText(await renderPdf({ content, footer: pageNumberFooter('nl') }));
    expect(text).toContain('Pagina 1 / 2');
    expect(text).toContain('Pagina 2 / 2');
  });

  it('renders a definition holding its own functions on the calling thread, unchanged', async () => {
    const layout = { hLineWidth: () => 0, vLineWidth: () => 0 };
    const pdf = await renderPdf({ content: [{ table: { body: [['Cellule']] }, layout }] });
    expect(await pdfText(pdf)).toContain('Cellule');
  });

  it('reports a failure of the thread to the caller', async () => {
    await expect(
      renderOffThread({ module: join(__dirname, 'pdf-renderer'), exportName: 'noSuchRenderer', args: [] }, () =>
        Promise.reject(new Error('not here')),
      ),
    ).rejects.toThrow('exports no function noSuchRenderer');
  });
});
