import { brusselsDate, brusselsLocalIso } from './brussels-time';

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
