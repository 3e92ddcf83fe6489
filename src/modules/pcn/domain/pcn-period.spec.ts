import { reportPeriod } from './pcn-period';
import { InvalidPcnInput, InvalidPcnPeriod } from './pcn.errors';

describe('reportPeriod', () => {
  it("defaults to today's calendar year", () => {
    expect(reportPeriod(undefined, undefined, '2026-05-17')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it("completes a single end with the rest of that end's year", () => {
    expect(reportPeriod('2025-03-01', undefined, '2026-05-17')).toEqual({ from: '2025-03-01', to: '2025-12-31' });
    expect(reportPeriod(undefined, '2024-06-30', '2026-05-17')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
  });

  it('accepts a single day', () => {
    expect(reportPeriod('2026-02-28', '2026-02-28', '2026-05-17')).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1'])('refuses %p', (date) => {
    expect(() => reportPeriod(date, undefined, '2026-05-17')).toThrow(InvalidPcnInput);
    expect(() => reportPeriod(undefined, date, '2026-05-17')).toThrow(InvalidPcnInput);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => reportPeriod('2026-02-01', '2026-01-31', '2026-05-17')).toThrow(InvalidPcnPeriod);
  });
});
