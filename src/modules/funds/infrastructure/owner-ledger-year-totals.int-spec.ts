import fc from 'fast-check';
import { aBuildingWithUnits, anOwner } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { CallsService } from '../application/calls.service';
import { FundsService } from '../application/funds.service';
import { LedgersService } from '../application/ledgers.service';
import { PaymentsService } from '../application/payments.service';

type Action =
  | { kind: 'call'; fund: 0 | 1; amountCents: number; date: string }
  | { kind: 'pay'; owner: 0 | 1; amountCents: number; date: string; byOgm: boolean }
  | { kind: 'cancel'; call: number; direct: boolean }
  | { kind: 'restore'; call: number };

const day = fc
  .record({ year: fc.integer({ min: 2023, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), d: fc.nat(27) })
  .map(({ year, month, d }) => `${year}-${String(month).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('call' as const),
      fund: fc.constantFrom(0 as const, 1 as const),
      amountCents: fc.integer({ min: 100, max: 500_000 }),
      date: day,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      owner: fc.constantFrom(0 as const, 1 as const),
      amountCents: fc.integer({ min: 1, max: 300_000 }),
      date: day,
      byOgm: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), call: fc.nat(), direct: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), call: fc.nat() }) },
);
const period = fc.record({ from: fc.option(day, { nil: undefined }), to: day });

interface Item {
  id: string;
  owner_id: string;
  fund_id: string;
  call_date: string;
  amount: number;
  cancelled: boolean;
}
interface Paid {
  id: string;
  owner_id: string;
  paid_on: string;
  amount: number;
}
interface Allocation {
  call_item_id: string;
  paid_on: string;
  amount: number;
}

/**
 * The owners' yearly totals (kept by triggers in the transactions that issue and cancel calls and record payments)
 * equal the aggregation of the money rows themselves, whatever was issued, paid, cancelled or restored, over several
 * years; and a ledger read through them equals the one computed here from those rows, for any period.
 */
describe('the owners’ yearly ledger totals', () => {
  let api: TestApp;
  let db: TenantDatabase;
  let syndic: TenantSession;
  let org: string;

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    syndic = await TenantSession.forNewOrganization(api.app);
    org = syndic.organizationId;
  });
  afterAll(() => api.close());

  async function aBuildingWithMoney() {
    const b = await aBuildingWithUnits(syndic, [400, 600]);
    const owners = [await anOwner(syndic), await anOwner(syndic)] as const;
    for (const [i, ownerId] of owners.entries())
      await syndic.post(`/units/${b.unitIds[i]}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
    const funds = api.app.get(FundsService);
    const fundIds = [
      (await funds.open(syndic.tenant, b.buildingId, { kind: 'working_capital', name: 'FR', iban: 'BE68539007547034' }))
        .id,
      (await funds.open(syndic.tenant, b.buildingId, { kind: 'reserve', name: 'FRes', iban: 'BE71096123456769' })).id,
    ] as const;
    return { buildingId: b.buildingId, owners, fundIds };
  }

  async function play(building: Awaited<ReturnType<typeof aBuildingWithMoney>>, actions: readonly Action[]) {
    const calls = api.app.get(CallsService);
    const payments = api.app.get(PaymentsService);
    const issued: Array<{ id: string; items: ReadonlyArray<{ ownerId: string; ogm: string }> }> = [];
    for (const a of actions) {
      if (a.kind === 'call') {
        issued.push(
          await calls.issue(syndic.tenant, {
            buildingId: building.buildingId,
            fundId: building.fundIds[a.fund],
            title: 'Provisions',
            amountCents: a.amountCents,
            callDate: a.date,
            dueDate: a.date,
          }),
        );
      } else if (a.kind === 'pay') {
        const ownerId = building.owners[a.owner];
        const item = issued.flatMap((c) => c.items).find((i) => i.ownerId === ownerId);
        const byOgm = a.byOgm && item !== undefined;
        await payments.record(syndic.tenant, {
          buildingId: building.buildingId,
          amountCents: a.amountCents,
          paidOn: a.date,
          ogm: byOgm ? item.ogm : null,
          ownerId: byOgm ? null : ownerId,
        });
      } else if (issued.length) {
        const callId = issued[a.call % issued.length]!.id;
        if (a.kind === 'cancel' && !a.direct) {
          await calls.cancel(syndic.tenant, callId).catch((error: { code?: string }) => {
            if (error.code !== 'CALL_HAS_PAYMENTS' && error.code !== 'CALL_CANCELLED') throw error;
          });
        } else {
          // What the application never does (cancel a call that has payments, undo a cancellation) the totals follow.
          const cancelledAt = a.kind === 'cancel' ? new Date() : null;
          await db.writeOnce(org, sql`UPDATE calls SET cancelled_at = ${cancelledAt} WHERE id = ${callId}`);
        }
      }
    }
  }

  const money = async (buildingId: string) => {
    const reader = db.reader(org);
    const [items, paid, allocations] = await Promise.all([
      reader.rows<Item>(
        sql`SELECT i.id, i.owner_id, i.fund_id, i.call_date::text AS call_date, i.amount_cents::int AS amount,
                   c.cancelled_at IS NOT NULL AS cancelled
              FROM call_items i JOIN calls c ON c.id = i.call_id WHERE i.building_id = ${buildingId}`,
      ),
      reader.rows<Paid>(
        sql`SELECT id, owner_id, paid_on::text AS paid_on, amount_cents::int AS amount FROM payments
             WHERE building_id = ${buildingId}`,
      ),
      reader.rows<Allocation>(
        sql`SELECT a.call_item_id, a.paid_on::text AS paid_on, a.amount_cents::int AS amount
              FROM payment_allocations a JOIN call_items i ON i.id = a.call_item_id WHERE i.building_id = ${buildingId}`,
      ),
    ]);
    return { items, paid, allocations };
  };

  const kept = (buildingId: string) =>
    db.reader(org).rows(
      sql`SELECT owner_id, year::text AS year, fund_id, called_cents::int AS called, allocated_cents::int AS allocated
            FROM owner_fund_year_totals WHERE building_id = ${buildingId} AND (called_cents <> 0 OR allocated_cents <> 0)
          UNION ALL
          SELECT owner_id, year::text, NULL, paid_cents::int, NULL FROM owner_payment_year_totals
           WHERE building_id = ${buildingId}
          ORDER BY 1, 2, 3`,
    );
  const derived = (buildingId: string) =>
    db.reader(org).rows(
      sql`SELECT owner_id, year, fund_id, called, allocated FROM (
            SELECT i.owner_id, date_trunc('year', x.day)::date::text AS year, i.fund_id,
                   sum(x.called)::int AS called, sum(x.allocated)::int AS allocated
              FROM call_items i JOIN calls c ON c.id = i.call_id AND c.cancelled_at IS NULL
              CROSS JOIN LATERAL (SELECT i.call_date AS day, i.amount_cents AS called, 0 AS allocated
                                  UNION ALL
                                  SELECT greatest(a.paid_on, i.call_date), 0, a.amount_cents
                                    FROM payment_allocations a WHERE a.call_item_id = i.id) x
             WHERE i.building_id = ${buildingId}
             GROUP BY 1, 2, 3
            UNION ALL
            SELECT owner_id, date_trunc('year', paid_on)::date::text, NULL, sum(amount_cents)::int, NULL FROM payments
             WHERE building_id = ${buildingId} GROUP BY 1, 2) d
          ORDER BY 1, 2, 3`,
    );

  it('equal what was called, allocated and paid, by owner, year and fund, and the ledger read through them is exact', async () => {
    const ledgers = api.app.get(LedgersService);
    await fc.assert(
      fc.asyncProperty(
        fc.array(action, { minLength: 1, maxLength: 12 }),
        fc.array(period, { minLength: 1, maxLength: 3 }),
        async (actions, periods) => {
          const building = await aBuildingWithMoney();
          await play(building, actions);
          expect(await kept(building.buildingId)).toEqual(await derived(building.buildingId));

          const rows = await money(building.buildingId);
          for (const p of periods) {
            const to = p.to;
            const from = p.from;
            for (const ownerId of building.owners) {
              const ledger = await ledgers.ledger(syndic.tenant, ownerId, {
                buildingId: building.buildingId,
                from,
                to,
              });
              expect({
                openingBalanceCents: ledger.openingBalanceCents,
                closingBalanceCents: ledger.closingBalanceCents,
                balances: ledger.balances,
                lines: ledger.lines.map((l) => l.id).sort(),
              }).toEqual(expectedLedger(rows, ownerId, from, to));
              let running = ledger.openingBalanceCents;
              for (const [n, line] of ledger.lines.entries()) {
                running += line.debitCents - line.creditCents;
                expect(line.balanceCents).toBe(running);
                if (n > 0) expect(line.date >= ledger.lines[n - 1]!.date).toBe(true);
              }
            }
          }
        },
      ),
      {
        numRuns: 15,
        // Calls and payments over three years, one paid call cancelled and restored, periods within, across and
        // before the years: every path of the totals and of the read, whatever the random runs draw.
        examples: [
          [
            [
              { kind: 'call', fund: 0, amountCents: 100_000, date: '2023-03-01' },
              { kind: 'call', fund: 1, amountCents: 50_000, date: '2024-11-15' },
              { kind: 'pay', owner: 0, amountCents: 30_000, date: '2023-12-20', byOgm: false },
              { kind: 'pay', owner: 0, amountCents: 80_000, date: '2025-01-10', byOgm: false },
              { kind: 'cancel', call: 1, direct: true },
              { kind: 'call', fund: 0, amountCents: 20_000, date: '2025-06-01' },
              { kind: 'restore', call: 1 },
              { kind: 'cancel', call: 2, direct: false },
              { kind: 'pay', owner: 1, amountCents: 10_000, date: '2022-12-31', byOgm: false },
            ],
            [
              { from: '2025-01-01', to: '2025-12-31' },
              { from: '2024-06-15', to: '2025-03-01' },
              { from: '2026-03-01', to: '2025-12-31' },
              { from: undefined, to: '2024-12-31' },
            ],
          ],
        ],
      },
    );
  });

  it('rest on money rows that never change: the application may neither change nor remove a payment, an allocation, an item or a call', async () => {
    const building = await aBuildingWithMoney();
    await play(building, [
      { kind: 'call', fund: 0, amountCents: 10_000, date: '2026-01-05' },
      { kind: 'pay', owner: 0, amountCents: 4_000, date: '2026-01-20', byOgm: false },
    ]);
    const attempts = [
      sql`DELETE FROM payments WHERE building_id = ${building.buildingId}`,
      sql`UPDATE payments SET amount_cents = 1 WHERE building_id = ${building.buildingId}`,
      sql`DELETE FROM payment_allocations WHERE organization_id = ${org}`,
      sql`UPDATE payment_allocations SET amount_cents = 1 WHERE organization_id = ${org}`,
      sql`DELETE FROM call_items WHERE building_id = ${building.buildingId}`,
      sql`DELETE FROM calls WHERE building_id = ${building.buildingId}`,
    ];
    for (const attempt of attempts) {
      await expect(db.writeOnce(org, attempt)).rejects.toMatchObject({ code: '42501' });
    }
    // Items stay lockable (payments lock them FOR UPDATE) but no column of theirs changes.
    await expect(
      db.writeOnce(org, sql`UPDATE call_items SET amount_cents = 1 WHERE building_id = ${building.buildingId}`),
    ).rejects.toMatchObject({ code: '55000' });
    expect(await kept(building.buildingId)).toEqual(await derived(building.buildingId));
  });
});

