import { ClosedBooks } from '../../../shared/domain';
import { Expense, ExpenseSnapshot } from './expense';
import { daysWritten } from './expense-books';

const NOW = new Date('2026-03-10T09:00:00Z');
const recorded = (expenseDate = '2025-11-20'): ExpenseSnapshot =>
  Expense.record(
    {
      id: 'e-1',
      organizationId: 'org-1',
      buildingId: 'b-1',
      category: 'cleaning',
      description: 'Nettoyage des communs',
      amountCents: 12_100,
      expenseDate,
    },
    NOW,
  ).toSnapshot();
const books = ClosedBooks.until('2025-12-31');

describe('the days an expense change writes on (closed books)', () => {
  it('dates recording and deleting on the expense date', () => {
    expect(daysWritten(null, recorded())).toEqual(['2025-11-20']);
    expect(daysWritten(recorded(), null)).toEqual(['2025-11-20']);
    expect(() => books.assertOpen(...daysWritten(null, recorded('2025-12-31')))).toThrow(
      expect.objectContaining({ code: 'PERIOD_CLOSED' }),
    );
    expect(() => books.assertOpen(...daysWritten(null, recorded('2026-01-01')))).not.toThrow();
  });

  it('dates an edit on both the old and the new date: moving an expense out of closed books is refused too', () => {
    const before = recorded('2025-11-20');
    const after = { ...before, expenseDate: '2026-02-01' };
    expect(daysWritten(before, after)).toEqual(['2025-11-20', '2026-02-01']);
    expect(() => books.assertOpen(...daysWritten(after, before))).toThrow(
      expect.objectContaining({ code: 'PERIOD_CLOSED' }),
    );
    expect(daysWritten(before, { ...before, description: 'x' })).toEqual(['2025-11-20']);
  });

  it('dates a cancellation on the expense date', () => {
    const before = recorded();
    expect(daysWritten(before, { ...before, status: 'cancelled' })).toEqual(['2025-11-20']);
  });

  it('dates a payment on the Brussels day it was paid, not on the invoice date', () => {
    const before = recorded('2025-11-20');
    // 23:30 UTC on 31 December is already 1 January in Brussels: an open day.
    const paid = { ...before, status: 'paid' as const, paidAt: new Date('2025-12-31T23:30:00Z') };
    expect(daysWritten(before, paid)).toEqual(['2026-01-01']);
    expect(() => books.assertOpen(...daysWritten(before, paid))).not.toThrow();
    const paidInClosedYear = { ...paid, paidAt: new Date('2025-12-31T22:30:00Z') };
    expect(daysWritten(before, paidInClosedYear)).toEqual(['2025-12-31']);
  });
});
