import { PdfContent, renderPdf } from '../../src/shared/pdf/pdf-renderer';
import { createTestApp, TestApp } from '../support/test-app';

/** A report-sized document: a table of `rows` lines, like an owner statement over thousands of expenses. */
function largeDocument(rows: number, label: string): { content: PdfContent } {
  const body = [
    ['Date', 'Description', 'Supplier', 'Amount'].map((text) => ({ text, style: 'tableHeader' })),
    ...Array.from({ length: rows }, (_, i) => [
      `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      `${label} expense ${i} – entretien des parties communes`,
      `Supplier ${i % 37}`,
      { text: `${(i * 7.31).toFixed(2)} €`, style: 'amount' },
    ]),
  ];
  return { content: [{ text: label, style: 'title' }, { table: { headerRows: 1, widths: [60, '*', 90, 60], body } }] };
}

describe('rendering off the event loop', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ RENDER_WORKERS: '2' });
  });
  afterAll(() => api.close());

  it('keeps /health fast while several large PDFs render', async () => {
    // Both threads started first: the measure is about rendering, not about loading pdfmake.
    await Promise.all([renderPdf({ content: 'warm-up' }), renderPdf({ content: 'warm-up' })]);
    let rendering = true;
    const latencies: number[] = [];
    const probe = (async () => {
      while (rendering) {
        const started = Date.now();
        const res = await api.app.inject({ method: 'GET', url: '/api/v1/health' });
        expect(res.statusCode).toBe(200);
        latencies.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const started = Date.now();
    const pdfs = await Promise.all(
      Array.from({ length: 3 }, (_, i) => renderPdf(largeDocument(500, `Statement ${i}`))),
    );
    const elapsed = Date.now() - started;
    rendering = false;
    await probe;
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(latencies.length).toBeGreaterThan(3);
    // Rendered on the event loop, a probe waits for at least one whole PDF: a third of the time they all took. Off
    // it, an answer takes milliseconds. Relative, so that a slow machine does not make it fail.
    expect(Math.max(...latencies)).toBeLessThan(elapsed / 5);
  });
});
