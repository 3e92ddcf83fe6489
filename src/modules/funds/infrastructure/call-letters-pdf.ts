import { PdfContent, renderPdf } from '../../../shared/pdf/pdf-renderer';
import type { CallLettersDocument } from '../domain/payment-letters';
import {
  accountIban,
  addresseeBlock,
  buildingLine,
  epcQrNode,
  factsTable,
  formatDate,
  formatEuros,
  fundLabel,
  letterhead,
} from './payment-letter-blocks';
import { callLetterTexts, paymentLetterTexts } from './payment-letter-texts';

type Letter = CallLettersDocument['letters'][number];

const QR_MODULE_POINTS = 3;

/** A call for funds as an A4 PDF: one page per owner, with the transfer details and its EPC QR code. */
export function renderCallLettersPdf(document: CallLettersDocument): Promise<Buffer> {
  const texts = callLetterTexts(document.lang);
  return renderPdf({
    info: { title: `${texts.heading} – ${document.call.title}`, author: document.issuer.name },
    content: document.letters.map((letter, index) => ({
      stack: callLetter(document, letter),
      ...(index > 0 ? { pageBreak: 'before' } : {}),
    })),
  });
}

function callLetter(document: CallLettersDocument, letter: Letter): PdfContent[] {
  const { lang, call } = document;
  const common = paymentLetterTexts(lang);
  const texts = callLetterTexts(lang);
  return [
    letterhead(document.issuer, document.building, lang),
    addresseeBlock(letter.owner, `${common.date} ${formatDate(call.callDate)}`, lang),
    { text: texts.heading, style: 'title', margin: [0, 0, 0, 10] },
    { text: common.salutation, margin: [0, 0, 0, 6] },
    { text: texts.intro(buildingLine(document.building)), margin: [0, 0, 0, 8] },
    { ...factsTable(callFacts(document, letter), 110), margin: [12, 0, 0, 4] },
    paymentBox(document, letter),
    { text: texts.communicationNotice, style: 'meta', italics: true, margin: [0, 6, 0, 12] },
    { text: common.questions, margin: [0, 0, 0, 6] },
    { text: texts.closing },
    { text: [common.signedBy, '\n', { text: document.issuer.name, bold: true }], margin: [0, 14, 0, 0] },
  ];
}

function callFacts(document: CallLettersDocument, letter: Letter): Array<[string, PdfContent]> {
  const { call, account, lang } = document;
  const texts = callLetterTexts(lang);
  const rows: Array<[string, PdfContent]> = [[texts.call, call.title]];
  if (call.period) {
    rows.push([texts.period, texts.periodRange(formatDate(call.period.from), formatDate(call.period.to))]);
  }
  rows.push([texts.fund, fundLabel(account, lang)]);
  if (letter.units.length > 0) rows.push([texts.units, letter.units.join(', ')]);
  return rows;
}

// The transfer details on the left, the EPC QR code carrying the same details on the right.
function paymentBox(document: CallLettersDocument, letter: Letter): PdfContent {
  const { account, lang, call } = document;
  const common = paymentLetterTexts(lang);
  const texts = callLetterTexts(lang);
  const rows: Array<[string, PdfContent]> = [
    [common.beneficiary, account.beneficiary],
    [common.iban, { text: accountIban(account), bold: true }],
    ...(account.bic ? [[common.bic, account.bic] as [string, PdfContent]] : []),
    [common.amount, { text: formatEuros(letter.amountCents, lang), bold: true, fontSize: 12 }],
    [common.communication, { text: letter.ogm, bold: true, fontSize: 12 }],
    [texts.dueDate, { text: formatDate(call.dueDate), bold: true }],
  ];
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    table: {
      widths: ['*', 165],
      body: [
        [
          {
            stack: [{ text: texts.payment, style: 'subtitle', margin: [0, 0, 0, 6] }, factsTable(rows, 130)],
            margin: [6, 6, 0, 6],
          },
          {
            stack: [
              { ...epcQrNode(account, letter.amountCents, letter.ogm, QR_MODULE_POINTS), alignment: 'center' },
              { text: common.scan, style: 'small', alignment: 'center', margin: [0, 4, 0, 0] },
            ],
            margin: [0, 10, 0, 6],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: (i: number) => (i === 1 ? 0 : 0.5),
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
    },
  };
}
