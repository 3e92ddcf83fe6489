import { pdfPageTexts, pdfQrCodes } from '@test/support/pdf-reading';
import { aCallLetters, RESERVE } from '@test/builders/payment-letters.builders';
import { renderCallLettersPdf } from './call-letters-pdf';

describe('call for funds letters (PDF)', () => {
  it('prints one French page per owner with the amount, due date, IBAN, OGM and units', async () => {
    const pages = await pdfPageTexts(await renderCallLettersPdf(aCallLetters()));
    expect(pages).toHaveLength(3);
    const [anne, bart, claire] = pages;
    expect(anne).toContain('Appel de fonds');
    expect(anne).toContain('Anne Dupont Avenue Louise 54 1050 Ixelles');
    expect(anne).toContain('Syndic Grand-Place');
    expect(anne).toContain('Résidence Les Érables, Rue de la Loi 16, 1000 Bruxelles');
    expect(anne).toContain('Provisions T1 2027');
    expect(anne).toContain('du 01/01/2027 au 31/03/2027');
    expect(anne).toContain('Fonds de roulement');
    expect(anne).toContain('A1, P3');
    expect(anne).toContain('140,63 €');
    expect(anne).toContain('15/01/2027');
    expect(anne).toContain('BE68 5390 0754 7034');
    expect(anne).toContain('ACP Résidence Les Érables');
    expect(anne).toContain('+++042/0007/00108+++');
    expect(anne).toContain('Scannez ce code avec votre application bancaire');
    expect(anne).not.toContain('Bart Peeters');
    expect(bart).toContain('140,62 €');
    expect(bart).toContain('+++000/0012/34526+++');
    expect(claire).toContain('75001 Paris FRANCE');
    expect(claire).toContain('281,25 €');
  });

  it('prints each page’s EPC QR code with the same amount, IBAN and OGM, error correction M', async () => {
    const codes = await pdfQrCodes(await renderCallLettersPdf(aCallLetters()));
    expect(codes).toEqual([
      [
        {
          text: 'BCD\n002\n1\nSCT\n\nACP Résidence Les Érables\nBE68539007547034\nEUR140.63\n\n042000700108',
          ecLevel: 'M',
        },
      ],
      [expect.objectContaining({ text: expect.stringMatching(/\nEUR140\.62\n\n000001234526$/) })],
      [expect.objectContaining({ text: expect.stringMatching(/\nBE68539007547034\nEUR281\.25\n\n000000009797$/) })],
    ]);
  });

  it('writes the Dutch letter, with the BIC of the reserve fund and a long account holder cut to 70 characters', async () => {
    const holder = `VME ${'Residentie De Lange Naam '.repeat(4)}`.trim();
    const pdf = await renderCallLettersPdf(
      aCallLetters({ account: { ...RESERVE, fundName: 'Reservekapitaal', beneficiary: holder } }, 'nl'),
    );
    const [first] = await pdfPageTexts(pdf);
    expect(first).toContain('Oproep tot betaling');
    expect(first).toContain('Geachte mevrouw, geachte heer,');
    expect(first).toContain('van 01/01/2027 tot 31/03/2027');
    expect(first).toContain('Reservekapitaal');
    expect(first).toContain('Gestructureerde mededeling:');
    expect(first).toContain('BE71 0961 2345 6769');
    expect(first).toContain('GKCCBEBB');
    expect(first).toContain('Scan deze code met uw bankapp');
    const [[code]] = await pdfQrCodes(pdf);
    const lines = code.text.split('\n');
    expect(lines[4]).toBe('GKCCBEBB');
    expect(lines[5]).toBe(holder.slice(0, 70).trimEnd());
    expect(lines[6]).toBe('BE71096123456769');
  });

  it('writes the English letter', async () => {
    const [first] = await pdfPageTexts(await renderCallLettersPdf(aCallLetters({}, 'en')));
    expect(first).toContain('Call for funds');
    expect(first).toContain('€140.63');
    expect(first).toContain('Structured communication:');
    expect(first).toContain('Scan this code with your banking app');
  });
});
