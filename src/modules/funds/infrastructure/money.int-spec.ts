import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { aBuildingWithUnits, anOwner } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { PeriodClosed } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { CallsService } from '../application/calls.service';
import { FundsService } from '../application/funds.service';
import { LedgersService } from '../application/ledgers.service';
import { PaymentsService } from '../application/payments.service';

/**
 * The guarantees of the money tables in the database: concurrent payments of one item, a cancellation racing a
 * payment (row locks on the items, in id order), and the closed-books guard on calls and payments.
 */
describe('calls and payments in the database', () => {
  let api: TestApp;
  let db: TenantDatabase;
  let syndic: TenantSession;
  let org: string;
  let calls: CallsService;
  let payments: PaymentsService;
  let buildingId: string;
  let ownerId: string;
  let fundId: string;

  const aCall = (amountCents = 10_000, callDate = '2026-04-01', dueDate = '2026-04-30') =>
    calls.issue(syndic.tenant, {
      buildingId,
      fundId,
      title: `Appel ${randomUUID().slice(0, 4)}`,
      amountCents,
      callDate,
      dueDate,
    });
  const pay = (amountCents: number, ogm: string | null) =>
    payments.record(syndic.tenant, {
      buildingId,
      amountCents,
      paidOn: '2026-04-10',
      ogm,
      ownerId: ogm ? null : ownerId,
    });
  const paidOf = async (itemId: string) =>
    Number(
      (
        await db
          .reader(org)
          .rows<{ s: string | null }>(
            sql`SELECT sum(amount_cents) AS s FROM payment_allocations WHERE call_item_id = ${itemId}`,
          )
      )[0]?.s ?? 0,
    );
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    calls = api.app.get(CallsService);
    payments = api.app.get(PaymentsService);
    syndic = await TenantSession.forNewOrganization(api.app);
    org = syndic.organizationId;
    const b = await aBuildingWithUnits(syndic, [1000]);
    buildingId = b.buildingId;
    ownerId = await anOwner(syndic);
    await syndic.post(`/units/${b.unitIds[0]}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
    fundId = (
      await api.app
        .get(FundsService)
        .open(syndic.tenant, buildingId, { kind: 'working_capital', name: 'FR', iban: 'BE68539007547034' })
    ).id;
  });
  afterAll(() => api.close());

  it('two payments of the same item at once: the item takes exactly its amount, the other becomes a credit', async () => {
    for (let round = 0; round < 4; round++) {
      const call = await aCall(10_000);
      const item = call.items[0]!;
      const results = await Promise.all([pay(10_000, item.ogm), pay(10_000, item.ogm)]);
      expect(await paidOf(item.id)).toBe(10_000);
      expect(results.map((p) => p.unallocatedCents).sort((x, y) => x - y)).toEqual([0, 10_000]);
    }
  });

  it('a cancellation waiting for a payment that holds the items is refused once the payment commits', async () => {
    const call = await aCall();
    const item = call.items[0]!;
    let cancel: Promise<unknown> | undefined;
    await db.transaction(org, async (tx) => {
      // A payment in progress, as the repository makes it: the owner's items locked in id order, then its rows.
      await tx.rows(
        sql`SELECT id FROM call_items WHERE owner_id = ${ownerId} AND building_id = ${buildingId} ORDER BY id FOR UPDATE`,
      );
      const paymentId = randomUUID();
      await tx.execute(
        sql`INSERT INTO payments (id, organization_id, building_id, owner_id, amount_cents, paid_on, unallocated_cents, recorded_by)
            VALUES (${paymentId}, ${org}, ${buildingId}, ${ownerId}, 100, '2026-04-10', 0, ${syndic.userId})`,
      );
      await tx.execute(
        sql`INSERT INTO payment_allocations (organization_id, payment_id, call_item_id, amount_cents, paid_on)
            VALUES (${org}, ${paymentId}, ${item.id}, 100, '2026-04-10')`,
      );
      cancel = calls.cancel(syndic.tenant, call.id).then(
        () => 'cancelled',
        (error: { code?: string }) => error.code,
      );
      await sleep(300);
    });
    await expect(cancel).resolves.toBe('CALL_HAS_PAYMENTS');
    expect((await calls.get(syndic.tenant, call.id)).status).not.toBe('cancelled');
  });

  it('a payment waiting for a cancellation that holds the items allocates nothing to the cancelled call', async () => {
    const call = await aCall();
    const item = call.items[0]!;
    let payment: ReturnType<typeof pay> | undefined;
    await db.transaction(org, async (tx) => {
      await tx.rows(sql`SELECT id FROM call_items WHERE call_id = ${call.id} ORDER BY id FOR UPDATE`);
      await tx.execute(sql`UPDATE calls SET cancelled_at = now() WHERE id = ${call.id}`);
      payment = pay(item.amountCents, item.ogm);
      await sleep(300);
    });
    const recorded = await payment!;
    expect(recorded.allocations.some((a) => a.callItemId === item.id)).toBe(false);
    expect(await paidOf(item.id)).toBe(0);
    expect((await calls.get(syndic.tenant, call.id)).status).toBe('cancelled');
  });

  it('the database refuses calls, cancellations and payments dated in closed books, whoever writes them', async () => {
    const call = await aCall(1_000, '2026-05-02', '2026-05-31');
    await db.writeOnce(
      org,
      sql`INSERT INTO building_closings (id, organization_id, building_id, until, closed_by)
          VALUES (${randomUUID()}, ${org}, ${buildingId}, '2026-05-31', ${syndic.userId})`,
    );
    await expect(
      db.writeOnce(org, sql`UPDATE calls SET cancelled_at = now() WHERE id = ${call.id}`),
    ).rejects.toBeInstanceOf(PeriodClosed);
    await expect(
      db.writeOnce(
        org,
        sql`INSERT INTO payments (id, organization_id, building_id, owner_id, amount_cents, paid_on, unallocated_cents, recorded_by)
            VALUES (${randomUUID()}, ${org}, ${buildingId}, ${ownerId}, 100, '2026-05-31', 100, ${syndic.userId})`,
      ),
    ).rejects.toBeInstanceOf(PeriodClosed);
    await expect(
      db.writeOnce(
        org,
        sql`INSERT INTO calls (id, organization_id, building_id, fund_id, title, amount_cents, call_date, due_date)
            VALUES (${randomUUID()}, ${org}, ${buildingId}, ${fundId}, 'x', 100, '2026-05-15', '2026-06-15')`,
      ),
    ).rejects.toBeInstanceOf(PeriodClosed);
    await expect(
      db.writeOnce(
        org,
        sql`INSERT INTO payments (id, organization_id, building_id, owner_id, amount_cents, paid_on, unallocated_cents, recorded_by)
            VALUES (${randomUUID()}, ${org}, ${buildingId}, ${ownerId}, 100, '2026-06-01', 100, ${syndic.userId})`,
      ),
    ).resolves.toEqual([]);
  });

  it('property: a ledger’s balance is its calls minus its payments, at every line and per fund', async () => {
    const ledgers = api.app.get(LedgersService);
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2027-0${1 + (d % 9)}-${String(d).padStart(2, '0')}`);
    const aCallOf = fc.record({ amountCents: fc.integer({ min: 1, max: 200_000 }), callDate: day });
    const aPayment = fc.record({
      amountCents: fc.integer({ min: 1, max: 150_000 }),
      paidOn: day,
      byOgm: fc.boolean(),
      mine: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(aCallOf, { minLength: 1, maxLength: 4 }),
        fc.array(aPayment, { maxLength: 5 }),
        fc.option(day, { nil: undefined }),
        async (drawnCalls, drawnPayments, from) => {
          const b = await aBuildingWithUnits(syndic, [300, 700]);
          const other = await anOwner(syndic);
          await syndic.post(`/units/${b.unitIds[0]}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
          await syndic.post(`/units/${b.unitIds[1]}/owners`, { ownerId: other, share: '100', startDate: '2020-01-01' });
          const fund = await api.app
            .get(FundsService)
            .open(syndic.tenant, b.buildingId, { kind: 'working_capital', name: 'FR', iban: 'BE68539007547034' });
          const issued = [];
          for (const c of drawnCalls) {
            issued.push(
              await calls.issue(syndic.tenant, {
                buildingId: b.buildingId,
                fundId: fund.id,
                title: 'Provisions',
                amountCents: c.amountCents,
                callDate: c.callDate,
                dueDate: c.callDate,
              }),
            );
          }
          let paidByMe = 0;
          for (const p of drawnPayments) {
            const who = p.mine ? ownerId : other;
            // A call of a few cents gives an owner whose share rounds to 0 no item (and no OGM): it pays by name then.
            const item = issued.flatMap((c) => c.items).find((i) => i.ownerId === who);
            const byOgm = p.byOgm && item !== undefined;
            await payments.record(syndic.tenant, {
              buildingId: b.buildingId,
              amountCents: p.amountCents,
              paidOn: p.paidOn,
              ogm: byOgm ? item.ogm : null,
              ownerId: byOgm ? null : who,
            });
            if (p.mine) paidByMe += p.amountCents;
          }
          const calledOfMe = issued.flatMap((c) => c.items).filter((i) => i.ownerId === ownerId);
          const ledger = await ledgers.ledger(syndic.tenant, ownerId, {
            buildingId: b.buildingId,
            from,
            to: '2027-12-31',
          });
          const called = calledOfMe.reduce((sum, i) => sum + i.amountCents, 0);
          expect(ledger.closingBalanceCents).toBe(called - paidByMe);
          expect(ledger.balances.reduce((sum, x) => sum + x.balanceCents, 0)).toBe(ledger.closingBalanceCents);
          let running = ledger.openingBalanceCents;
          for (const line of ledger.lines) {
            running += line.debitCents - line.creditCents;
            expect(line.balanceCents).toBe(running);
            if (from) expect(line.date >= from).toBe(true);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
