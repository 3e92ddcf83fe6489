import { brusselsClock, formatBrusselsLongDate } from '@shared/domain';
import { letterheadBlock } from '../../../shared/pdf/letterhead';
import { pageNumberFooter, PdfContent, renderPdf } from '../../../shared/pdf/pdf-renderer';
import { ConvocationLanguage, ConvocationTexts, convocationTexts, MeetingKind } from './convocation-texts';

export interface ConvocationLetter {
  organizationName: string;
  issuer?: {
    address: string | null;
    bceNumber: string | null;
    ipiNumber: string | null;
    phone: string | null;
    email: string | null;
    feesIban: string | null;
  };
  building: { name: string; address: string; postalCode: string; city: string; associationBce?: string | null };
  meeting: {
    type: MeetingKind;
    title: string;
    scheduledAt: Date;
    location: string;
    remoteUrl?: string | null;
    isSecondConvocation: boolean;
  };
  agenda: ReadonlyArray<{ position: number; title: string; description?: string | null }>;
  lang: ConvocationLanguage;
  /** The letter of one owner (the convocation register): its addressee block and how and when it left. */
  addressee?: {
    name: string;
    /** Postal lines; empty when the owner has no address on record (e-mail). */
    addressLines: readonly string[];
    channel: 'email' | 'registered_mail';
    /** The Brussels calendar day it is sent, YYYY-MM-DD. */
    sentOn: string;
    /** max(15, the building's noticeDays). */
    noticeDays: number;
  };
  /** The reason of an urgent meeting, printed on its letter (art. 3.87 §3). */
  urgencyReason?: string | null;
}

/** The general assembly convocation letter, followed by a detachable proxy form, as an A4 PDF. */
export function renderConvocationPdf(letter: ConvocationLetter): Promise<Buffer> {
  const texts = convocationTexts(letter.lang);
  return renderPdf({
    info: { title: `${texts.heading(letter.meeting.type)} – ${letter.building.name}`, author: letter.organizationName },
    footer: pageNumberFooter(letter.lang),
    content: [
      letterhead(letter),
      ...addresseeBlock(letter, texts),
      ...headingBlock(letter, texts),
      { text: texts.salutation, margin: [0, 12, 0, 6] },
      { text: texts.invitation(letter.meeting.type, buildingLine(letter)) },
      meetingFacts(letter, texts),
      ...(letter.meeting.isSecondConvocation ? [{ text: texts.secondConvocationNotice, italics: true }] : []),
      ...(letter.urgencyReason
        ? [{ text: texts.urgency(letter.urgencyReason), bold: true, margin: [0, 0, 0, 6] }]
        : []),
      { text: texts.agendaTitle, style: 'subtitle' },
      agendaList(letter),
      { text: texts.documents(letter.organizationName), margin: [0, 12, 0, 4] },
      { text: texts.proxyHint, margin: [0, 0, 0, 12] },
      ...(letter.addressee
        ? [{ text: texts.noticeRule(letter.addressee.noticeDays), style: 'meta', margin: [0, 0, 0, 12] }]
        : []),
      { text: texts.closing },
      { text: [texts.signedBy, '\n', { text: letter.organizationName, bold: true }], margin: [0, 16, 0, 0] },
      ...proxyForm(letter, texts),
    ],
  });
}

/**
 * A per-owner letter: the addressee on the right (where a window envelope shows it), then the day and the way it is
 * sent, in the Brussels calendar.
 */
function addresseeBlock(letter: ConvocationLetter, texts: ConvocationTexts): PdfContent[] {
  const { addressee } = letter;
  if (!addressee) return [];
  const sentOn = formatBrusselsLongDate(new Date(`${addressee.sentOn}T12:00:00Z`), letter.lang);
  return [
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 220,
          stack: [{ text: addressee.name, bold: true }, ...addressee.addressLines.map((text) => ({ text }))],
        },
      ],
      margin: [0, 12, 0, 8],
    },
    { text: texts.sent(sentOn, addressee.channel), style: 'meta', alignment: 'right', margin: [0, 0, 0, 8] },
  ];
}

function buildingLine(letter: ConvocationLetter): string {
  const { name, address, postalCode, city } = letter.building;
  return `${name}, ${address}, ${postalCode} ${city}`;
}

function meetingDateTime(letter: ConvocationLetter, texts: ConvocationTexts): string {
  const { scheduledAt } = letter.meeting;
  const clock = brusselsClock(scheduledAt);
  return texts.dateTime(formatBrusselsLongDate(scheduledAt, letter.lang), clock.hour, clock.minute);
}

function letterhead(letter: ConvocationLetter): PdfContent {
  const { building } = letter;
  return letterheadBlock(
    { name: letter.organizationName, ...letter.issuer },
    { ...building, bceNumber: building.associationBce },
    letter.lang,
  );
}

function headingBlock(letter: ConvocationLetter, texts: ConvocationTexts): PdfContent[] {
  const heading = { text: texts.heading(letter.meeting.type), style: 'title' };
  if (!letter.meeting.isSecondConvocation) return [heading];
  return [heading, { text: texts.secondConvocation, bold: true, color: '#a00000' }];
}

function meetingFacts(letter: ConvocationLetter, texts: ConvocationTexts): PdfContent {
  const { meeting } = letter;
  const facts: Array<[string, string]> = [
    [texts.subject, meeting.title],
    [texts.when, meetingDateTime(letter, texts)],
    [texts.where, meeting.location],
  ];
  if (meeting.remoteUrl) facts.push([texts.remote, meeting.remoteUrl]);
  return {
    table: { widths: [110, '*'], body: facts.map(([label, value]) => [{ text: label, bold: true }, value]) },
    layout: 'noBorders',
    margin: [12, 8, 0, 8],
  };
}

// Items are printed in position order and numbered 1..n, whatever gaps the stored positions have. Each item stays on
// one page: an owner reading a resolution must not have to turn the page in the middle of it.
function agendaList(letter: ConvocationLetter): PdfContent {
  const items = [...letter.agenda].sort((a, b) => a.position - b.position);
  return items.map((item, index) => ({
    unbreakable: true,
    margin: [12, 0, 0, 4],
    stack: [
      {
        columns: [
          { width: 18, text: `${index + 1}.`, bold: true },
          {
            width: '*',
            stack: [
              { text: item.title, bold: true },
              ...(item.description ? [{ text: item.description, style: 'meta', margin: [0, 2, 0, 0] }] : []),
            ],
          },
        ],
      },
    ],
  }));
}

function proxyForm(letter: ConvocationLetter, texts: ConvocationTexts): PdfContent[] {
  const body = texts.proxyBody(letter.meeting.type, buildingLine(letter), meetingDateTime(letter, texts));
  return [
    { text: texts.proxyTitle, style: 'title', pageBreak: 'before' },
    { text: letter.meeting.title, style: 'meta', margin: [0, 0, 0, 16] },
    ...body.map((line) => ({ text: line, margin: [0, 0, 0, 10] })),
    { text: texts.proxyRule, style: 'meta', italics: true, margin: [0, 12, 0, 24] },
    { text: texts.proxySignature, lineHeight: 2 },
  ];
}
