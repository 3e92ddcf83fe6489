import fc from 'fast-check';
import { allocatePayment, OpenItem } from './payment-allocation';

const item = (id: string, dueDate: string, outstandingCents: number, callDate = '2026-01-01'): OpenItem => ({
  id,
  dueDate,
  callDate,
  outstandingCents,
});

describe('payment allocation', () => {
  const items = [item('q2', '2026-04-30', 14_062), item('q1', '2026-01-31', 14_062), item('q3', '2026-07-31', 14_062)];

  it('pays the item its structured communication names first, then the oldest due ones, the rest as a credit', () => {
    expect(allocatePayment(20_000, 'q3', items)).toEqual({
      allocations: [
        { callItemId: 'q3', amountCents: 14_062 },
        { callItemId: 'q1', amountCents: 5_938 },
      ],
      unallocatedCents: 0,
    });
    expect(allocatePayment(50_000, null, items)).toEqual({
      allocations: [
        { callItemId: 'q1', amountCents: 14_062 },
        { callItemId: 'q2', amountCents: 14_062 },
        { callItemId: 'q3', amountCents: 14_062 },
      ],
      unallocatedCents: 7_814,
    });
  });

  it('exact, partial and overpaid', () => {
    expect(allocatePayment(14_062, 'q1', items).unallocatedCents).toBe(0);
    expect(allocatePayment(10_000, 'q1', items).allocations).toEqual([{ callItemId: 'q1', amountCents: 10_000 }]);
    expect(allocatePayment(10_000, null, [])).toEqual({ allocations: [], unallocatedCents: 10_000 });
  });

  it('skips paid items and a named item that is no longer open', () => {
    const paid = [item('a', '2026-01-31', 0), item('b', '2026-02-28', 500)];
    expect(allocatePayment(800, 'a', paid)).toEqual({
      allocations: [{ callItemId: 'b', amountCents: 500 }],
      unallocatedCents: 300,
    });
  });

  it('never gives an item more than it owes, and the parts always sum to the payment', () => {
    const anItem = fc.record({
      id: fc.uuid(),
      dueDate: fc.constantFrom('2026-01-31', '2026-04-30', '2026-07-31'),
      callDate: fc.constant('2026-01-01'),
      outstandingCents: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500_000 }),
        fc.uniqueArray(anItem, { selector: (i) => i.id }),
        (amount, open) => {
          const plan = allocatePayment(amount, open[0]?.id ?? null, open);
          const allocated = plan.allocations.reduce((sum, a) => sum + a.amountCents, 0);
          expect(allocated + plan.unallocatedCents).toBe(amount);
          for (const a of plan.allocations) {
            expect(a.amountCents).toBeGreaterThan(0);
            expect(a.amountCents).toBeLessThanOrEqual(open.find((i) => i.id === a.callItemId)!.outstandingCents);
          }
          const owed = open.reduce((sum, i) => sum + i.outstandingCents, 0);
          expect(plan.unallocatedCents).toBe(Math.max(0, amount - owed));
        },
      ),
    );
  });
});
