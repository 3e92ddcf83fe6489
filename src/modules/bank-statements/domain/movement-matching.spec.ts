import { type BankMovementSnapshot, matchesOnImport } from './bank-statement';
import { MatchTargetUnclear } from './bank-statement.errors';
import {
  matchRefusal,
  matchTargetOf,
  type OwedByPayer,
  paysInvoiceExactly,
  suggestionFor,
  type UnpaidToSupplier,
} from './movement-matching';

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
  expenseId: null,
  suggestion: null,
  createdAt: new Date('2026-03-03T08:00:00Z'),
  ...overrides,
});

const PEETERS = 'BE71096123456769';
const SHARED = 'BE46063123456789';
const NETCLEAN = 'BE68539007547034';
const owed = (overrides: Partial<OwedByPayer>): OwedByPayer => ({
  callItemId: 'i1',
  ownerId: 'peeters',
  counterpartyIban: PEETERS,
  outstandingCents: 14_063,
  dueDate: '2026-01-31',
  ...overrides,
});
const invoice = (overrides: Partial<UnpaidToSupplier>): UnpaidToSupplier => ({
  expenseId: 'e1',
  supplierIban: NETCLEAN,
  amountCents: 35_000,
  expenseDate: '2026-02-01',
  dueDate: '2026-03-01',
  ...overrides,
});

describe('matching bank movements on import', () => {
  it('tries only unmatched credits that carry a structured communication', () => {
    expect(matchesOnImport(movement({}))).toBe(true);
    expect(matchesOnImport(movement({ ogm: null }))).toBe(false);
    expect(matchesOnImport(movement({ amountCents: -14_063 }))).toBe(false);
    expect(matchesOnImport(movement({ status: 'matched', paymentId: 'p1' }))).toBe(false);
  });
});

describe('suggestions: amount and counterparty IBAN (domain.md "Books")', () => {
  const credit = (overrides: Partial<BankMovementSnapshot> = {}) =>
    movement({ ogm: null, counterpartyIban: PEETERS, ...overrides });

  it("suggests the call item an owner known by the IBAN still owes, of exactly the credit's amount", () => {
    const items = [owed({ callItemId: 'i2', outstandingCents: 5_000 }), owed({})];
    expect(suggestionFor(credit(), items, [])).toEqual({
      reason: 'owner_iban_and_amount',
      ownerId: 'peeters',
      callItemId: 'i1',
    });
  });

  it("takes the oldest due of the owner's items of that amount", () => {
    const items = [owed({ callItemId: 'late', dueDate: '2026-04-30' }), owed({ callItemId: 'early' })];
    expect(suggestionFor(credit(), items, [])).toMatchObject({ callItemId: 'early' });
  });

  it('suggests nothing for another amount, another IBAN, no IBAN, a debit, or a matched movement', () => {
    const items = [owed({})];
    expect(suggestionFor(credit({ amountCents: 14_064 }), items, [])).toBeNull();
    expect(suggestionFor(credit({ counterpartyIban: SHARED }), items, [])).toBeNull();
    expect(suggestionFor(credit({ counterpartyIban: null }), items, [])).toBeNull();
    expect(suggestionFor(credit({ amountCents: -14_063 }), items, [])).toBeNull();
    expect(suggestionFor(credit({ status: 'matched', paymentId: 'p1' }), items, [])).toBeNull();
  });

  it('suggests nothing when the IBAN is known for two owners with an item of that amount: it would be a guess', () => {
    const items = [
      owed({ counterpartyIban: SHARED }),
      owed({ callItemId: 'i9', ownerId: 'spouse', counterpartyIban: SHARED }),
    ];
    expect(suggestionFor(credit({ counterpartyIban: SHARED }), items, [])).toBeNull();
    expect(suggestionFor(credit({ counterpartyIban: SHARED }), items.slice(1), [])).toMatchObject({
      ownerId: 'spouse',
    });
  });

  it('suggests the unpaid invoice of exactly the debit, to the supplier IBAN, the oldest due first', () => {
    const debit = movement({ ogm: null, amountCents: -35_000, counterpartyIban: NETCLEAN });
    const invoices = [
      invoice({ expenseId: 'undated', dueDate: null }),
      invoice({ expenseId: 'march', dueDate: '2026-03-31' }),
      invoice({ expenseId: 'other', amountCents: 35_001, dueDate: '2026-01-01' }),
      invoice({ expenseId: 'feb', dueDate: '2026-02-28' }),
    ];
    expect(suggestionFor(debit, [], invoices)).toEqual({ reason: 'supplier_iban_and_amount', expenseId: 'feb' });
    expect(suggestionFor(debit, [], invoices.slice(0, 1))).toMatchObject({ expenseId: 'undated' });
    expect(suggestionFor({ ...debit, counterpartyIban: PEETERS }, [], invoices)).toBeNull();
    expect(
      suggestionFor({ ...debit, amountCents: 35_000 }, [owed({ counterpartyIban: NETCLEAN })], invoices),
    ).toBeNull();
  });
});

describe('matching by hand', () => {
  it('takes exactly one of callItemId, ownerId and expenseId', () => {
    expect(matchTargetOf({ callItemId: 'i1' })).toEqual({ kind: 'call_item', id: 'i1' });
    expect(matchTargetOf({ ownerId: 'o1', expenseId: null })).toEqual({ kind: 'owner', id: 'o1' });
    expect(matchTargetOf({ expenseId: 'e1' })).toEqual({ kind: 'expense', id: 'e1' });
    expect(() => matchTargetOf({})).toThrow(MatchTargetUnclear);
    expect(() => matchTargetOf({ ownerId: 'o1', callItemId: 'i1' })).toThrow(MatchTargetUnclear);
  });

  it('matches an unmatched or suggested credit to an owner or a call item, never a matched one or a debit', () => {
    expect(matchRefusal(movement({ ogm: null }), 'owner')).toBeNull();
    expect(matchRefusal(movement({ status: 'suggested' }), 'call_item')).toBeNull();
    expect(matchRefusal(movement({ status: 'matched', paymentId: 'p1' }), 'owner')).toBe('already_matched');
    expect(matchRefusal(movement({ amountCents: -990 }), 'owner')).toBe('not_a_credit');
    expect(matchRefusal(movement({ amountCents: 0 }), 'call_item')).toBe('not_a_credit');
  });

  it('matches only a debit to an invoice, paid whole', () => {
    expect(matchRefusal(movement({ amountCents: -35_000 }), 'expense')).toBeNull();
    expect(matchRefusal(movement({ amountCents: 35_000 }), 'expense')).toBe('not_a_debit');
    expect(matchRefusal(movement({ amountCents: -35_000, status: 'matched' }), 'expense')).toBe('already_matched');
    expect(paysInvoiceExactly(-35_000, 35_000)).toBe(true);
    expect(paysInvoiceExactly(-34_999, 35_000)).toBe(false);
    expect(paysInvoiceExactly(-35_000, -35_000)).toBe(false);
  });
});
