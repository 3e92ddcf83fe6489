import { totalsOf } from './journal-entry';
import { callPosting, expensePaymentPosting, expensePosting, paymentPosting, reserveDrawingPosting } from './postings';

const building = 'b0000000-0000-4000-8000-000000000001';
const [ann, bob, cid] = ['a1', 'b2', 'c3'].map((s) => `00000000-0000-4000-8000-0000000000${s}`);

const sides = (
  lines: readonly { accountCode: string; debitCents: number; creditCents: number; ownerId: string | null }[],
) => lines.map((l) => [l.accountCode, l.debitCents, l.creditCents, l.ownerId]);

describe('posting rules (domain.md "Books")', () => {
  it('a working-capital call debits 410 per owner and credits 70 with the total', () => {
    const entry = callPosting({
      callId: cid!,
      buildingId: building,
      title: 'Q1',
      callDate: '2026-01-05',
      fundKind: 'working_capital',
      items: [
        { ownerId: ann!, amountCents: 14063 },
        { ownerId: bob!, amountCents: 42187 },
      ],
    });
    expect(entry).toMatchObject({ journal: 'sales', date: '2026-01-05', sourceType: 'call', sourceId: cid });
    expect(sides(entry.lines)).toEqual([
      ['410', 14063, 0, ann],
      ['410', 42187, 0, bob],
      ['70', 0, 56250, null],
    ]);
  });

  it('a reserve call credits the reserve fund 160', () => {
    const entry = callPosting({
      callId: cid!,
      buildingId: building,
      title: 'Reserve',
      callDate: '2026-01-05',
      fundKind: 'reserve',
      items: [{ ownerId: ann!, amountCents: 225000 }],
    });
    expect(sides(entry.lines)).toEqual([
      ['410', 225000, 0, ann],
      ['160', 0, 225000, null],
    ]);
  });

  it("a payment debits each fund's bank with what it paid, the rest on 550, and credits 410 for the owner", () => {
    const entry = paymentPosting({
      paymentId: cid!,
      buildingId: building,
      ownerId: ann!,
      paidOn: '2026-02-01',
      amountCents: 50000,
      allocations: [
        { fundKind: 'working_capital', amountCents: 14063 },
        { fundKind: 'reserve', amountCents: 30000 },
      ],
    });
    expect(entry).toMatchObject({ journal: 'financial', sourceType: 'payment', date: '2026-02-01' });
    expect(sides(entry.lines)).toEqual([
      ['550', 20000, 0, null],
      ['551', 30000, 0, null],
      ['410', 0, 50000, ann],
    ]);
  });

  it('a payment wholly to the reserve has no line on 550', () => {
    const entry = paymentPosting({
      paymentId: cid!,
      buildingId: building,
      ownerId: ann!,
      paidOn: '2026-02-01',
      amountCents: 1000,
      allocations: [{ fundKind: 'reserve', amountCents: 1000 }],
    });
    expect(sides(entry.lines)).toEqual([
      ['551', 1000, 0, null],
      ['410', 0, 1000, ann],
    ]);
  });

  const invoice = {
    expenseId: cid!,
    buildingId: building,
    accountCode: '610000',
    amountCents: 12100,
    expenseDate: '2026-03-01',
    description: 'Lift maintenance',
    supplier: 'Schindler',
    invoiceNumber: 'F-1',
    paidFromReserve: false,
  };

  it('a supplier invoice debits its charge account and credits 440; a credit note the other way round', () => {
    expect(sides(expensePosting(invoice)!.lines)).toEqual([
      ['610000', 12100, 0, null],
      ['440', 0, 12100, null],
    ]);
    expect(expensePosting(invoice)).toMatchObject({
      journal: 'purchases',
      reference: 'Schindler · F-1 · Lift maintenance',
    });
    expect(sides(expensePosting({ ...invoice, amountCents: -500 })!.lines)).toEqual([
      ['440', 500, 0, null],
      ['610000', 0, 500, null],
    ]);
    expect(expensePosting({ ...invoice, amountCents: 0 })).toBeNull();
  });

  it('paying a supplier debits 440 and credits 550 on the day it was paid', () => {
    const entry = expensePaymentPosting(invoice, '2026-03-20')!;
    expect(entry).toMatchObject({ journal: 'financial', date: '2026-03-20', sourceType: 'expense_payment' });
    expect(sides(entry.lines)).toEqual([
      ['440', 12100, 0, null],
      ['550', 0, 12100, null],
    ]);
  });

  it('works paid from the reserve: the charge against 440, the fund 160 against 792, the payment from 551', () => {
    const works = { ...invoice, accountCode: '611000', amountCents: 1_500_000, paidFromReserve: true };
    expect(sides(expensePosting(works)!.lines)).toEqual([
      ['611000', 1_500_000, 0, null],
      ['440', 0, 1_500_000, null],
    ]);
    const drawing = reserveDrawingPosting(works)!;
    expect(drawing).toMatchObject({ journal: 'misc', date: '2026-03-01', sourceType: 'expense', sourceId: invoice.expenseId });
    expect(sides(drawing.lines)).toEqual([
      ['160', 1_500_000, 0, null],
      ['792', 0, 1_500_000, null],
    ]);
    expect(sides(expensePaymentPosting(works, '2026-04-02')!.lines)).toEqual([
      ['440', 1_500_000, 0, null],
      ['551', 0, 1_500_000, null],
    ]);
    // A refund of such works goes back into the fund; an expense of the working capital draws nothing.
    expect(sides(reserveDrawingPosting({ ...works, amountCents: -20_000 })!.lines)).toEqual([
      ['792', 20_000, 0, null],
      ['160', 0, 20_000, null],
    ]);
    expect(reserveDrawingPosting(invoice)).toBeNull();
  });

  it('every posting balances', () => {
    for (const entry of [
      callPosting({
        callId: cid!,
        buildingId: building,
        title: 't',
        callDate: '2026-01-01',
        fundKind: 'reserve',
        items: [
          { ownerId: ann!, amountCents: 1 },
          { ownerId: bob!, amountCents: 2 },
        ],
      }),
      paymentPosting({
        paymentId: cid!,
        buildingId: building,
        ownerId: ann!,
        paidOn: '2026-01-01',
        amountCents: 7,
        allocations: [],
      }),
      expensePosting({ ...invoice, amountCents: -3 })!,
      expensePaymentPosting({ ...invoice, amountCents: -3 }, '2026-01-01')!,
    ]) {
      const totals = totalsOf(entry.lines);
      expect(totals.debitCents).toBe(totals.creditCents);
    }
  });
});
