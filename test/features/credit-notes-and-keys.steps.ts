import { defineFeature, loadFeature } from 'jest-cucumber';
import { join } from 'node:path';
import {
  ChargesService,
  DistributionKeysService,
  ExpensesService,
  type ExpenseDistribution,
} from '../../src/modules/expenses';
import type { TenantContext } from '../../src/shared/domain';
import { aCreateBuildingRequest, aCreateUnitRequest, anOwner } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const feature = loadFeature(join(__dirname, 'credit-notes-and-keys.feature'));

/** "-100.01" → -10001: money is never a float, not even in a test. */
function cents(text: string): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`Write amounts as 123.45, not ${text}`);
  return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
}

type Row = Record<string, string>;
type Step = (pattern: RegExp, fn: (...args: never[]) => unknown) => void;

defineFeature(feature, (test) => {
  let api: TestApp;
  let syndic: TenantSession;
  let tenant: TenantContext;
  let buildingId: string;
  let units: Map<string, string>;
  let owners: Map<string, string>;
  let keys: Map<string, string>;
  let distributions: ExpenseDistribution[];
  let refusal: unknown;
  let lastExpenseId: string;

  const expenses = () => api.app.get(ExpensesService);
  const charges = () => api.app.get(ChargesService);

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    // Registry data comes in through its own API; the steps under test call the expenses services directly.
    syndic = await TenantSession.forNewOrganization(api.app);
    tenant = syndic.tenant;
    [units, owners, keys, distributions, refusal] = [new Map(), new Map(), new Map(), [], undefined];
  });

  const background = (given: Step) =>
    given(
      /^a building with a total quota of (\d+) and these units, each owned by one owner since (\S+):$/,
      async (totalQuota: string, since: string, rows: Row[]) => {
        const body = aCreateBuildingRequest({ totalQuota: Number(totalQuota), totalUnits: rows.length });
        buildingId = (await syndic.post('/buildings', body)).id;
        for (const row of rows) {
          const unit = await syndic.post(
            '/units',
            aCreateUnitRequest(buildingId, {
              unitNumber: row.unit!,
              floor: Number(row.floor),
              quota: Number(row.quota),
            }),
          );
          units.set(row.unit!, unit.id);
          const ownerId = await anOwner(syndic);
          owners.set(row.unit!, ownerId);
          await syndic.post(`/units/${unit.id}/owners`, { ownerId, share: '100', startDate: since });
        }
      },
    );

  const record = async (amount: number, expenseDate: string, keyName?: string) => {
    const expense = await expenses().create(tenant, {
      buildingId,
      category: 'utilities',
      description: amount < 0 ? 'Note de crédit' : 'Facture',
      amountCents: amount,
      expenseDate,
      keyId: keyName ? keys.get(keyName)! : null,
    });
    lastExpenseId = expense.id;
    return expense;
  };

  const whenDistributed = (when: Step) =>
    when(
      /^an expense of (\S+) EUR dated (\S+)(?: split by the key "(.+)")? is distributed$/,
      async (amount: string, date: string, key?: string) => {
        const expense = await record(cents(amount), date, key);
        await charges()
          .distribution(tenant, expense.id)
          .then((d) => distributions.push(d))
          .catch((error: unknown) => (refusal = error));
      },
    );

  const givenKey = (given: Step) =>
    given(/^the key "(.+)" with these weights:$/, async (name: string, rows: Row[]) => {
      const weights = rows.map((row) => ({ unitId: units.get(row.unit!)!, weight: Number(row.weight) }));
      keys.set(name, (await api.app.get(DistributionKeysService).create(tenant, buildingId, { name, weights })).id);
    });

  const unitsPay = (then: Step, pattern: RegExp) =>
    then(pattern, (rows: Row[]) => {
      const last = distributions[distributions.length - 1]!;
      expect(last.units.map((u) => [u.unitNumber, u.amountCents])).toEqual(rows.map((r) => [r.unit, cents(r.amount!)]));
      expect(last.units.reduce((sum, u) => sum + u.amountCents, 0)).toBe(last.amountCents);
    });

  test('a credit note is the exact mirror of the invoice', ({ given, when, and, then }) => {
    background(given);
    whenDistributed(when);
    whenDistributed(and);
    then('the last two distributions are the negation of each other', () => {
      const [invoice, credit] = distributions.slice(-2) as [ExpenseDistribution, ExpenseDistribution];
      const mirror = (n: number) => (n === 0 ? 0 : -n);
      expect(credit.units.map((u) => [u.amountCents, u.owners.map((o) => o.amountCents)])).toEqual(
        invoice.units.map((u) => [mirror(u.amountCents), u.owners.map((o) => mirror(o.amountCents))]),
      );
    });
    unitsPay(and, /^the units get back:$/);
  });

  test('the lift is charged to the upper floors only', ({ given, when, then }) => {
    background(given);
    givenKey(given);
    whenDistributed(when);
    unitsPay(then, /^the units pay:$/);
  });

  test('a private charge falls on one unit alone', ({ given, when, then }) => {
    background(given);
    givenKey(given);
    whenDistributed(when);
    unitsPay(then, /^the units pay:$/);
  });

  test("the period statement splits the period's sum once", ({ given, when, then, but }) => {
    background(given);
    givenKey(given);
    when(
      /^(\d+) invoices of (\S+) EUR in January 2026 are split by the key "(.+)"$/,
      async (count: string, amount: string, key: string) => {
        for (let i = 0; i < Number(count); i++)
          await record(cents(amount), `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, key);
      },
    );
    then(/^each invoice alone gives the unit "(.+)" (\S+) EUR$/, async (unit: string, amount: string) => {
      const alone = await charges().distribution(tenant, lastExpenseId);
      expect(alone.units.find((u) => u.unitNumber === unit)!.amountCents).toBe(cents(amount));
    });
    but(/^the statement of January 2026 charges:$/, async (rows: Row[]) => {
      const period = await charges().buildingCharges(tenant, buildingId, { from: '2026-01-01', to: '2026-01-31' });
      expect(period.units.map((u) => [u.unitNumber, u.amountCents])).toEqual(
        rows.map((r) => [r.unit, cents(r.amount!)]),
      );
    });
  });

  test('a unit not fully owned stops the split', ({ given, when, then, and }) => {
    background(given);
    given(/^unit "(.+)" is sold on (\S+) to a buyer recorded for 60 %$/, async (unit: string, date: string) => {
      const unitId = units.get(unit)!;
      await syndic.request('DELETE', `/units/${unitId}/owners/${owners.get(unit)}?endDate=${date}`);
      await syndic.post(`/units/${unitId}/owners`, { ownerId: await anOwner(syndic), share: '60', startDate: date });
    });
    whenDistributed(when);
    then(/^the split is refused with REGISTRY_INCOMPLETE because "(.+)"$/, (message: string) => {
      expect(refusal).toMatchObject({ code: 'REGISTRY_INCOMPLETE', errors: [expect.objectContaining({ message })] });
    });
    and('the expense itself is recorded', async () => {
      await expect(expenses().get(tenant, lastExpenseId)).resolves.toMatchObject({ amountCents: 50_000 });
    });
  });
});
