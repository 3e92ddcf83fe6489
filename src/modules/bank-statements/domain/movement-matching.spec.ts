import { type BankMovementSnapshot, manualMatchRefusal, matchesOnImport } from './bank-statement';

const movement = (overrides: Partial<BankMovementSnapshot>): BankMovementSnapshot => ({
  id: 'm1',
  organizationId: 'o1',
  buildingId: 'b1',
  statementId: 's1',
  position: 1,
  accountIban: 'BE68539007547034',
  bankReference: 'R1',
  amountCents: 14_063,
  bookingDate: '2026-03-03',
  valueDate: null,
  ogm: '042000700108',
  communication: null,
  counterpartyIban: null,
  counterpartyName: null,
  status: 'unmatched',
  paymentId: null,
  createdAt: new Date('2026-03-03T08:00:00Z'),
  ...overrides,
});

describe('matching bank movements to payments', () => {
  it('tries on import only unmatched credits that carry a structured communication', () => {
    expect(matchesOnImport(movement({}))).toBe(true);
    expect(matchesOnImport(movement({ ogm: null }))).toBe(false);
    expect(matchesOnImport(movement({ amountCents: -14_063 }))).toBe(false);
    expect(matchesOnImport(movement({ status: 'matched', paymentId: 'p1' }))).toBe(false);
  });

  it('matches by hand an unmatched credit, never a matched movement or a debit', () => {
    expect(manualMatchRefusal(movement({ ogm: null }))).toBeNull();
    expect(manualMatchRefusal(movement({ status: 'matched', paymentId: 'p1' }))).toBe('already_matched');
    expect(manualMatchRefusal(movement({ amountCents: -990 }))).toBe('not_a_credit');
    expect(manualMatchRefusal(movement({ amountCents: 0 }))).toBe('not_a_credit');
  });
});
