import { defineFeature, loadFeature } from 'jest-cucumber';
import { BuildingsService, lotRegime } from '@modules/buildings';
import { ChargesService, ExpensesService } from '@modules/expenses';
import { OwnersService } from '@modules/owners';
import { OwnershipsService, UnitsService } from '@modules/units';
import type { TenantContext } from '../../src/shared/domain';
import { aCreateBuildingRequest, aCreateOwnerRequest } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const feature = loadFeature('test/features/quotas-over-time.feature');

type Row = Record<string, string>;
type Step = (pattern: RegExp, fn: (...args: never[]) => unknown) => void;

/** "333.34" → 33334: money is never a float, not even in a test. */
const cents = (text: string): number => {
  const [euros, hundredths] = text.split('.');
  return Number(euros) * 100 + Number(hundredths);
};

defineFeature(feature, (test) => {
  let api: TestApp;
  let tenant: TenantContext;
  let buildingId: string;
  let unitIds: Map<string, string>;
  let outcome: unknown;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    const session = await TenantSession.forNewOrganization(api.app);
    tenant = session.tenant;
    unitIds = new Map();
    outcome = undefined;
  });

  const units = () => api.app.get(UnitsService);
  const attempt = async (work: () => Promise<unknown>) => {
    outcome = await work().catch((error: unknown) => error);
  };
  /** A unit of the building, wholly owned by a new co-owner from its first day, so that every split is complete. */
  const aHeldUnit = async (unitNumber: string, quota: number, from: string) => {
    const unit = await units().create(tenant, {
      buildingId,
      unitNumber,
      type: 'apartment',
      surfaceArea: 80,
      quota,
      quotaValidFrom: from,
    });
    unitIds.set(unitNumber, unit.id);
    const owner = await api.app.get(OwnersService).create(tenant, aCreateOwnerRequest({ firstName: unitNumber }));
    await api.app.get(OwnershipsService).add(tenant, unit.id, { ownerId: owner.id, share: '100', startDate: from });
  };

  const aBuilding = (given: Step) =>
    given(
      /^a building "(.*)" of (\d+) quotas and (\d+) units$/,
      async (name: string, quotas: string, count: string) => {
        const body = aCreateBuildingRequest({ name, totalQuota: Number(quotas), totalUnits: Number(count) });
        buildingId = (await api.app.get(BuildingsService).create(tenant, body)).id;
      },
    );
  const unitsAandB = (and: Step) =>
    and(/^units A and B of (\d+) quotas each from (\S+), each wholly owned$/, async (quota: string, from: string) => {
      await aHeldUnit('A', Number(quota), from);
      await aHeldUnit('B', Number(quota), from);
    });
  const quotaChange = (step: Step) =>
    step(
      /^from (\S+) (\w+) holds (\d+) quotas by decision "(.*)"$/,
      async (from: string, unit: string, quota: string, ref: string) => {
        await attempt(() =>
          units().changeQuota(tenant, unitIds.get(unit)!, { quota: Number(quota), validFrom: from, decisionRef: ref }),
        );
      },
    );
  const newUnit = (step: Step) =>
    step(
      /^a new unit (\w+) of (\d+) quotas from (\S+) is created, wholly owned$/,
      async (unit: string, quota: string, from: string) => {
        await attempt(() => aHeldUnit(unit, Number(quota), from));
      },
    );
  const split = (step: Step) =>
    step(/^an expense of ([\d.]+) EUR dated (\S+) is split:$/, async (amount: string, date: string, rows: Row[]) => {
      const expense = await api.app.get(ExpensesService).create(tenant, {
        buildingId,
        category: 'maintenance',
        description: 'Entretien',
        amountCents: cents(amount),
        expenseDate: date,
      });
      const distribution = await api.app.get(ChargesService).distribution(tenant, expense.id);
      expect(distribution.units.map((u) => [u.unitNumber, u.amountCents])).toEqual(
        rows.map((row) => [row.unit, cents(row.amount!)]),
      );
    });
  const refused = (then: Step) =>
    then(/^it is refused with "(\w+)"(?: naming (\S+))?$/, (code: string, day?: string) => {
      expect(outcome).toMatchObject({ code });
      if (day) expect((outcome as Error).message).toContain(day);
    });

  test('A quota change and a new unit from 2026-07-01 leave the past untouched', ({ given, and, when, then }) => {
    aBuilding(given);
    unitsAandB(and);
    quotaChange(when);
    newUnit(and);
    split(then);
    split(and);
    and(/^the quota history of (\w+) is:$/, async (unit: string, rows: Row[]) => {
      const history = await units().quotaHistory(tenant, unitIds.get(unit)!);
      expect(
        history.map((p) => ({
          quota: String(p.quota),
          from: p.validFrom ?? '',
          to: p.validTo ?? '',
          decision: p.decisionRef ?? '',
        })),
      ).toEqual(rows);
    });
  });

  test('A unit added mid-year cannot take quotas the others still hold that day', ({ given, and, when, then }) => {
    aBuilding(given);
    unitsAandB(and);
    newUnit(when);
    refused(then);
  });

  test('A unit added mid-year shares the expenses from its first day on', ({ given, and, when, then }) => {
    aBuilding(given);
    unitsAandB(and);
    quotaChange(when);
    newUnit(and);
    split(then);
    split(and);
  });

  test('A new quota cannot start inside an earlier period', ({ given, and, when, then }) => {
    aBuilding(given);
    unitsAandB(and);
    quotaChange(when);
    quotaChange(and);
    refused(then);
  });

  const hasUnits = (and: Step) =>
    and(/^it has (.+)$/, async (list: string) => {
      for (const part of list.split(', ')) {
        const [count, type] = part.split(' ') as [string, 'apartment'];
        for (let i = 1; i <= Number(count); i++) {
          await units().create(tenant, { buildingId, unitNumber: `${type}-${i}`, type, surfaceArea: 10, quota: 1 });
        }
      }
    });
  const counts = (then: Step) =>
    then(/^it counts (\d+) lots$/, async (lots: string) => {
      expect(await api.app.get(BuildingsService).get(tenant, buildingId)).toMatchObject({ lotCount: Number(lots) });
    });
  const regime = (and: Step) =>
    and(
      /^a board of co-owners is (optional|required) and the accounts (may be simplified|must be full)$/,
      async (board: string, accounts: string) => {
        const response = lotRegime((await api.app.get(BuildingsService).get(tenant, buildingId)).lotCount);
        expect(response.boardRequired).toBe(board === 'required');
        expect(response.accountingMode).toBe(accounts === 'must be full' ? 'full' : 'simplified');
      },
    );

  for (const name of [
    '19 apartments and 25 parkings are 19 lots',
    'Garages and cellars are not lots either',
    '20 apartments make a board and full accounts mandatory',
  ]) {
    test(name, ({ given, and, then }) => {
      aBuilding(given);
      hasUnits(and);
      counts(then);
      regime(and);
    });
  }
});