/** The ledger computed from the money rows: opening and closing balances, balances per fund, the period's lines. */
function expectedLedger(
  rows: { items: Item[]; paid: Paid[]; allocations: Allocation[] },
  ownerId: string,
  from: string | undefined,
  to: string,
) {
  const items = rows.items.filter((i) => i.owner_id === ownerId && !i.cancelled && i.call_date <= to);
  const paid = rows.paid.filter((p) => p.owner_id === ownerId && p.paid_on <= to);
  const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
  const opening = from
    ? sum(items.filter((i) => i.call_date < from).map((i) => i.amount)) -
      sum(paid.filter((p) => p.paid_on < from).map((p) => p.amount))
    : 0;
  const closing = sum(items.map((i) => i.amount)) - sum(paid.map((p) => p.amount));
  const allocated = new Map<string, number>();
  for (const a of rows.allocations) {
    const item = items.find((i) => i.id === a.call_item_id);
    if (item && a.paid_on <= to) allocated.set(item.fund_id, (allocated.get(item.fund_id) ?? 0) + a.amount);
  }
  const funds = [...new Set(items.map((i) => i.fund_id))].sort();
  const balances: Array<{ fundId: string | null; balanceCents: number }> = funds.map((fundId) => ({
    fundId,
    balanceCents: sum(items.filter((i) => i.fund_id === fundId).map((i) => i.amount)) - (allocated.get(fundId) ?? 0),
  }));
  const credit = sum([...allocated.values()]) - sum(paid.map((p) => p.amount));
  const inPeriod = (date: string) => !from || date >= from;
  return {
    openingBalanceCents: opening,
    closingBalanceCents: closing,
    balances: credit === 0 ? balances : [...balances, { fundId: null, balanceCents: credit }],
    lines: [
      ...items.filter((i) => inPeriod(i.call_date)).map((i) => i.id),
      ...paid.filter((p) => inPeriod(p.paid_on)).map((p) => p.id),
    ].sort(),
  };
}
