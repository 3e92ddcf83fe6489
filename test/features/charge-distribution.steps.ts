import { defineFeature, loadFeature } from 'jest-cucumber';
import { join } from 'node:path';
import { ChargesService, ExpensesService, type ExpenseDistribution } from '../../src/modules/expenses';
import type { TenantContext } from '../../src/shared/domain';
import { aCreateBuildingRequest, aCreateUnitRequest, anOwner } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const feature = loadFeature(join(__dirname, 'charge-distribution.feature'));

/** "333.34" → 33334: money is never a float, not even in a test. */
function cents(text: string): number {
  const match = /^(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`Write amounts as 123.45, not ${text}`);
  return Number(match[1]) * 100 + Number(match[2]);
}

type Row = Record<string, string>;

defineFeature(feature, (test) => {
  let api: TestApp;
  let syndic: TenantSession;
  let tenant: TenantContext;
  let buildingId: string;
  let units: Map<string, string>;
  let owners: Map<string, string>;
  let distribution: ExpenseDistribution;
  let refusal: unknown;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    // Registry data comes in through its own API; the steps under test call the expenses services directly.
    syndic = await TenantSession.forNewOrganization(api.app);
    tenant = syndic.tenant;
    units = new Map();
    owners = new Map();
    refusal = undefined;
  });

  const givenBuilding = (given: (pattern: RegExp, fn: (...args: never[]) => unknown) => void) =>
    given(/^a building with a total quota of (\d+) and these units:$/, async (totalQuota: string, rows: Row[]) => {
      const body = aCreateBuildingRequest({ totalQuota: Number(totalQuota), totalUnits: rows.length });
      buildingId = (await syndic.post('/buildings', body)).id;
      for (const row of rows) {
        const unit = await syndic.post(
          '/units',
          aCreateUnitRequest(buildingId, { unitNumber: row.unit!, quota: Number(row.quota) }),
        );
        units.set(row.unit!, unit.id);
      }
    });

  const whenDistributed = (when: (pattern: RegExp, fn: (...args: never[]) => unknown) => void) =>
    when(/^an expense of ([\d.]+) EUR dated (\S+) is distributed$/, async (amount: string, date: string) => {
      const expense = await api.app.get(ExpensesService).create(tenant, {
        buildingId,
        category: 'maintenance',
        description: 'Entretien',
        amountCents: cents(amount),
        expenseDate: date,
      });
      await api.app
        .get(ChargesService)
        .distribution(tenant, expense.id)
        .then((d) => (distribution = d))
        .catch((error: unknown) => (refusal = error));
    });

  const andEachUnitOwned = (and: (pattern: RegExp, fn: (...args: never[]) => unknown) => void) =>
    and(/^each unit is owned by one owner since (\S+)$/, async (startDate: string) => {
      for (const unitId of units.values()) {
        const ownerId = await anOwner(syndic);
        await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate });
      }
    });

  const thenUnitsPay = (then: (pattern: RegExp, fn: (...args: never[]) => unknown) => void) =>
    then(/^the units pay:$/, (rows: Row[]) => {
      expect(distribution.units.map((u) => [u.unitNumber, u.amountCents])).toEqual(
        rows.map((r) => [r.unit, cents(r.amount!)]),
      );
      const sum = distribution.units.reduce((acc, u) => acc + u.amountCents, 0);
      expect(sum).toBe(distribution.amountCents);
    });

  test('1,000.00 EUR over units of 333, 333 and 334 thousandths', ({ given, when, then, and }) => {
    givenBuilding(given);
    andEachUnitOwned(and);
    whenDistributed(when);
    thenUnitsPay(then);
  });

  test('a unit owned 60/40', ({ given, and, when, then }) => {
    givenBuilding(given);
    and(/^unit (\S+) is owned since (\S+) by:$/, async (unit: string, startDate: string, rows: Row[]) => {
      for (const row of rows) {
        const ownerId = await anOwner(syndic, { firstName: row.owner! });
        owners.set(row.owner!, ownerId);
        await syndic.post(`/units/${units.get(unit)}/owners`, { ownerId, share: row.share, startDate });
      }
    });
    whenDistributed(when);
    then(/^the owners of unit (\S+) pay:$/, (unit: string, rows: Row[]) => {
      const part = distribution.units.find((u) => u.unitNumber === unit)!;
      const paid = new Map(part.owners.map((o) => [o.ownerId, o.amountCents]));
      for (const row of rows)
        expect({ owner: row.owner, cents: paid.get(owners.get(row.owner!)!) }).toEqual({
          owner: row.owner,
          cents: cents(row.amount!),
        });
      expect(part.owners.reduce((acc, o) => acc + o.amountCents, 0)).toBe(part.amountCents);
    });
  });

  test('quotas summing to 900 of 1000 are refused, nothing is left with the building', ({ given, and, when, then }) => {
    givenBuilding(given);
    andEachUnitOwned(and);
    whenDistributed(when);
    then(/^the split is refused because "(.+)"$/, (message: string) => {
      expect(refusal).toMatchObject({ code: 'REGISTRY_INCOMPLETE', errors: [expect.objectContaining({ message })] });
    });
  });
});
