import { randomUUID } from 'node:crypto';

export interface ExpenseBody {
  buildingId: string;
  category: string;
  description: string;
  amountCents: number;
  expenseDate: string;
  vatRate?: number | null;
  dueDate?: string | null;
  supplier?: string | null;
  invoiceNumber?: string | null;
  supplierIban?: string | null;
  accountCode?: string | null;
  keyId?: string | null;
  paidFromReserve?: boolean;
}

/** POST /expenses: a 1,210.00 EUR cleaning invoice, VAT 21 % included. */
export const aCreateExpenseRequest = (buildingId: string, overrides: Partial<ExpenseBody> = {}): ExpenseBody => ({
  buildingId,
  category: 'cleaning',
  description: 'Nettoyage des communs - mars',
  amountCents: 121_000,
  expenseDate: '2026-03-01',
  vatRate: 21,
  dueDate: '2099-12-31',
  supplier: 'Net & Clean SRL',
  invoiceNumber: `F-${randomUUID().slice(0, 8)}`,
  ...overrides,
});

/** PUT /expenses/:id: the editable fields of a create body. */
export const anUpdateExpenseRequest = (overrides: Partial<Omit<ExpenseBody, 'buildingId'>> = {}) => {
  const { buildingId: _ignored, ...body } = aCreateExpenseRequest(randomUUID(), overrides);
  return body;
};

/** One named invalid variant per expense rule, with the field the 400 names. */
export const invalidExpenseRequests: Record<string, { body: Record<string, unknown>; field: string }> = {
  'a float amount': { body: { amountCents: 10.5 }, field: 'amountCents' },
  'a zero amount': { body: { amountCents: 0 }, field: 'amountCents' },
  'an amount above 10 million euros': { body: { amountCents: 1_000_000_001 }, field: 'amountCents' },
  'a credit note above 10 million euros': { body: { amountCents: -1_000_000_001 }, field: 'amountCents' },
  'a key id that is not a uuid': { body: { keyId: 'lift' }, field: 'keyId' },
  'an amount as a string': { body: { amountCents: '1000' }, field: 'amountCents' },
  'an unknown category': { body: { category: 'party' }, field: 'category' },
  'a blank description': { body: { description: '   ' }, field: 'description' },
  'an impossible date': { body: { expenseDate: '2026-02-30' }, field: 'expenseDate' },
  'a timestamp as expense date': { body: { expenseDate: '2026-03-01T10:00:00Z' }, field: 'expenseDate' },
  'a due date before the expense date': { body: { dueDate: '2026-02-28' }, field: 'dueDate' },
  'a VAT rate of 20 %': { body: { vatRate: 20 }, field: 'vatRate' },
  'an account outside class 6': { body: { accountCode: '400000' }, field: 'accountCode' },
  'an account of 1 digit': { body: { accountCode: '6' }, field: 'accountCode' },
  'an account of 11 digits': { body: { accountCode: '61000000000' }, field: 'accountCode' },
  'a building id that is not a uuid': { body: { buildingId: 'b-1' }, field: 'buildingId' },
  'an unknown field': { body: { organizationId: randomUUID() }, field: 'organizationId' },
  'a status set by the client': { body: { status: 'paid' }, field: 'status' },
};
