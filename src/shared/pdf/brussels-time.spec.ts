import { brusselsClock, formatBrusselsDateTime, formatBrusselsLongDate, formatCalendarDate } from './brussels-time';

describe('Brussels time', () => {
  it('shows winter instants in CET and summer instants in CEST', () => {
    expect(formatBrusselsDateTime(new Date('2026-03-17T17:30:00Z'))).toBe('17/03/2026 18:30');
    expect(formatBrusselsDateTime(new Date('2026-06-10T16:30:00Z'))).toBe('10/06/2026 18:30');
  });

  it('moves to the next calendar day after 23:00 UTC in winter', () => {
    expect(brusselsClock(new Date('2026-12-31T23:15:00Z'))).toEqual({
      year: '2027',
      month: '01',
      day: '01',
      hour: '00',
      minute: '15',
    });
  });

  it('writes long dates per language', () => {
    const instant = new Date('2026-03-17T17:30:00Z');
    expect(formatBrusselsLongDate(instant, 'fr')).toBe('mardi 17 mars 2026');
    expect(formatBrusselsLongDate(instant, 'nl')).toBe('dinsdag 17 maart 2026');
    expect(formatBrusselsLongDate(instant, 'en')).toBe('Tuesday, 17 March 2026');
  });

  it('formats calendar dates without a time zone and rejects other shapes', () => {
    expect(formatCalendarDate('2026-01-31')).toBe('31/01/2026');
    expect(() => formatCalendarDate('31/01/2026')).toThrow(RangeError);
  });
});
