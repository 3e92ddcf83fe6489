import type { PdfLanguage } from './pdf-renderer';

// Documents are read in Belgium: instants are shown on the Brussels wall clock whatever the server's zone.
const TIME_ZONE = 'Europe/Brussels';
const LOCALES: Record<PdfLanguage, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

const numericParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const longDate = (locale: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
const LONG_DATES: Record<PdfLanguage, Intl.DateTimeFormat> = {
  fr: longDate(LOCALES.fr),
  nl: longDate(LOCALES.nl),
  en: longDate(LOCALES.en),
};

export interface BrusselsClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

export function brusselsClock(instant: Date): BrusselsClock {
  const parts = numericParts.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** "17/03/2026 18:30" (Brussels time). */
export function formatBrusselsDateTime(instant: Date): string {
  const c = brusselsClock(instant);
  return `${c.day}/${c.month}/${c.year} ${c.hour}:${c.minute}`;
}

/** "mardi 17 mars 2026", "dinsdag 17 maart 2026", "Tuesday, 17 March 2026" (Brussels calendar day). */
export function formatBrusselsLongDate(instant: Date, lang: PdfLanguage): string {
  return LONG_DATES[lang].format(instant);
}

/** A calendar date "2026-03-17" as "17/03/2026"; no time zone is involved. */
export function formatCalendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}
