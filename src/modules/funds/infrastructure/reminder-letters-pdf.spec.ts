import { pdfPageTexts, pdfQrCodes } from '@test/support/pdf-reading';
import { aReminderLetters } from '@test/builders/payment-letters.builders';
import { renderReminderLettersPdf } from './reminder-letters-pdf';

describe('payment reminder letters (PDF)', () => {
  it('lists each owner’s overdue items with their own OGM and account, and the total due', async () => {
    const pages = await pdfPageTexts(await renderReminderLettersPdf(aReminderLetters()));
    expect(pages).toHaveLength(2);
    const [anne, bart] = pages;
    expect(anne).toContain('Rappel de paiement');
    expect(anne).toContain('restaient impayés au 01/12/2026');
    expect(anne).toContain('Provisions T4 2026');
    expect(anne).toContain('15/10/2026');
    expect(anne).toContain('140,63 €');
    expect(anne).toContain('+++042/0007/00108+++');
    expect(anne).toContain('BE68 5390 0754 7034');
    expect(anne).toContain('Travaux de toiture');
    expect(anne).toContain('1.250,00 €');
    expect(anne).toContain('+++000/0012/34526+++');
    expect(anne).toContain('BE71 0961 2345 6769');
    expect(anne).toContain('Total dû 1.390,63 €');
    expect(anne).not.toMatch(/intérêts/);
    expect(bart).toContain('Bart Peeters');
    expect(bart).toContain('Total dû 50,62 €');
  });

  it('prints one EPC QR code per overdue item, carrying that item’s amount, account and OGM', async () => {
    const codes = await pdfQrCodes(await renderReminderLettersPdf(aReminderLetters()));
    expect(codes.map((page) => page.map((code) => code.ecLevel))).toEqual([['M', 'M'], ['M']]);
    expect(codes.map((page) => page.map((code) => code.text.split('\n').slice(6)))).toEqual([
      [
        ['BE68539007547034', 'EUR140.63', '', '042000700108'],
        ['BE71096123456769', 'EUR1250.00', '', '000001234526'],
      ],
      [['BE68539007547034', 'EUR50.62', '', '000000009797']],
    ]);
  });

  it('mentions late interest only when the statutes or the assembly set it, in Dutch', async () => {
    const plain = aReminderLetters({}, 'nl');
    const letters = aReminderLetters(
      { lateInterestRateBp: 750, letters: [{ ...plain.letters[0]!, lateInterestCents: 1234 }] },
      'nl',
    );
    const [first] = await pdfPageTexts(await renderReminderLettersPdf(letters));
    expect(first).toContain('Betalingsherinnering');
    expect(first).toContain('Totaal verschuldigd 1.390,63 €');
    expect(first).toContain('verwijlintresten op van 7,5 % per jaar, hetzij 12,34 € op die datum');
    const [withoutRate] = await pdfPageTexts(
      await renderReminderLettersPdf(aReminderLetters({ letters: letters.letters }, 'nl')),
    );
    expect(withoutRate).not.toContain('verwijlintresten');
  });
});
