import { PDFParse } from 'pdf-parse';
import {
  aLargePcnFixture,
  aLetterheadPcnDocumentContext,
  aPcnDocumentContext,
  aPcnReportWithUnallocated,
  aSamplePcnReport,
} from '../../../../test/builders/pcn-documents.builders';
import { formatCents } from '../domain/money-format';
import type { PcnBuildingReport } from '../domain/pcn-report.builder';
import { renderPcnPdf } from './pcn-pdf.renderer';

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text.replace(/\s+/g, ' '), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

function everyAmount(report: PcnBuildingReport): number[] {
  return [
    report.totalCents,
    ...report.accounts.map((account) => account.totalCents),
    ...(report.unallocatedCents ? [report.unallocatedCents, ...report.accounts.map((a) => a.unallocatedCents)] : []),
    ...report.units.flatMap((unit) => [unit.totalCents, ...unit.accounts.map((line) => line.amountCents)]),
  ];
}

describe('renderPcnPdf', () => {
  const context = aPcnDocumentContext();

  it('prints the header, the period, the generation time in Brussels and every figure of the report (fr)', async () => {
    const report = aSamplePcnReport('fr');
    const { text } = await pdfText(await renderPcnPdf(report, context));
    expect(text).toContain('Syndic Grand-Place');
    expect(text).toContain('Résidence Les Érables');
    expect(text).toContain('Rue de la Loi 16, 1000 Bruxelles');
    expect(text).toContain('Période du 01/01/2026 au 31/12/2026');
    expect(text).toContain('Généré le 02/03/2026 09:05');
    expect(text).toContain('Total général 1.239.068,99 €');
    for (const cents of everyAmount(report)) expect(text).toContain(formatCents(cents, 'fr'));
    for (const account of report.accounts) expect(text).toContain(`${account.accountCode} ${account.label}`);
    expect(text).toContain('610000 Entretien courant 3 1.234.567,89 €');
    expect(text).toContain('B-02 414.522,70 € 610000 Entretien courant 411.522,63 € 612000 Eau et énergie 3.000,07 €');
    expect(text).toContain('Page 1 / 1');
  });

  it("prints the firm's letterhead, the association's number, and each unit's quota and owners", async () => {
    const { text } = await pdfText(await renderPcnPdf(aSamplePcnReport('nl'), aLetterheadPcnDocumentContext()));
    expect(text).toContain('Avenue Louise 54, 1050 Ixelles');
    expect(text).toContain('KBO 0403.170.701');
    expect(text).toContain('BIV 504.123');
    expect(text).toContain('IBAN erelonen BE68 5390 0754 7034');
    expect(text).toContain('VME – KBO 0850.123.440');
    expect(text).toContain('Aandeel 333 / 1000');
    expect(text).toContain('Janssens Pieter');
    expect(text).toContain('Peeters Anna');
    expect(text).toContain('Lefèvre Émile');
  });

  it('speaks Dutch and English', async () => {
    const nl = (await pdfText(await renderPcnPdf(aSamplePcnReport('nl'), context))).text;
    expect(nl).toContain('Periode van 01/01/2026 tot 31/12/2026');
    expect(nl).toContain('Algemeen totaal 1.239.068,99 €');
    expect(nl).toContain('Verdeling per kavel');
    expect(nl).toContain('Pagina 1 / 1');
    const en = (await pdfText(await renderPcnPdf(aSamplePcnReport('en'), context))).text;
    expect(en).toContain('Grand total €1,239,068.99');
    expect(en).toContain('Generated on 02/03/2026 09:05');
  });

  it('shows no unallocated column when the units hold every quota', async () => {
    const { text } = await pdfText(await renderPcnPdf(aSamplePcnReport('fr'), context));
    expect(text).not.toContain('Non attribué');
  });

  it('prints the unallocated part of each account and in total, with its note, in fr, nl and en', async () => {
    const fr = (await pdfText(await renderPcnPdf(aPcnReportWithUnallocated('fr'), context))).text;
    expect(fr).toContain('Compte Libellé Nombre Total Non attribué');
    expect(fr).toContain('610000 Entretien courant 2 12.345,00 € 2.057,50 €');
    expect(fr).toContain('612000 Eau et énergie 1 9,99 € 1,67 €');
    expect(fr).toContain('Total général 12.354,99 € 2.059,17 €');
    expect(fr).toContain("elle reste à charge de l'immeuble");
    const nl = (await pdfText(await renderPcnPdf(aPcnReportWithUnallocated('nl'), context))).text;
    expect(nl).toContain('Algemeen totaal 12.354,99 € 2.059,17 €');
    expect(nl).toContain('Niet toegewezen: het deel van de quotiteiten');
    const en = (await pdfText(await renderPcnPdf(aPcnReportWithUnallocated('en'), context))).text;
    expect(en).toContain('Account Label Count Total Unallocated');
    expect(en).toContain('Grand total €12,354.99 €2,059.17');
    expect(en).toContain('it stays with the building');
  });

  it('says so when the period has no expenses', async () => {
    const empty = { ...aSamplePcnReport('fr'), accounts: [], units: [], totalCents: 0 };
    const { text } = await pdfText(await renderPcnPdf(empty, context));
    expect(text).toContain('Aucune dépense sur la période.');
  });

  it('renders a large report (200 units, 25 accounts) over several numbered pages', async () => {
    const { report } = aLargePcnFixture({ units: 200, accounts: 25, expenses: 5000 });
    const { text, pages } = await pdfText(await renderPcnPdf(report, context));
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${pages} / ${pages}`);
    expect(report.unallocatedCents).toBeGreaterThan(0);
    expect(text).toContain(
      `Total général ${formatCents(report.totalCents, 'fr')} ${formatCents(report.unallocatedCents, 'fr')}`,
    );
    for (const cents of everyAmount(report)) expect(text).toContain(formatCents(cents, 'fr'));
    for (const unit of report.units) expect(text).toContain(`${unit.unitNumber} ${formatCents(unit.totalCents, 'fr')}`);
  });
});
