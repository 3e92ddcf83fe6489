import { Expense, ExpenseDetailsInput, statusOn, viewOf } from './expense';
import { vatCentsOf } from './expense-category';

const NOW = new Date('2026-03-10T09:00:00.000Z');
const LATER = new Date('2026-03-12T09:00:00.000Z');

const details = (overrides: Partial<ExpenseDetailsInput> = {}): ExpenseDetailsInput => ({
  category: 'cleaning',
  description: '  Nettoyage des communs  ',
  amountCents: 121_000,
  expenseDate: '2026-03-01',
  vatRate: 21,
  dueDate: '2026-03-31',
  supplier: 'Net & Clean SRL',
  invoiceNumber: 'F-2026-001',
  ...overrides,
});
const anExpense = (overrides: Partial<ExpenseDetailsInput> = {}) =>
  Expense.record({ id: 'e-1', organizationId: 'org-1', buildingId: 'b-1', ...details(overrides) }, NOW);
const refusal = (code: string, field?: string) =>
  expect.objectContaining({ code, ...(field ? { params: expect.objectContaining({ field }) } : {}) });

describe('Expense.record', () => {
  it('records a pending expense with the category default account and trimmed texts', () => {
    expect(anExpense().toSnapshot()).toEqual({
      id: 'e-1',
      organizationId: 'org-1',
      buildingId: 'b-1',
      category: 'cleaning',
      description: 'Nettoyage des communs',
      amountCents: 121_000,
      vatRate: 21,
      expenseDate: '2026-03-01',
      dueDate: '2026-03-31',
      supplier: 'Net & Clean SRL',
      invoiceNumber: 'F-2026-001',
      supplierIban: null,
      accountCode: '610200',
      keyId: null,
      paidFromReserve: false,
      status: 'pending',
      paidAt: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('keeps an explicit account code and turns blank optional texts into null', () => {
    const s = anExpense({
      accountCode: '615000',
      supplier: '  ',
      invoiceNumber: undefined,
      vatRate: undefined,
      dueDate: null,
    }).toSnapshot();
    expect(s).toMatchObject({
      accountCode: '615000',
      supplier: null,
      invoiceNumber: null,
      vatRate: null,
      dueDate: null,
    });
  });

  it("keeps the supplier's IBAN without spaces, and none for a blank one", () => {
    expect(anExpense({ supplierIban: 'be68 5390 0754 7034' }).toSnapshot().supplierIban).toBe('BE68539007547034');
    expect(anExpense({ supplierIban: '  ' }).toSnapshot().supplierIban).toBeNull();
  });

  it.each([
    ['maintenance', '610000'],
    ['repairs', '610100'],
    ['works', '611000'],
    ['utilities', '612000'],
    ['administration', '613000'],
    ['insurance', '614000'],
    ['other', '619000'],
  ] as const)('defaults the account of %s to %s', (category, code) => {
    expect(anExpense({ category }).toSnapshot().accountCode).toBe(code);
  });

  it.each<[string, Partial<ExpenseDetailsInput>, string]>([
    ['an unknown category', { category: 'party' as never }, 'category'],
    ['a blank description', { description: '   ' }, 'description'],
    ['a description of 501 characters', { description: 'x'.repeat(501) }, 'description'],
    ['a float amount', { amountCents: 10.5 }, 'amountCents'],
    ['a zero amount', { amountCents: 0 }, 'amountCents'],
    ['an amount above 10 million euros', { amountCents: 1_000_000_001 }, 'amountCents'],
    ['a credit note above 10 million euros', { amountCents: -1_000_000_001 }, 'amountCents'],
    ['a VAT rate of 20 %', { vatRate: 20 as never }, 'vatRate'],
    ['an impossible date', { expenseDate: '2026-02-30' }, 'expenseDate'],
    ['a bad due date', { dueDate: '31/03/2026' }, 'dueDate'],
    ['a due date before the expense date', { dueDate: '2026-02-28' }, 'dueDate'],
    ['an account outside class 6', { accountCode: '400000' }, 'accountCode'],
    ['a supplier of 256 characters', { supplier: 's'.repeat(256) }, 'supplier'],
    ['an invoice number of 101 characters', { invoiceNumber: 'n'.repeat(101) }, 'invoiceNumber'],
    ['a supplier IBAN whose check fails', { supplierIban: 'BE68 5390 0754 7035' }, 'supplierIban'],
  ])('refuses %s', (_name, overrides, field) => {
    expect(() => anExpense(overrides)).toThrow(refusal('VALIDATION_FAILED', field));
  });

  it('accepts the 10-million-euro ceiling and a single cent', () => {
    expect(anExpense({ amountCents: 1_000_000_000 }).toSnapshot().amountCents).toBe(1_000_000_000);
    expect(anExpense({ amountCents: 1 }).toSnapshot().amountCents).toBe(1);
    expect(anExpense({ amountCents: -1_000_000_000 }).toSnapshot().amountCents).toBe(-1_000_000_000);
    expect(anExpense({ amountCents: -1 }).toSnapshot().amountCents).toBe(-1);
  });
});

describe('Expense lifecycle', () => {
  it('revises every editable field while pending, keeping building and creation date', () => {
    const expense = anExpense();
    expense.revise(details({ category: 'repairs', amountCents: 5_000, vatRate: null, dueDate: null }), LATER);
    expect(expense.toSnapshot()).toMatchObject({
      buildingId: 'b-1',
      category: 'repairs',
      accountCode: '610100',
      amountCents: 5_000,
      vatRate: null,
      createdAt: NOW,
      updatedAt: LATER,
    });
  });

  it('marks paid at the given moment, then refuses any change', () => {
    const expense = anExpense();
    const paidAt = new Date('2026-03-11T15:00:00.000Z');
    expense.markPaid(paidAt, LATER);
    expect(expense.toSnapshot()).toMatchObject({ status: 'paid', paidAt, updatedAt: LATER });
    expect(() => expense.markPaid(LATER, LATER)).toThrow(refusal('EXPENSE_ALREADY_PAID'));
    expect(() => expense.revise(details(), LATER)).toThrow(refusal('EXPENSE_ALREADY_PAID'));
    expect(() => expense.cancel(LATER)).toThrow(refusal('EXPENSE_ALREADY_PAID'));
    expect(() => expense.assertRemovable()).toThrow(refusal('EXPENSE_ALREADY_PAID'));
  });

  it('refuses a payment date in the future or invalid', () => {
    expect(() => anExpense().markPaid(new Date(LATER.getTime() + 1), LATER)).toThrow(
      refusal('VALIDATION_FAILED', 'paidAt'),
    );
    expect(() => anExpense().markPaid(new Date('nope'), LATER)).toThrow(refusal('VALIDATION_FAILED', 'paidAt'));
  });

  it('cancels a pending expense, then refuses any change', () => {
    const expense = anExpense();
    expense.cancel(LATER);
    expect(expense.toSnapshot()).toMatchObject({ status: 'cancelled', paidAt: null, updatedAt: LATER });
    expect(() => expense.cancel(LATER)).toThrow(refusal('EXPENSE_CANCELLED'));
    expect(() => expense.markPaid(LATER, LATER)).toThrow(refusal('EXPENSE_CANCELLED'));
    expect(() => expense.revise(details(), LATER)).toThrow(refusal('EXPENSE_CANCELLED'));
    expect(() => expense.assertRemovable()).toThrow(refusal('EXPENSE_CANCELLED'));
  });

  it('lets a pending expense be removed', () => {
    expect(() => anExpense().assertRemovable()).not.toThrow();
  });

  it('restores a stored row as is', () => {
    const stored = { ...anExpense().toSnapshot(), status: 'paid' as const, paidAt: LATER };
    expect(Expense.restore(stored).toSnapshot()).toEqual(stored);
    expect(Expense.restore(stored).id).toBe('e-1');
  });
});

describe('overdue, derived', () => {
  it('is pending up to the due date and overdue from the day after', () => {
    const expense = anExpense({ dueDate: '2026-03-31' });
    expect(expense.statusOn('2026-03-31')).toBe('pending');
    expect(expense.statusOn('2026-04-01')).toBe('overdue');
  });

  it('is never overdue without a due date, once paid or once cancelled', () => {
    expect(anExpense({ dueDate: null }).statusOn('2099-01-01')).toBe('pending');
    expect(statusOn({ status: 'paid', dueDate: '2026-03-31' }, '2026-04-01')).toBe('paid');
    expect(statusOn({ status: 'cancelled', dueDate: '2026-03-31' }, '2026-04-01')).toBe('cancelled');
  });

  it('gives the view its status of the day and its VAT', () => {
    expect(viewOf(anExpense().toSnapshot(), '2026-04-01')).toMatchObject({ status: 'overdue', vatCents: 21_000 });
  });
});

describe('VAT included in the amount', () => {
  it.each([
    [121_000, 21, 21_000],
    [10_600, 6, 600],
    [11_200, 12, 1_200],
    [10_000, 0, 0],
    [100, 21, 17], // 17.355… rounds down
    [1, 21, 0], // 0.1735…
    [3, 21, 1], // 0.5206… rounds up
    [53, 6, 3], // 3.0000: exact
    [1_000_000_000, 21, 173_553_719], // 173,553,719.008…
  ])('%i cents at %i %% hold %i cents of VAT', (amount, rate, vat) => {
    expect(vatCentsOf(amount, rate as 0 | 6 | 12 | 21)).toBe(vat);
  });

  it('rounds an exact half cent up', () => {
    // At 12 % the VAT is 12/112 of the amount: 14 cents hold exactly 1.5 cents, 42 cents exactly 4.5
    expect(vatCentsOf(14, 12)).toBe(2);
    expect(vatCentsOf(42, 12)).toBe(5);
  });

  it('has no VAT figure without a rate', () => {
    expect(vatCentsOf(121_000, null)).toBeNull();
  });
});
