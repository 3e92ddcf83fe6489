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
});
