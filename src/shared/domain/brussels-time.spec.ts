import {
  brusselsClock,
  brusselsDate,
  brusselsLocalIso,
  formatBrusselsDateTime,
  formatBrusselsLongDate,
  formatCalendarDate,
} from './brussels-time';

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

describe('Brussels local time', () => {
  it('shows winter and summer offsets', () => {
    expect(brusselsLocalIso(new Date('2026-12-20T17:30:00Z'))).toBe('2026-12-20T18:30:00+01:00');
    expect(brusselsLocalIso(new Date('2026-06-10T16:30:45.999Z'))).toBe('2026-06-10T18:30:45+02:00');
  });

  it('handles the daylight-saving switches and the date line at midnight', () => {
    expect(brusselsLocalIso(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T01:59:59+01:00');
    expect(brusselsLocalIso(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00+02:00');
    expect(brusselsLocalIso(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(brusselsLocalIso(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
    expect(brusselsDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('the Brussels calendar day', () => {
  it.each([
    ['2026-06-30T22:30:00Z', '2026-07-01'],
    ['2026-01-01T22:59:00Z', '2026-01-01'],
    ['2026-03-31T23:30:00Z', '2026-04-01'],
    ['2026-01-15T12:00:00Z', '2026-01-15'],
    ['2026-12-31T23:30:00Z', '2027-01-01'],
  ])('of %s is %s', (instant, day) => {
    expect(brusselsDate(new Date(instant))).toBe(day);
  });
});
