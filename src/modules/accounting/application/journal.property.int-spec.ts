import fc from 'fast-check';
import { ExpensesService } from '@modules/expenses';
import { CallsService, FundsService, LedgersService, PaymentsService } from '@modules/funds';
import { aBuildingWithUnits, anOwner } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { DomainError } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { JournalService } from './journal.service';

type Op =
  | { kind: 'call'; reserve: boolean; amountCents: number; day: string }
  | { kind: 'cancelCall'; pick: number }
  | { kind: 'payment'; owner: number; amountCents: number; day: string }
  | { kind: 'expense'; amountCents: number; day: string }
  | { kind: 'payExpense'; pick: number }
  | { kind: 'cancelExpense'; pick: number }
  | { kind: 'manual'; amountCents: number; day: string }
  | { kind: 'reverse'; pick: number };

const day = fc
  .record({ month: fc.integer({ min: 1, max: 6 }), date: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, date }) => `2025-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
const cents = fc.integer({ min: 1, max: 500_000 });
const pick = fc.nat({ max: 20 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('call' as const), reserve: fc.boolean(), amountCents: cents, day }),
  fc.record({ kind: fc.constant('cancelCall' as const), pick }),
  fc.record({ kind: fc.constant('payment' as const), owner: fc.nat({ max: 2 }), amountCents: cents, day }),
  fc.record({
    kind: fc.constant('expense' as const),
    amountCents: fc.integer({ min: -50_000, max: 500_000 }).filter((c) => c !== 0),
    day,
  }),
  fc.record({ kind: fc.constant('payExpense' as const), pick }),
  fc.record({ kind: fc.constant('cancelExpense' as const), pick }),
  fc.record({ kind: fc.constant('manual' as const), amountCents: cents, day }),
  fc.record({ kind: fc.constant('reverse' as const), pick }),
);

/** A sequence that posts on every account: calls on both funds, a payment settling both, an invoice paid, a manual
 * entry and its reversal. */
const everyPosting: Op[] = [
  { kind: 'call', reserve: true, amountCents: 30_000, day: '2025-01-10' },
  { kind: 'call', reserve: false, amountCents: 60_000, day: '2025-01-10' },
  { kind: 'payment', owner: 0, amountCents: 500_000, day: '2025-02-01' },
  { kind: 'expense', amountCents: 12_345, day: '2025-02-15' },
  { kind: 'payExpense', pick: 0 },
  { kind: 'manual', amountCents: 250, day: '2025-03-01' },
  { kind: 'reverse', pick: 0 },
];

/**
 * Property (issue 17, "Done when"): whatever sequence of calls, cancellations, payments, supplier invoices and their
 * payment, manual entries and reversals a building goes through, every entry balances, the trial balance sums to
 * zero, and each owner's balance on account 410 is that owner's ledger in the funds context.
 */
describe('the journal after any sequence of operations', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let db: TenantDatabase;

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    syndic = await TenantSession.forNewOrganization(api.app);
  });
  afterAll(() => api.close());

  const service = <T>(type: new (...args: never[]) => T) => api.app.get(type);

  async function aBuilding() {
    const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [250, 250, 500]);
    const owners: string[] = [];
    for (const unitId of unitIds) {
      const ownerId = await anOwner(syndic);
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
      owners.push(ownerId);
    }
    const funds = service(FundsService);
    const open = (kind: 'working_capital' | 'reserve', name: string) =>
      funds.open(syndic.tenant, buildingId, { kind, name, iban: 'BE68539007547034' });
    const [working, reserve] = [await open('working_capital', 'FR'), await open('reserve', 'RES')];
    return { buildingId, owners, workingId: working.id, reserveId: reserve.id };
  }

  /** Runs one operation; refusals of the rules (a paid call, a paid expense...) are part of the game. */
  async function run(
    b: Awaited<ReturnType<typeof aBuilding>>,
    o: Op,
    made: { calls: string[]; expenses: string[]; manual: string[] },
  ) {
    const tenant = syndic.tenant;
    const nth = (list: string[], n: number) => list[n % Math.max(list.length, 1)];
    try {
      switch (o.kind) {
        case 'call': {
          const call = await service(CallsService).issue(tenant, {
            buildingId: b.buildingId,
            fundId: o.reserve ? b.reserveId : b.workingId,
            title: 'Provisions',
            amountCents: o.amountCents,
            callDate: o.day,
            dueDate: '2025-12-31',
          });
          made.calls.push(call.id);
          break;
        }
        case 'cancelCall': {
          const id = nth(made.calls, o.pick);
          if (id) await service(CallsService).cancel(tenant, id);
          break;
        }
        case 'payment':
          await service(PaymentsService).record(tenant, {
            buildingId: b.buildingId,
            amountCents: o.amountCents,
            paidOn: o.day,
            ownerId: b.owners[o.owner],
          });
          break;
        case 'expense': {
          const expense = await service(ExpensesService).create(tenant, {
            buildingId: b.buildingId,
            category: 'maintenance',
            description: 'Entretien',
            amountCents: o.amountCents,
            expenseDate: o.day,
          });
          made.expenses.push(expense.id);
          break;
        }
        case 'payExpense': {
          const id = nth(made.expenses, o.pick);
          if (id) await service(ExpensesService).markPaid(tenant, id, {});
          break;
        }
        case 'cancelExpense': {
          const id = nth(made.expenses, o.pick);
          if (id) await service(ExpensesService).cancel(tenant, id);
          break;
        }
        case 'manual': {
          const entry = await service(JournalService).post(tenant, b.buildingId, {
            date: o.day,
            journal: 'misc',
            reference: 'Frais bancaires',
            lines: [
              { accountCode: '65', debitCents: o.amountCents },
              { accountCode: '550', creditCents: o.amountCents },
            ],
          });
          made.manual.push(entry.id);
          break;
        }
        case 'reverse': {
          const id = nth(made.manual, o.pick);
          if (id) await service(JournalService).reverse(tenant, b.buildingId, id, { date: '2025-07-01' });
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'conflict') throw error;
    }
  }

  it('keeps every entry balanced, the trial balance at zero and 410 equal to each owner ledger', async () => {
    const accountsSeen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 16, size: 'max' }), async (ops) => {
        const b = await aBuilding();
        const made = { calls: [], expenses: [], manual: [] };
        for (const o of ops) await run(b, o, made);

        const org = syndic.organizationId;
        const unbalanced = await db.reader(org).rows(
          sql`SELECT j.id FROM journal_entries j JOIN journal_lines l ON l.entry_id = j.id
            WHERE j.organization_id = ${org} AND j.building_id = ${b.buildingId}
            GROUP BY j.id HAVING sum(l.debit_cents) <> sum(l.credit_cents)`,
        );
        expect(unbalanced).toEqual([]);

        const trial = await service(JournalService).trialBalance(syndic.tenant, b.buildingId, { asOf: '2025-12-31' });
        expect(trial.totals.debitCents).toBe(trial.totals.creditCents);
        trial.accounts.forEach((a) => accountsSeen.add(a.accountCode));
        expect(trial.accounts.reduce((sum, a) => sum + a.balanceCents, 0)).toBe(0);

        const on410 = await db.reader(org).rows<{ owner_id: string; balance: string }>(
          sql`SELECT l.owner_id, sum(l.debit_cents - l.credit_cents) AS balance
            FROM journal_entries j JOIN journal_lines l ON l.entry_id = j.id
            WHERE j.organization_id = ${org} AND j.building_id = ${b.buildingId} AND l.account_code = '410'
            GROUP BY l.owner_id`,
        );
        const byOwner = new Map(on410.map((r) => [r.owner_id, Number(r.balance)]));
        let ledgers = 0;
        for (const ownerId of b.owners) {
          const ledger = await service(LedgersService).ledger(syndic.tenant, ownerId, { buildingId: b.buildingId });
          expect(byOwner.get(ownerId) ?? 0).toBe(ledger.closingBalanceCents);
          ledgers += ledger.closingBalanceCents;
        }
        expect(trial.accounts.find((a) => a.accountCode === '410')?.balanceCents ?? 0).toBe(ledgers);
      }),
      { numRuns: 20, examples: [[everyPosting]] },
    );
    // The runs went through every kind of posting, not only through refusals (the example alone does, whatever the
    // random runs draw).
    expect([...accountsSeen].sort()).toEqual(
      expect.arrayContaining(['160', '410', '440', '550', '551', '610000', '65', '70']),
    );
  });
});
