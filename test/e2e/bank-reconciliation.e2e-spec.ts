import { Client } from 'pg';
import { multipartBody } from '../builders/documents.builders';
import { aMovement, aStatement, belgianIban, writeCoda } from '../builders/bank-statement-files';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, anOwner, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Json = Record<string, unknown> & { id: string };
type Item = { id: string; ownerId: string; amountCents: number; ogm: string };
type Movement = Json & {
  amountCents: number;
  status: string;
  paymentId: string | null;
  expenseId: string | null;
  suggestion: { reason: string; ownerId: string | null; callItemId: string | null; expenseId: string | null } | null;
};

const OWNER_ACCOUNT = belgianIban('063123456789');
const STRANGER_ACCOUNT = belgianIban('001234567890');
const SUPPLIER_ACCOUNT = belgianIban('310987654321');
const DAY = '2026-10-15';

describe('bank reconciliation: suggestions, and matching to a call item, an owner or an invoice', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let other: TenantSession;
  let building: string;
  let [claes, dewit] = ['', ''];
  let autumn: Item[];
  let invoice: Json;
  let movements: Movement[];

  const upload = (session: TenantSession, buildingId: string, content: string) => {
    const body = multipartBody({}, { fileName: 'day.cod', content: Buffer.from(content) });
    return session.request('POST', `/buildings/${buildingId}/bank-statements`, body.payload, body.headers);
  };
  const match = (session: TenantSession, id: string, body: Record<string, unknown>) =>
    session.request('PUT', `/bank-movements/${id}/match`, body);
  const byReference = (reference: string) => movements.find((m) => m.bankReference === reference)!;
  const reload = async () => {
    movements = (await syndic.get<{ data: Movement[] }>(`/bank-movements?buildingId=${building}`)).data;
  };
  const callOf = async (fundId: string, title: string, amountCents: number, callDate: string) =>
    (
      await syndic.post<{ items: Item[] }>('/calls', {
        buildingId: building,
        fundId,
        title,
        amountCents,
        callDate,
        dueDate: callDate.replace(/-\d\d$/, '-28'),
      })
    ).items;

  beforeAll(async () => {
    api = await createTestApp();
    [syndic, other] = await Promise.all([
      TenantSession.forNewOrganization(api.app),
      TenantSession.forNewOrganization(api.app),
    ]);
    let unitIds: string[];
    ({ buildingId: building, unitIds } = await aBuildingWithUnits(syndic, [500, 500]));
    claes = await anOwner(syndic, { lastName: 'Claes' });
    dewit = await anOwner(syndic, { lastName: 'Dewit' });
    for (const [i, owner] of [claes, dewit].entries()) {
      await syndic.post(`/units/${unitIds[i]}/owners`, { ownerId: owner, share: '100', startDate: '2020-01-01' });
    }
    const fund = await syndic.post(`/buildings/${building}/funds`, {
      kind: 'working_capital',
      name: 'Fonds de roulement',
      iban: 'BE68539007547034',
    });
    // Claes paid the summer call from its account: the account is known to be Claes's from then on.
    const summer = await callOf(fund.id, 'Provisions T3 2026', 100_000, '2026-07-01');
    await syndic.post('/payments', {
      buildingId: building,
      amountCents: 50_000,
      paidOn: '2026-07-20',
      ownerId: claes,
      counterpartyIban: OWNER_ACCOUNT,
    });
    expect(summer).toHaveLength(2);
    autumn = await callOf(fund.id, 'Provisions T4 2026', 60_000, '2026-10-01');
    invoice = await syndic.post(
      '/expenses',
      aCreateExpenseRequest(building, {
        amountCents: 12_100,
        expenseDate: '2026-09-30',
        dueDate: '2026-10-31',
        supplierIban:
          'BE' +
          SUPPLIER_ACCOUNT.slice(2)
            .replace(/(.{4})/g, '$1 ')
            .trim(),
      }),
    );
  });
  afterAll(() => api.close());

  it('keeps the supplier IBAN of an invoice without spaces, and refuses one whose check fails (400)', async () => {
    expect(invoice.supplierIban).toBe(SUPPLIER_ACCOUNT);
    const bad = await syndic.request(
      'POST',
      '/expenses',
      aCreateExpenseRequest(building, { supplierIban: 'BE68539007547035' }),
    );
    expectProblem(bad, 400, 'VALIDATION_FAILED');
  });

  it('suggests on import a credit from a known owner account of exactly a call item, and a debit of exactly an invoice to its supplier IBAN', async () => {
    const day = aStatement({
      closingDate: DAY,
      movements: [
        aMovement({ bankReference: 'KNOWN', bookingDate: DAY, amountCents: 30_000, counterpartyIban: OWNER_ACCOUNT }),
        aMovement({
          bankReference: 'OTHER-AMOUNT',
          bookingDate: DAY,
          amountCents: 29_999,
          counterpartyIban: OWNER_ACCOUNT,
        }),
        aMovement({
          bankReference: 'STRANGER',
          bookingDate: DAY,
          amountCents: 30_000,
          counterpartyIban: STRANGER_ACCOUNT,
        }),
        aMovement({
          bankReference: 'INVOICE',
          bookingDate: DAY,
          amountCents: -12_100,
          counterpartyIban: SUPPLIER_ACCOUNT,
        }),
        aMovement({
          bankReference: 'DEBIT',
          bookingDate: DAY,
          amountCents: -5_000,
          counterpartyIban: SUPPLIER_ACCOUNT,
        }),
      ],
    });
    const res = await upload(syndic, building, writeCoda(day));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ movements: 5, matched: 0, suggested: 2, unmatched: 3 });
    await reload();
    const claesItem = autumn.find((i) => i.ownerId === claes)!;
    expect(byReference('KNOWN')).toMatchObject({
      status: 'suggested',
      suggestion: { reason: 'owner_iban_and_amount', ownerId: claes, callItemId: claesItem.id, expenseId: null },
    });
    expect(byReference('INVOICE')).toMatchObject({
      status: 'suggested',
      suggestion: { reason: 'supplier_iban_and_amount', ownerId: null, callItemId: null, expenseId: invoice.id },
    });
    for (const reference of ['OTHER-AMOUNT', 'STRANGER', 'DEBIT']) {
      expect(byReference(reference)).toMatchObject({ status: 'unmatched', suggestion: null });
    }
    const suggested = await syndic.get<{ data: Movement[] }>(`/bank-movements?buildingId=${building}&status=suggested`);
    expect(suggested.data.map((m) => m.bankReference).sort()).toEqual(['INVOICE', 'KNOWN']);
  });

  it("suggests nothing from another organization's payers and invoices, though the IBANs and amounts are the same", async () => {
    const { buildingId: theirs } = await aBuildingWithUnits(other, [1000]);
    const day = aStatement({
      accountIban: 'BE71096123456769',
      closingDate: DAY,
      movements: [
        aMovement({ bankReference: 'T1', bookingDate: DAY, amountCents: 30_000, counterpartyIban: OWNER_ACCOUNT }),
        aMovement({ bankReference: 'T2', bookingDate: DAY, amountCents: -12_100, counterpartyIban: SUPPLIER_ACCOUNT }),
      ],
    });
    const res = await upload(other, theirs, writeCoda(day));
    expect(res.json()).toMatchObject({ movements: 2, suggested: 0, unmatched: 2 });
    const queue = await other.get<{ data: Movement[] }>(`/bank-movements?buildingId=${theirs}`);
    expect(queue.data.map((m) => [m.status, m.suggestion])).toEqual([
      ['unmatched', null],
      ['unmatched', null],
    ]);
  });

  it('lists the queue with its suggestions in one database round trip (two with the check of the building)', async () => {
    const roundTrips = async (url: string) => {
      await syndic.get(url); // warm: the session check is cached after the first request
      const original = Client.prototype.query;
      const statements: string[] = [];
      Client.prototype.query = function (this: Client, ...args: unknown[]) {
        // A statement is prepared once per connection (PreparedStatements), not once per request.
        if (!String(args[0]).startsWith('PREPARE ')) statements.push(String(args[0]));
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof Client.prototype.query;
      try {
        const page = await syndic.get<{ data: Movement[] }>(url);
        expect(page.data.filter((m) => m.suggestion !== null)).toHaveLength(2);
      } finally {
        Client.prototype.query = original;
      }
      return statements.length;
    };
    expect(await roundTrips('/bank-movements?perPage=100')).toBe(1);
    expect(await roundTrips(`/bank-movements?buildingId=${building}&perPage=100`)).toBe(2);
  });

  it('refuses a body naming none or several targets (400), a debit to a call item or an owner, a credit to an invoice (422)', async () => {
    const credit = byReference('KNOWN');
    const debit = byReference('INVOICE');
    const item = autumn.find((i) => i.ownerId === claes)!;
    expectProblem(await match(syndic, credit.id, {}), 400, 'VALIDATION_FAILED');
    expectProblem(await match(syndic, credit.id, { ownerId: claes, callItemId: item.id }), 400, 'VALIDATION_FAILED');
    expectProblem(await match(syndic, credit.id, { expenseId: 'nope' }), 400, 'VALIDATION_FAILED');
    expectProblem(await match(syndic, credit.id, { expenseId: invoice.id }), 422, 'MOVEMENT_NOT_A_DEBIT');
    expectProblem(await match(syndic, debit.id, { callItemId: item.id }), 422, 'MOVEMENT_NOT_A_CREDIT');
    expectProblem(await match(syndic, debit.id, { ownerId: claes }), 422, 'MOVEMENT_NOT_A_CREDIT');
    const wrong = await match(syndic, byReference('DEBIT').id, { expenseId: invoice.id });
    expect(expectProblem(wrong, 422, 'MOVEMENT_AMOUNT_MISMATCH').detail).toContain('5000');
    expect(await syndic.get(`/expenses/${invoice.id}`)).toMatchObject({ status: 'overdue', paidAt: null });
    await reload();
    expect(byReference('KNOWN')).toMatchObject({ status: 'suggested', paymentId: null });
    expect(byReference('DEBIT')).toMatchObject({ status: 'unmatched', expenseId: null });
  });

  it("answers 404 for another organization's movement, call item, owner or invoice, and for another building's, changing nothing", async () => {
    const credit = byReference('STRANGER');
    const debit = byReference('DEBIT');
    const { buildingId: theirBuilding } = await aBuildingWithUnits(other, [1000]);
    const theirInvoice = await other.post('/expenses', aCreateExpenseRequest(theirBuilding, { amountCents: 5_000 }));
    const theirOwner = await anOwner(other);
    expectProblem(await match(other, credit.id, { ownerId: theirOwner }), 404, 'NOT_FOUND');
    expectProblem(await match(syndic, credit.id, { ownerId: theirOwner }), 404, 'NOT_FOUND');
    expectProblem(await match(syndic, debit.id, { expenseId: theirInvoice.id }), 404, 'NOT_FOUND');
    const item = autumn.find((i) => i.ownerId === dewit)!;
    expectProblem(await match(other, credit.id, { callItemId: item.id }), 404, 'NOT_FOUND');

    // The same organization's other building: its call items and invoices are not this account's.
    const { buildingId: second, unitIds } = await aBuildingWithUnits(syndic, [1000]);
    await syndic.post(`/units/${unitIds[0]}/owners`, { ownerId: dewit, share: '100', startDate: '2020-01-01' });
    const secondFund = await syndic.post(`/buildings/${second}/funds`, {
      kind: 'working_capital',
      name: 'Fonds de roulement',
      iban: 'BE71096123456769',
    });
    const [secondItem] = (
      await syndic.post<{ items: Item[] }>('/calls', {
        buildingId: second,
        fundId: secondFund.id,
        title: 'Provisions',
        amountCents: 30_000,
        callDate: '2026-10-01',
        dueDate: '2026-10-31',
      })
    ).items;
    const secondInvoice = await syndic.post('/expenses', aCreateExpenseRequest(second, { amountCents: 5_000 }));
    expectProblem(await match(syndic, credit.id, { callItemId: secondItem!.id }), 404, 'NOT_FOUND');
    expectProblem(await match(syndic, debit.id, { expenseId: secondInvoice.id }), 404, 'NOT_FOUND');
    expect(await syndic.get(`/expenses/${secondInvoice.id}`)).toMatchObject({ status: 'pending' });
    await reload();
    expect([byReference('STRANGER').status, byReference('DEBIT').status]).toEqual(['unmatched', 'unmatched']);
    const payments = await syndic.get<{ data: unknown[] }>(`/payments?buildingId=${building}`);
    expect(payments.data).toHaveLength(1);
  });

  it("confirms a suggestion with the call item: the owner's payment goes to that item, and the suggestion goes", async () => {
    const credit = byReference('KNOWN');
    const res = await match(await syndic.as('accountant'), credit.id, { callItemId: credit.suggestion!.callItemId });
    expect(res.statusCode).toBe(200);
    const matched = res.json() as Movement;
    expect(matched).toMatchObject({ status: 'matched', suggestion: null, expenseId: null });
    expect(await syndic.get(`/payments/${matched.paymentId}`)).toMatchObject({
      ownerId: claes,
      amountCents: 30_000,
      paidOn: DAY,
      counterpartyIban: OWNER_ACCOUNT,
      allocations: [{ callItemId: credit.suggestion!.callItemId, amountCents: 30_000 }],
      unallocatedCents: 0,
    });
    expectProblem(await match(syndic, credit.id, { ownerId: claes }), 409, 'MOVEMENT_ALREADY_MATCHED');
  });

  it("pays a call item of another owner than the account's when told so: the person decides", async () => {
    const item = autumn.find((i) => i.ownerId === dewit)!;
    const res = await match(syndic, byReference('STRANGER').id, { callItemId: item.id });
    expect(res.statusCode).toBe(200);
    expect(await syndic.get(`/payments/${(res.json() as Movement).paymentId}`)).toMatchObject({
      ownerId: dewit,
      allocations: [{ callItemId: item.id, amountCents: 30_000 }],
    });
  });

  it('pays the invoice with the debit: marked paid on the booking day, booked 440 against 550, once', async () => {
    const debit = byReference('INVOICE');
    const res = await match(syndic, debit.id, { expenseId: invoice.id });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'matched', expenseId: invoice.id, paymentId: null, suggestion: null });
    const paid = await syndic.get<Json>(`/expenses/${invoice.id}`);
    expect(paid).toMatchObject({ status: 'paid' });
    expect(String(paid.paidAt).slice(0, 10)).toBe(DAY);
    const journal = await syndic.get<{
      data: Array<{ sourceType: string; sourceId: string; date: string; lines: Array<Record<string, unknown>> }>;
    }>(`/buildings/${building}/journal?perPage=100`);
    const payment = journal.data.filter((e) => e.sourceType === 'expense_payment' && e.sourceId === invoice.id);
    expect(payment).toHaveLength(1);
    expect(payment[0]!.date).toBe(DAY);
    expect(payment[0]!.lines.map((l) => [l.accountCode, l.debitCents, l.creditCents])).toEqual([
      ['440', 12_100, 0],
      ['550', 0, 12_100],
    ]);
    expectProblem(await match(syndic, debit.id, { expenseId: invoice.id }), 409, 'MOVEMENT_ALREADY_MATCHED');
  });

  it('refuses to pay an invoice marked paid already (409 EXPENSE_ALREADY_PAID), leaving the debit unmatched', async () => {
    const debit = byReference('DEBIT');
    const invoiceOf5000 = await syndic.post('/expenses', aCreateExpenseRequest(building, { amountCents: 5_000 }));
    await syndic.put(`/expenses/${invoiceOf5000.id}/mark-paid`, { paidAt: '2026-10-10T10:00:00.000Z' });
    expectProblem(await match(syndic, debit.id, { expenseId: invoiceOf5000.id }), 409, 'EXPENSE_ALREADY_PAID');
    await reload();
    expect(byReference('DEBIT')).toMatchObject({ status: 'unmatched', expenseId: null });
  });

  it('refuses a match on a booking day in closed books (409 PERIOD_CLOSED), changing nothing', async () => {
    const due = await syndic.post('/expenses', aCreateExpenseRequest(building, { amountCents: 5_000 }));
    await syndic.post(`/buildings/${building}/closings`, { until: DAY });
    expectProblem(await match(syndic, byReference('DEBIT').id, { expenseId: due.id }), 409, 'PERIOD_CLOSED');
    expectProblem(await match(syndic, byReference('OTHER-AMOUNT').id, { ownerId: claes }), 409, 'PERIOD_CLOSED');
    expect(await syndic.get(`/expenses/${due.id}`)).toMatchObject({ paidAt: null });
    await reload();
    expect([byReference('DEBIT').status, byReference('OTHER-AMOUNT').status]).toEqual(['unmatched', 'unmatched']);
  });
});
