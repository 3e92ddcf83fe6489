import { defineFeature, loadFeature } from 'jest-cucumber';
import { join } from 'node:path';
import { CallsService, type CallView, FundsService, LedgersService, PaymentsService } from '../../src/modules/funds';
import type { TenantContext } from '../../src/shared/domain';
import { aCreateBuildingRequest, aCreateUnitRequest, anOwner } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const feature = loadFeature(join(__dirname, 'payments.feature'));

/** "140.63" → 14063: money is never a float, not even in a test. */
function cents(text: string): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`Write amounts as 123.45, not ${text}`);
  return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
}

type Row = Record<string, string>;
type Step = (pattern: RegExp, fn: (...args: never[]) => unknown) => void;
type Payment = Awaited<ReturnType<PaymentsService['record']>>;

defineFeature(feature, (test) => {
  let api: TestApp;
  let syndic: TenantSession;
  let tenant: TenantContext;
  let buildingId: string;
  let fundId: string;
  let owners: Map<string, string>;
  let calls: CallView[];
  let payment: Payment | undefined;
  let refusal: { code?: string } | undefined;

  const service = <T>(type: new (...args: never[]) => T) => api.app.get(type);
  const ownerNamed = (name: string) => owners.get(name)!;
  const callOf = (date: string) => calls.find((c) => c.callDate === date)!;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    syndic = await TenantSession.forNewOrganization(api.app);
    tenant = syndic.tenant;
    [owners, calls, payment, refusal] = [new Map(), [], undefined, undefined];
  });

  const background = (given: Step, and: Step) => {
    given(
      /^a building with a total quota of (\d+) and these units, each owned by one owner since (\S+):$/,
      async (totalQuota: string, since: string, rows: Row[]) => {
        const body = aCreateBuildingRequest({ totalQuota: Number(totalQuota), totalUnits: rows.length });
        buildingId = (await syndic.post('/buildings', body)).id;
        for (const row of rows) {
          const unit = await syndic.post(
            '/units',
            aCreateUnitRequest(buildingId, { unitNumber: row.unit!, quota: Number(row.quota) }),
          );
          const ownerId = await anOwner(syndic, { lastName: row.owner! });
          owners.set(row.owner!, ownerId);
          await syndic.post(`/units/${unit.id}/owners`, { ownerId, share: '100', startDate: since });
        }
      },
    );
    and(/^a working-capital fund on the account (.+)$/, async (iban: string) => {
      fundId = (await service(FundsService).open(tenant, buildingId, { kind: 'working_capital', name: 'FR', iban })).id;
    });
  };

  const issue = async (amount: string, callDate: string, dueDate: string) => {
    calls.push(
      await service(CallsService).issue(tenant, {
        buildingId,
        fundId,
        title: `Provisions ${callDate}`,
        amountCents: cents(amount),
        callDate,
        dueDate,
      }),
    );
  };
  const CALLS = /^the syndic calls? (\S+) EUR on (\S+), due on (\S+)$/;
  const CALLED = /^the syndic called (\S+) EUR on (\S+), due on (\S+)$/;

  const pays = (step: Step) => {
    step(
      /^(\w+) pays (\S+) EUR on (\S+) with the communication of the call of (\S+)$/,
      async (name: string, amount: string, paidOn: string, callDate: string) => {
        const item = callOf(callDate).items.find((i) => i.ownerId === ownerNamed(name))!;
        payment = await service(PaymentsService).record(tenant, {
          buildingId,
          amountCents: cents(amount),
          paidOn,
          ogm: item.ogm,
        });
      },
    );
  };

  const paymentGoes = (then: Step) =>
    then(/^the payment goes:$/, (rows: Row[]) => {
      const itemIds = new Map(calls.flatMap((c) => c.items.map((i) => [i.id, c.callDate] as const)));
      expect(payment!.allocations.map((a) => ({ call: itemIds.get(a.callItemId), amount: a.amountCents }))).toEqual(
        rows.map((r) => ({ call: r.call, amount: cents(r.amount!) })),
      );
    });
  const credit = (and: Step) =>
    and(/^(\S+) EUR stay as a credit$/, (amount: string) => {
      expect(payment!.unallocatedCents).toBe(cents(amount));
    });

  test('a call is split to the cent with one structured communication per owner', ({ given, and, when, then }) => {
    background(given, and);
    when(CALLS, issue);
    then(/^the owners owe:$/, (rows: Row[]) => {
      const call = calls[0]!;
      for (const row of rows) {
        expect(call.items.find((i) => i.ownerId === ownerNamed(row.owner!))!.amountCents).toBe(cents(row.amount!));
      }
      expect(call.items.reduce((sum, i) => sum + i.amountCents, 0)).toBe(call.amountCents);
    });
    and('each owner has its own structured communication', () => {
      expect(new Set(calls[0]!.items.map((i) => i.ogm)).size).toBe(owners.size);
    });
  });

  test('a payment goes to the call its communication names, then to the oldest due calls, the rest as a credit', ({
    given,
    and,
    when,
    then,
  }) => {
    background(given, and);
    given(CALLED, issue);
    and(CALLED, issue);
    pays(when);
    paymentGoes(then);
    credit(and);
    and(/^the ledger of (\w+) shows a balance of (\S+) EUR$/, async (name: string, amount: string) => {
      const ledger = await service(LedgersService).ledger(tenant, ownerNamed(name), { buildingId, to: '2026-12-31' });
      expect(ledger.closingBalanceCents).toBe(cents(amount));
    });
  });

  test("a payment without a communication pays the owner's oldest due call first", ({ given, and, when, then }) => {
    background(given, and);
    given(CALLED, issue);
    and(CALLED, issue);
    when(
      /^(\w+) pays (\S+) EUR on (\S+) without a communication$/,
      async (name: string, amount: string, paidOn: string) => {
        payment = await service(PaymentsService).record(tenant, {
          buildingId,
          amountCents: cents(amount),
          paidOn,
          ownerId: ownerNamed(name),
        });
      },
    );
    paymentGoes(then);
    credit(and);
  });

  test('an unknown communication without an owner is refused', ({ given, and, when, then }) => {
    background(given, and);
    given(CALLED, issue);
    when(
      /^a payment of (\S+) EUR arrives on (\S+) with the communication (\S+)$/,
      async (amount: string, paidOn: string, ogm: string) => {
        refusal = await service(PaymentsService)
          .record(tenant, { buildingId, amountCents: cents(amount), paidOn, ogm })
          .then(
            () => undefined,
            (error: { code?: string }) => error,
          );
      },
    );
    then(/^it is refused as (\w+)$/, (code: string) => {
      expect(refusal?.code).toBe(code);
    });
    and('no payment is recorded', async () => {
      const page = await service(PaymentsService).list(tenant, { page: 1, perPage: 10, buildingId });
      expect(page.totalItems).toBe(0);
    });
  });

  test('arrears count the days late from the due date', ({ given, and, when, then }) => {
    background(given, and);
    given(CALLED, issue);
    pays(when);
    pays(and);
    then(/^on (\S+) nobody is in arrears$/, async (asOf: string) => {
      expect((await service(LedgersService).arrears(tenant, buildingId, asOf)).owners).toEqual([]);
    });
    and(/^on (\S+) the arrears are:$/, async (asOf: string, rows: Row[]) => {
      const arrears = await service(LedgersService).arrears(tenant, buildingId, asOf);
      const names = new Map([...owners].map(([name, id]) => [id, name]));
      expect(
        arrears.owners
          .map((o) => ({
            owner: names.get(o.ownerId),
            overdue: o.overdueCents,
            oldest: o.oldestDueDate,
            days: o.daysLate,
          }))
          .sort((x, y) => x.owner!.localeCompare(y.owner!)),
      ).toEqual(
        rows.map((r) => ({
          owner: r.owner,
          overdue: cents(r.overdue!),
          oldest: r['oldest due'],
          days: Number(r['days late']),
        })),
      );
    });
  });
});
