import { PDFParse } from 'pdf-parse';
import type { MinutesDocument } from '../domain/minutes';
import { renderMinutesPdf } from './minutes-pdf.renderer';

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

function someMinutes(overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  return {
    organizationName: 'Syndic Grand-Place',
    building: { name: 'Résidence Les Érables', address: 'Rue de la Loi 16', postalCode: '1000', city: 'Bruxelles' },
    meeting: {
      type: 'ordinary',
      title: 'Assemblée générale annuelle 2026',
      scheduledAt: new Date('2026-04-05T16:30:00Z'),
      location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
      isSecondConvocation: false,
      chair: 'Marie Dubois',
      secretary: 'Jan Peeters',
    },
    quorum: {
      ownersCounted: 6,
      ownersTotal: 10,
      quotasCounted: 520,
      quotasTotal: 1000,
      branch: 'majority_and_half',
      reached: true,
    },
    attendees: [
      { name: 'Marie Dubois', status: 'present', proxyHolder: null, votes: 300 },
      { name: 'Luc Martin', status: 'represented', proxyHolder: 'Marie Dubois', votes: 120 },
    ],
    resolutions: [
      {
        itemNumber: 1,
        itemTitle: 'Approbation des comptes 2025',
        title: 'Les comptes 2025 sont approuvés',
        text: 'Comptes arrêtés au 31/12/2025.',
        majority: 'absolute',
        status: 'adopted',
        forVotes: 400,
        againstVotes: 399,
        abstentionVotes: 201,
        against: ['Jan Peeters', 'Sofie Claes'],
        abstained: ['Ahmed Benali'],
        capped: [],
        suspended: [],
      },
      {
        itemNumber: 2,
        itemTitle: 'Rénovation de la façade',
        title: 'Travaux de façade selon le devis B',
        text: null,
        majority: 'two_thirds',
        status: 'rejected',
        forVotes: 400,
        againstVotes: 400,
        abstentionVotes: 0,
        against: ['Jan Peeters'],
        abstained: [],
        capped: [{ name: 'Marie Dubois', votes: 600, countedVotes: 400 }],
        suspended: [{ unitNumber: 'B2', votes: 80 }],
      },
    ],
    minutesDueOn: '2026-05-05',
    challengeDeadline: '2026-08-05',
    lang: 'fr',
    ...overrides,
  };
}

describe('renderMinutesPdf', () => {
  it('writes the French minutes: quorum, each vote with its majority, names, cap, suspension, deadlines', async () => {
    const text = await pdfText(await renderMinutesPdf(someMinutes()));
    expect(text).toContain("Procès-verbal de l'assemblée générale ordinaire");
    expect(text).toContain('dimanche 5 avril 2026 à 18h30');
    expect(text).toContain('Président(e) de séance : Marie Dubois');
    expect(text).toContain('Copropriétaires présents ou représentés : 6 sur 10');
    expect(text).toContain('Quotes-parts présentes ou représentées : 520 sur 1000');
    expect(text).toContain('plus de la moitié des copropriétaires');
    expect(text).toContain("Point 1 de l'ordre du jour – Approbation des comptes 2025");
    expect(text).toContain('majorité absolue des voix exprimées');
    expect(text).toContain('400 399 201');
    expect(text).toContain('Résultat : ADOPTÉE');
    expect(text).toContain('Ont voté contre : Jan Peeters, Sofie Claes');
    expect(text).toContain('Se sont abstenus : Ahmed Benali');
    expect(text).toContain('Résultat : REJETÉE');
    expect(text).toContain('Marie Dubois prend part au vote pour 400 voix au lieu de 600');
    expect(text).toContain('lot B2 (80 voix)');
    expect(text).toContain('soit au plus tard le 05/05/2026');
    expect(text).toContain('soit au plus tard le 05/08/2026 (art. 3.92, § 3, du Code civil)');
    expect(text).toContain('Les copropriétaires qui le souhaitent');
  });

  it('writes the Dutch minutes of a second convocation, which deliberates whatever the attendance', async () => {
    const minutes = someMinutes({ lang: 'nl' });
    const text = await pdfText(
      await renderMinutesPdf({
        ...minutes,
        meeting: { ...minutes.meeting, isSecondConvocation: true, secretary: null },
        quorum: { ...minutes.quorum!, ownersCounted: 2, quotasCounted: 150, branch: null, reached: false },
      }),
    );
    expect(text).toContain('Notulen van de gewone algemene vergadering');
    expect(text).toContain('Tweede vergadering (tweede oproeping)');
    expect(text).toContain('ongeacht het aantal aanwezige of vertegenwoordigde mede-eigenaars');
    expect(text).toContain('Aanwezige of vertegenwoordigde mede-eigenaars: 2 van 10');
    expect(text).toContain('Secretaris: niet aangewezen');
    expect(text).toContain('volstrekte meerderheid van de uitgebrachte stemmen');
    expect(text).toContain('Stemden tegen: Jan Peeters, Sofie Claes');
    expect(text).toContain('Onthielden zich: niemand');
    expect(text).toContain('Uitslag: VERWORPEN');
    expect(text).toContain('uiterlijk op 05/08/2026');
    expect(text).not.toContain('Het quorum is niet bereikt');
  });
});
