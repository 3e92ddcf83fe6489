import { PdfContent, PdfNode, renderPdf } from '../../../shared/pdf/pdf-renderer';
import type { OverdueItemOnLetter, ReminderLettersDocument } from '../domain/payment-letters';
import {
  accountIban,
  addresseeBlock,
  buildingLine,
  epcQrNode,
  formatDate,
  formatEuros,
  formatRate,
  fundLabel,
  letterhead,
} from './payment-letter-blocks';
import { paymentLetterTexts, reminderLetterTexts } from './payment-letter-texts';

type Letter = ReminderLettersDocument['letters'][number];

const QR_MODULE_POINTS = 2;

/**
 * Payment reminders as an A4 PDF, each owner's letter starting on a new page. Every overdue item keeps its own EPC
 * QR code: a code carries a single structured communication and a single account, and the items of one owner may
 * belong to both funds (two IBANs), so a code for the total could not be matched to the calls it pays.
 */
export function renderReminderLettersPdf(document: ReminderLettersDocument): Promise<Buffer> {
  const texts = reminderLetterTexts(document.lang);
  return renderPdf({
    info: { title: `${texts.heading} – ${document.building.name}`, author: document.issuer.name },
    content: document.letters.map((letter, index) => ({
      stack: reminderLetter(document, letter),
      ...(index > 0 ? { pageBreak: 'before' } : {}),
    })),
  });
}

function reminderLetter(document: ReminderLettersDocument, letter: Letter): PdfContent[] {
  const { lang, asOf, lateInterestRateBp } = document;
  const interest = lateInterestRateBp && letter.lateInterestCents ? letter.lateInterestCents : 0;
  const common = paymentLetterTexts(lang);
  const texts = reminderLetterTexts(lang);
  return [
    letterhead(document.issuer, document.building, lang),
    addresseeBlock(letter.owner, `${common.date} ${formatDate(asOf)}`, lang),
    { text: texts.heading, style: 'title', margin: [0, 0, 0, 10] },
    { text: common.salutation, margin: [0, 0, 0, 6] },
    { text: texts.intro(formatDate(asOf), buildingLine(document.building)), margin: [0, 0, 0, 8] },
    itemsTable(document, letter.items),
    ...(interest > 0
      ? [
          {
            text: texts.lateInterest(formatRate(lateInterestRateBp!, lang), formatEuros(interest, lang)),
            margin: [0, 0, 0, 6],
          },
        ]
      : []),
    { text: texts.request, margin: [0, 0, 0, 6] },
    { text: common.questions, margin: [0, 0, 0, 6] },
    { text: texts.closing },
    { text: [common.signedBy, '\n', { text: document.issuer.name, bold: true }], margin: [0, 14, 0, 0] },
  ];
}

function itemsTable(document: ReminderLettersDocument, items: readonly OverdueItemOnLetter[]): PdfNode {
  const { lang } = document;
  const columns = reminderLetterTexts(lang).columns;
  const header = [columns.call, columns.dueDate, columns.amountDue, columns.communication, columns.scan].map(
    (text) => ({ text, style: 'tableHeader' }),
  );
  const total = items.reduce((sum, item) => sum + item.amountDueCents, 0);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 52, 62, 112, 'auto'],
      body: [
        header,
        ...items.map((item) => itemRow(document, item)),
        [
          { text: reminderLetterTexts(lang).total, colSpan: 2, style: 'total' },
          {},
          { text: formatEuros(total, lang), style: ['total', 'amount'] },
          { text: '', colSpan: 2, style: 'total' },
          {},
        ],
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 12],
  };
}

function itemRow(document: ReminderLettersDocument, item: OverdueItemOnLetter): PdfContent[] {
  const { lang } = document;
  const common = paymentLetterTexts(lang);
  const account = item.account;
  return [
    {
      stack: [
        { text: item.callTitle, bold: true },
        { text: fundLabel(account, lang), style: 'meta' },
        { text: `${common.iban} ${accountIban(account)}`, style: 'meta' },
        ...(account.bic ? [{ text: `${common.bic} ${account.bic}`, style: 'meta' }] : []),
        { text: `${common.beneficiary} ${account.beneficiary}`, style: 'meta' },
      ],
    },
    formatDate(item.dueDate),
    { text: formatEuros(item.amountDueCents, lang), style: 'amount', bold: true },
    { text: item.ogm, bold: true },
    { ...epcQrNode(account, item.amountDueCents, item.ogm, QR_MODULE_POINTS), margin: [2, 2, 2, 2] },
  ];
}
