import { ClosedBooks, PeriodClosed } from './closed-books';

describe('closed books', () => {
  const books = ClosedBooks.until('2025-12-31');

  it('closes every day up to and including the closing date, and no later day', () => {
    expect(books.isClosedOn('2025-12-31')).toBe(true);
    expect(books.isClosedOn('2020-01-01')).toBe(true);
    expect(books.isClosedOn('2026-01-01')).toBe(false);
  });

  it('refuses a write dated on the closing date with 409 PERIOD_CLOSED naming the date and the closing', () => {
    expect(() => books.assertOpen('2025-12-31')).toThrow(PeriodClosed);
    try {
      books.assertOpen('2026-02-01', '2025-06-30', '2025-12-31');
    } catch (error) {
      expect(error).toMatchObject({
        kind: 'conflict',
        code: 'PERIOD_CLOSED',
        params: { date: '2025-06-30', closedUntil: '2025-12-31' },
      });
    }
    expect.assertions(2);
  });

  it('accepts the day after the closing, and any day of books never closed', () => {
    expect(() => books.assertOpen('2026-01-01')).not.toThrow();
    expect(() => ClosedBooks.open().assertOpen('1999-01-01')).not.toThrow();
    expect(ClosedBooks.open().closedUntil).toBeNull();
  });
});
