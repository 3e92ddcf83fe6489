import { PDFParse } from 'pdf-parse';
import { ConvocationLetter, renderConvocationPdf } from './convocation-pdf.renderer';

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

function aLetter(overrides: Partial<ConvocationLetter> = {}): ConvocationLetter {
  return {
    organizationName: 'Syndic Grand-Place',
    building: { name: 'Résidence Les Érables', address: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
    meeting: {
      type: 'ordinary',
      title: 'Assemblée générale annuelle 2026',
      scheduledAt: new Date('2026-03-17T17:30:00Z'),
      location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
      isSecondConvocation: false,
    },
    // Stored out of order on purpose: the letter must follow `position`.
    agenda: [
      { position: 3, title: 'Élection du commissaire aux comptes' },
      { position: 1, title: 'Approbation des comptes 2025', description: 'Comptes arrêtés au 31/12/2025.' },
      { position: 2, title: 'Décharge au syndic' },
    ],
    lang: 'fr',
    ...overrides,
  };
}

function expectInOrder(text: string, parts: string[]): void {
  const positions = parts.map((part) => text.indexOf(part));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('renderConvocationPdf', () => {
  it('writes the French letter: Brussels date and time, agenda in order, documents and proxy form', async () => {
    const text = await pdfText(await renderConvocationPdf(aLetter()));
    expect(text).toContain("Convocation à l'assemblée générale ordinaire");
    expect(text).toContain('Résidence Les Érables, Rue de la Loi 16, 1000 Bruxelles');
    expect(text).toContain('mardi 17 mars 2026 à 18h30');
    expect(text).toContain('Salle communale, Rue Haute 1, 1000 Bruxelles');
    expectInOrder(text, [
      'Approbation des comptes 2025',
      'Comptes arrêtés au 31/12/2025.',
      'Décharge au syndic',
      'Élection du commissaire aux comptes',
      'Procuration',
    ]);
    expect(text).toContain("peuvent être consultés dans l'espace copropriétaire");
    expect(text).toContain('Nul ne peut accepter plus de trois procurations');
    expect(text).toContain('art. 3.87, § 7, du Code civil');
    expect(text).toContain('Page 2 / 2');
    expect(text).not.toContain('Seconde convocation');
  });

  it('writes the Dutch letter in summer time, with the remote link and the second-convocation notice', async () => {
    const letter = aLetter({ lang: 'nl' });
    const meeting = {
      ...letter.meeting,
      type: 'extraordinary' as const,
      scheduledAt: new Date('2026-06-10T16:30:00Z'),
      remoteUrl: 'https://meet.example.be/av-2026',
      isSecondConvocation: true,
    };
    const text = await pdfText(await renderConvocationPdf({ ...letter, meeting }));
    expect(text).toContain('Oproeping tot de buitengewone algemene vergadering');
    expect(text).toContain('Tweede oproeping');
    expect(text).toContain('woensdag 10 juni 2026 om 18.30 uur');
    expect(text).toContain('https://meet.example.be/av-2026');
    expect(text).toContain('beraadslaagt deze tweede vergadering rechtsgeldig');
    expect(text).toContain('De documenten over de agendapunten kunnen worden ingezien');
    expectInOrder(text, ['Approbation des comptes 2025', 'Décharge au syndic', 'Élection du commissaire', 'Volmacht']);
    expect(text).toContain('Niemand mag meer dan drie volmachten aanvaarden');
    expect(text).toContain('art. 3.87, § 7, Burgerlijk Wetboek');
    expect(text).toContain('Pagina 1 / 2');
  });

  it('writes the English letter under the full letterhead of the firm and the association', async () => {
    const letter = aLetter({
      lang: 'en',
      issuer: {
        address: 'Avenue Louise 54, 1050 Ixelles',
        bceNumber: '0403.170.701',
        ipiNumber: '504.123',
        phone: '+32 2 123 45 67',
        email: 'gestion@grand-place.be',
        feesIban: 'BE68539007547034',
      },
    });
    const text = await pdfText(
      await renderConvocationPdf({ ...letter, building: { ...letter.building, associationBce: '0850.123.440' } }),
    );
    expect(text).toContain('Notice of the ordinary general meeting');
    expect(text).toContain('Tuesday, 17 March 2026 at 18:30');
    expect(text).toContain('Avenue Louise 54, 1050 Ixelles');
    expect(text).toContain('BCE/KBO 0403.170.701');
    expect(text).toContain('IPI 504.123');
    expect(text).toContain('Tel. +32 2 123 45 67');
    expect(text).toContain('Fees IBAN BE68 5390 0754 7034');
    expect(text).toContain('Association of co-owners – BCE/KBO 0850.123.440');
    expect(text).toContain('Nobody may accept more than three proxies');
  });

  it('keeps a long agenda item on one page', async () => {
    const long = 'Travaux de rénovation de la façade arrière et des terrasses, avec devis comparés. '.repeat(12);
    const agenda = Array.from({ length: 14 }, (_, i) => ({
      position: i + 1,
      title: `Point ${i + 1} : résolution ${i + 1}`,
      description: long,
    }));
    const parser = new PDFParse({ data: new Uint8Array(await renderConvocationPdf(aLetter({ agenda }))) });
    try {
      const pages = (await parser.getText()).pages.map((page) => page.text.replace(/\s+/g, ' '));
      for (let i = 1; i <= 14; i++) {
        const holding = pages.filter((page) => page.includes(`résolution ${i} `) || page.endsWith(`résolution ${i}`));
        expect(holding).toHaveLength(1);
        const page = holding[0]!;
        // the title and the whole description are on the same page
        const after = page.slice(page.indexOf(`résolution ${i}`));
        expect(after).toContain('devis comparés. Travaux'.repeat(1));
        expect((after.match(/devis comparés/g) ?? []).length).toBeGreaterThanOrEqual(12);
      }
    } finally {
      await parser.destroy();
    }
  });
});
