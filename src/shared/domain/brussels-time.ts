import type { CalendarDate } from './calendar-date';

/**
 * The buildings are in Belgium: instants are shown, and "today" is decided, on the Brussels wall clock whatever the
 * server's zone. An invoice is overdue from the day after its due date, Brussels time.
 */
const TIME_ZONE = 'Europe/Brussels';

/** Languages documents are written in. */
export type BrusselsLanguage = 'fr' | 'nl' | 'en';
const LOCALES: Record<BrusselsLanguage, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** Built once: constructing an Intl formatter costs about 100 µs, formatting with it about 1 µs. */
const numericParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

const longDate = (locale: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
const LONG_DATES: Record<BrusselsLanguage, Intl.DateTimeFormat> = {
  fr: longDate(LOCALES.fr),
  nl: longDate(LOCALES.nl),
  en: longDate(LOCALES.en),
};

/** The Brussels wall clock of an instant, zero-padded. */
export interface BrusselsClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

export function brusselsClock(instant: Date): BrusselsClock {
  const { year, month, day, hour, minute } = wallParts(instant);
  return { year, month, day, hour, minute };
}

/** The last instant's minute and its day: "today" is asked several times per request, and formatting is not cheap. */
let lastMinute = Number.NaN;
let lastDay = '';

/**
 * The Brussels calendar day of an instant, "2026-12-20". Brussels changes day on a whole minute (its offsets are whole
 * hours), so the day of the last instant's minute is the day of any instant in that minute.
 */
export function brusselsDate(instant: Date): CalendarDate {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = BRUSSELS_DAY.format(instant);
    lastMinute = minute;
  }
  return lastDay;
}

/** The Brussels wall-clock time of an instant with its offset: "2026-12-20T18:30:00+01:00" (seconds precision). */
export function brusselsLocalIso(instant: Date): string {
  const p = wallParts(instant);
  const wall = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((Date.parse(`${wall}Z`) - seconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "17/03/2026 18:30" (Brussels time). */
export function formatBrusselsDateTime(instant: Date): string {
  const c = brusselsClock(instant);
  return `${c.day}/${c.month}/${c.year} ${c.hour}:${c.minute}`;
}

/** "mardi 17 mars 2026", "dinsdag 17 maart 2026", "Tuesday, 17 March 2026" (Brussels calendar day). */
export function formatBrusselsLongDate(instant: Date, lang: BrusselsLanguage): string {
  return LONG_DATES[lang].format(instant);
}

/** A calendar date "2026-03-17" as "17/03/2026"; no time zone is involved. */
export function formatCalendarDate(isoDate: CalendarDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

function wallParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const parts = numericParts.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}
