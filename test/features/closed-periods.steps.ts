import { defineFeature, loadFeature } from 'jest-cucumber';
import { BookClosingsService, BuildingsService } from '@modules/buildings';
import { ExpensesService } from '@modules/expenses';
import { OwnersService } from '@modules/owners';
import { OwnershipsService, UnitsService } from '@modules/units';
import type { TenantContext } from '../../src/shared/domain';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aCreateBuildingRequest, aCreateOwnerRequest, aCreateUnitRequest } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const feature = loadFeature('test/features/closed-periods.feature');
type ExpenseInput = Parameters<ExpensesService['create']>[1];
type UnitInput = Parameters<UnitsService['create']>[1];

defineFeature(feature, (test) => {
  let api: TestApp;
  let tenant: TenantContext;
  let buildingId: string;
  let unitId: string;
  let marie: string;
  let expenseId: string;
  let outcome: unknown;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  const service = <T>(type: new (...args: never[]) => T): T => api.app.get(type);
  const attempt = async (work: () => Promise<unknown>) => {
    outcome = await work().catch((error: unknown) => error);
  };
  const recordOn = (expenseDate: string) =>
    service(ExpensesService).create(
      tenant,
      aCreateExpenseRequest(buildingId, { expenseDate, dueDate: undefined }) as ExpenseInput,
    );
  const closeUntil = (until: string, note?: string) =>
    service(BookClosingsService).close(tenant, buildingId, { until, note });

  const background = (given: (m: RegExp, fn: (...a: string[]) => Promise<void>) => void, and: typeof given) => {
    given(/^a building "(.*)" whose unit A1 is owned by Marie since (.*)$/, async (name, since) => {
      const session = await TenantSession.forNewOrganization(api.app);
      tenant = session.tenant;
      buildingId = (await service(BuildingsService).create(tenant, aCreateBuildingRequest({ name }))).id;
      unitId = (
        await service(UnitsService).create(tenant, aCreateUnitRequest(buildingId, { unitNumber: 'A1' }) as UnitInput)
      ).id;
      marie = (await service(OwnersService).create(tenant, aCreateOwnerRequest({ firstName: 'Marie' }))).id;
      await service(OwnershipsService).add(tenant, unitId, { ownerId: marie, share: '100', startDate: since });
      outcome = undefined;
    });
    and(/^an expense of .* for cleaning dated (.*)$/, async (day) => {
      expenseId = (await recordOn(day)).id;
    });
  };
  const closedGiven = (given: (m: RegExp, fn: (until: string) => Promise<void>) => void) =>
    given(/^the books are closed until (.*)$/, async (until) => {
      await closeUntil(until);
    });
  const refused = (then: (m: RegExp, fn: (code: string) => void) => void) =>
    then(/^it is refused with "(.*)"$/, (code) => expect(outcome).toMatchObject({ code }));
  const accepted = (then: (m: RegExp, fn: () => void) => void) =>
    then(/^it is accepted$/, () => expect(outcome).not.toBeInstanceOf(Error));
  const closedUntil = (then: (m: RegExp, fn: (day: string) => Promise<void>) => void) =>
    then(/^the books of the building are closed until (.*)$/, async (day) => {
      expect((await service(BuildingsService).get(tenant, buildingId)).closedUntil).toBe(day);
    });

  test('The assembly approved the 2025 accounts: the syndic closes 2025', ({ given, and, when, then }) => {
    background(given, and);
    when(/^the syndic closes the books until (.*) with the note "(.*)"$/, (until, note) =>
      attempt(() => closeUntil(until, note)),
    );
    closedUntil(then);
  });

  test('A forgotten 2025 invoice cannot be added once 2025 is closed', ({ given, and, when, then }) => {
    background(given, and);
    closedGiven(given);
    when(/^the syndic records an expense dated (.*)$/, (day) => attempt(() => recordOn(day)));
    refused(then);
    when(/^the syndic records an expense dated (.*)$/, (day) => attempt(() => recordOn(day)));
    accepted(then);
  });

  test('An expense of the closed year can no longer be cancelled, but it can be paid today', ({
    given,
    and,
    when,
    then,
  }) => {
    background(given, and);
    closedGiven(given);
    when(/^the syndic cancels the expense dated (.*)$/, () =>
      attempt(() => service(ExpensesService).cancel(tenant, expenseId)),
    );
    refused(then);
    when('the accountant marks it paid today', () =>
      attempt(() => service(ExpensesService).markPaid({ ...tenant, role: 'accountant' }, expenseId, {})),
    );
    accepted(then);
  });

  test('A sale cannot be dated back into the closed year', ({ given, and, when, then }) => {
    background(given, and);
    closedGiven(given);
    const sell = async (date: string) => {
      const paul = (await service(OwnersService).create(tenant, aCreateOwnerRequest({ firstName: 'Paul' }))).id;
      return service(OwnershipsService).transfer(tenant, unitId, { fromOwnerId: marie, toOwnerId: paul, date });
    };
    when(/^Marie sells A1 to Paul on (.*)$/, (date) => attempt(() => sell(date)));
    refused(then);
    when(/^Marie sells A1 to Paul on (.*)$/, (date) => attempt(() => sell(date)));
    accepted(then);
  });

  test('The books are never closed again for an earlier or the same day', ({ given, and, when, then }) => {
    background(given, and);
    closedGiven(given);
    when(/^the syndic closes the books until (.*) with the note "(.*)"$/, (until, note) =>
      attempt(() => closeUntil(until, note)),
    );
    refused(then);
    closedUntil(and);
  });
});
