import { brusselsClock, formatBrusselsLongDate, formatCalendarDate } from '@shared/domain';
import { letterheadBlock } from '../../../shared/pdf/letterhead';
import { pageNumberFooter, PdfContent, renderPdf } from '../../../shared/pdf/pdf-renderer';
import type { MinutesDocument, MinutesResolution } from '../domain/minutes';
import { MinutesTexts, minutesTexts } from './minutes-texts';

/** The minutes of a general assembly (art. 3.87 §10) as an A4 PDF: attendance, quorum, every vote, signatures. */
export function renderMinutesPdf(minutes: MinutesDocument): Promise<Buffer> {
  const texts = minutesTexts(minutes.lang);
  return renderPdf({
    info: {
      title: `${texts.heading(minutes.meeting.type)} – ${minutes.building.name}`,
      author: minutes.organizationName,
    },
    footer: pageNumberFooter(minutes.lang),
    content: [
      letterheadBlock(
        { name: minutes.organizationName, ...minutes.issuer },
        { ...minutes.building, bceNumber: minutes.building.associationBce },
        minutes.lang,
      ),
      { text: texts.heading(minutes.meeting.type), style: 'title' },
      ...(minutes.meeting.isSecondConvocation ? [{ text: texts.secondConvocation, bold: true }] : []),
      meetingFacts(minutes, texts),
      { text: texts.quorumTitle, style: 'subtitle' },
      ...quorum(minutes, texts),
      ...attendance(minutes, texts),
      { text: texts.resolutionsTitle, style: 'subtitle' },
      { text: texts.notCast, style: 'meta', italics: true, margin: [0, 0, 0, 6] },
      ...(minutes.resolutions.length
        ? minutes.resolutions.map((resolution) => resolutionBlock(resolution, texts))
        : [{ text: texts.noResolution }]),
      closing(minutes, texts),
    ],
  });
}

function meetingFacts(minutes: MinutesDocument, texts: MinutesTexts): PdfContent {
  const { meeting } = minutes;
  const clock = brusselsClock(meeting.scheduledAt);
  const facts: Array<[string, string]> = [
    [texts.subject, meeting.title],
    [texts.when, texts.dateTime(formatBrusselsLongDate(meeting.scheduledAt, minutes.lang), clock.hour, clock.minute)],
    [texts.where, meeting.location],
    [texts.chair, meeting.chair ?? texts.unknown],
    [texts.secretary, meeting.secretary ?? texts.unknown],
  ];
  return {
    table: { widths: [130, '*'], body: facts.map(([label, value]) => [{ text: label, bold: true }, value]) },
    layout: 'noBorders',
    margin: [0, 8, 0, 0],
  };
}

function quorum(minutes: MinutesDocument, texts: MinutesTexts): PdfContent[] {
  const figures = minutes.quorum
    ? [
        { text: texts.owners(minutes.quorum.ownersCounted, minutes.quorum.ownersTotal) },
        { text: texts.quotas(minutes.quorum.quotasCounted, minutes.quorum.quotasTotal) },
      ]
    : [];
  const verdict = minutes.meeting.isSecondConvocation
    ? texts.secondConvocationQuorum
    : texts.branch[minutes.quorum?.reached ? (minutes.quorum.branch ?? 'none') : 'none'];
  return [...figures, { text: verdict, bold: true, margin: [0, 4, 0, 6] }];
}

function attendance(minutes: MinutesDocument, texts: MinutesTexts): PdfContent[] {
  if (!minutes.attendees.length) return [];
  const rows = minutes.attendees.map((attendee) => [
    attendee.name,
    attendee.status === 'present' ? texts.present : texts.represented,
    attendee.proxyHolder ?? '',
    { text: String(attendee.votes), style: 'amount' },
  ]);
  return [
    {
      table: {
        headerRows: 1,
        widths: ['*', 90, '*', 50],
        body: [
          texts.attendanceHeader.map((text, i) => ({
            text,
            style: 'tableHeader',
            ...(i === 3 ? { alignment: 'right' } : {}),
          })),
          ...rows,
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 4],
    },
  ];
}

// A resolution stays on one page: its result and the names of its opponents belong with its text.
function resolutionBlock(resolution: MinutesResolution, texts: MinutesTexts): PdfContent {
  const adopted = resolution.status === 'adopted';
  const names = (list: readonly string[]) => (list.length ? list.join(', ') : texts.nobody);
  const details: PdfContent[] = [
    labelled(texts.against, names(resolution.against)),
    labelled(texts.abstained, names(resolution.abstained)),
  ];
  if (resolution.capped.length) {
    const capped = resolution.capped.map((c) => texts.capped(c.name, c.countedVotes, c.votes)).join(' ; ');
    details.push(labelled(texts.cappedTitle, capped));
  }
  if (resolution.suspended.length) {
    details.push(
      labelled(
        texts.suspendedTitle,
        resolution.suspended.map((s) => texts.suspended(s.unitNumber, s.votes)).join(', '),
      ),
    );
  }
  return {
    unbreakable: true,
    margin: [0, 8, 0, 4],
    stack: [
      { text: texts.item(resolution.itemNumber, resolution.itemTitle), bold: true, fontSize: 10 },
      labelled(texts.resolution, resolution.title),
      ...(resolution.text ? [{ text: resolution.text, margin: [12, 2, 0, 2] }] : []),
      labelled(texts.majorityRequired, texts.majority[resolution.majority]),
      {
        table: {
          widths: [90, 90, 90],
          body: [
            texts.tallyHeader.map((text) => ({ text, style: 'tableHeader', alignment: 'center' })),
            [resolution.forVotes, resolution.againstVotes, resolution.abstentionVotes].map((votes) => ({
              text: String(votes),
              alignment: 'center',
            })),
          ],
        },
        margin: [12, 4, 0, 4],
      },
      {
        text: [
          { text: texts.result, bold: true },
          ' ',
          { text: adopted ? texts.adopted : texts.rejected, bold: true, color: adopted ? '#006400' : '#a00000' },
        ],
        margin: [12, 0, 0, 2],
      },
      ...details,
    ],
  };
}

function labelled(label: string, value: string): PdfContent {
  return { text: [{ text: label, bold: true }, ' ', value], margin: [12, 1, 0, 1] };
}

function closing(minutes: MinutesDocument, texts: MinutesTexts): PdfContent {
  const line = '_'.repeat(32);
  const signature = (label: string, name: string | null) => ({
    width: '*',
    stack: [
      { text: label, bold: true },
      { text: name ?? ' ', style: 'meta' },
      { text: line, margin: [0, 28, 0, 0] },
    ],
  });
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    stack: [
      { text: texts.signing },
      { text: texts.sending(formatCalendarDate(minutes.minutesDueOn)), margin: [0, 4, 0, 0] },
      { text: texts.challenge(formatCalendarDate(minutes.challengeDeadline)), margin: [0, 4, 0, 16] },
      {
        columns: [
          signature(texts.signatures[0], minutes.meeting.chair),
          signature(texts.signatures[1], minutes.meeting.secretary),
        ],
        columnGap: 24,
      },
      { text: texts.signatures[2], bold: true, margin: [0, 20, 0, 0] },
      ...[1, 2, 3].map(() => ({ text: `${line}   ${line}`, margin: [0, 24, 0, 0] })),
    ],
  };
}
