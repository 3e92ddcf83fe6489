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

describe('brusselsDate, asked again and again', () => {
  it('changes day at Brussels midnight, in either order, summer and winter', () => {
    const days = (isos: string[]) => isos.map((iso) => brusselsDate(new Date(iso)));
    // Winter (UTC+1): midnight is 23:00 UTC; summer (UTC+2): 22:00 UTC.
    expect(days(['2026-12-19T22:59:59.999Z', '2026-12-19T23:00:00.000Z', '2026-12-19T22:59:59.999Z'])).toEqual([
      '2026-12-19',
      '2026-12-20',
      '2026-12-19',
    ]);
    expect(
      days(['2026-07-01T21:59:30Z', '2026-07-01T21:59:59Z', '2026-07-01T22:00:00Z', '2026-07-01T22:00:59Z']),
    ).toEqual(['2026-07-01', '2026-07-01', '2026-07-02', '2026-07-02']);
    // The day the clocks go back: 00:30 and 02:30 local are both the 25th.
    expect(
      days(['2026-10-24T22:30:00Z', '2026-10-25T01:30:00Z', '2026-10-25T22:59:00Z', '2026-10-25T23:00:00Z']),
    ).toEqual(['2026-10-25', '2026-10-25', '2026-10-25', '2026-10-26']);
  });

  it('still refuses an invalid instant', () => {
    expect(() => brusselsDate(new Date('not a date'))).toThrow(RangeError);
  });
});
