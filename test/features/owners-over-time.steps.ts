import { defineFeature, loadFeature } from 'jest-cucumber';
import { join } from 'node:path';
import { BuildingsService } from '../../src/modules/buildings';
import { ChargesService, ExpensesService } from '../../src/modules/expenses';
import { OwnerConsentsService, OwnersService } from '../../src/modules/owners';
import { OwnershipsService, RepresentativesService, UnitsService } from '../../src/modules/units';
import type { TenantContext } from '../../src/shared/domain';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aCreateBuildingRequest, aCreateOwnerRequest } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const feature = loadFeature(join(__dirname, 'owners-over-time.feature'));

/** "100.00" → 10000: money is never a float, not even in a test. */
const cents = (text: string): number => Math.round(Number(text.replace('.', '')));
type Row = Record<string, string>;
type Step = (matcher: RegExp, fn: (...args: never[]) => unknown) => void;

defineFeature(feature, (test) => {
  let api: TestApp;
  let syndic: TenantSession;
  let tenant: TenantContext;
  let buildingId: string;
  let units: Map<string, string>;
  let people: Map<string, { ownerId: string; tenant: TenantContext }>;
  let outcome: unknown;
  const service = <T>(type: new (...args: never[]) => T): T => api.app.get(type);

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    syndic = await TenantSession.forNewOrganization(api.app);
    tenant = syndic.tenant;
    units = new Map();
    people = new Map();
    outcome = undefined;
  });

  /** Every person gets an owner record linked to an owner-portal account, to read as they would. */
  const person = async (name: string) => {
    if (!people.has(name)) {
      const user = await syndic.as('owner');
      const owner = await service(OwnersService).create(
        tenant,
        aCreateOwnerRequest({ firstName: name, userId: user.userId }),
      );
      people.set(name, {
        ownerId: owner.id,
        tenant: user.tenant,
      });
    }
    return people.get(name)!;
  };
  const nameOf = (ownerId: string | null | undefined) => [...people].find(([, p]) => p.ownerId === ownerId)?.[0];
  const own = async (name: string, unit: string, share: string, startDate: string) => {
    const { ownerId } = await person(name);
    await service(OwnershipsService).add(tenant, units.get(unit)!, { ownerId, share, startDate });
  };
  const attempt = async (work: () => Promise<unknown>) => {
    outcome = await work().catch((error: unknown) => error);
  };

  const background = (given: Step, and: Step) => {
    given(
      /^a building "(.*)" of (\d+) quotas with units (\w+) of (\d+) quotas and (\w+) of (\d+) quotas$/,
      async (name: string, total: string, ...unitQuotas: string[]) => {
        const building = aCreateBuildingRequest({ name, totalQuota: Number(total), totalUnits: 2 });
        buildingId = (await service(BuildingsService).create(tenant, building)).id;
        for (let i = 0; i < unitQuotas.length; i += 2) {
          const [unitNumber, quota] = [unitQuotas[i]!, Number(unitQuotas[i + 1])];
          const unit = { buildingId, unitNumber, type: 'apartment' as const, surfaceArea: 80, quota };
          units.set(unitNumber, (await service(UnitsService).create(tenant, unit)).id);
        }
      },
    );
    and(
      /^(\w+) and (\w+) own (\w+) half each since (\S+)$/,
      async (a: string, b: string, unit: string, since: string) => {
        await own(a, unit, '50', since);
        await own(b, unit, '50', since);
      },
    );
    and(/^(\w+) owns all of (\w+) since (\S+)$/, (name: string, unit: string, since: string) =>
      own(name, unit, '100', since),
    );
  };
  const names = (step: Step) =>
    step(/^the syndic names (\w+) to represent (\w+) from (\S+)$/, async (name: string, unit: string, from: string) => {
      const { ownerId } = await person(name);
      await attempt(() => service(RepresentativesService).name(tenant, units.get(unit)!, { ownerId, from }));
    });
  const votes = (step: Step) =>
    step(/^on (\S+) the votes go as follows:$/, async (day: string, table: Row[]) => {
      const voters = await service(UnitsService).representativesOn(tenant, buildingId, day);
      const actual = [...units].map(([unit, id]) => ({ unit, voter: nameOf(voters.get(id)) ?? 'suspended' }));
      expect(actual).toEqual(table);
    });
  const sells = (step: Step) =>
    step(
      /^(\w+) sells his share of (\w+) to (\w+) on (\S+)$/,
      async (seller: string, unit: string, buyer: string, date: string) => {
        const [from, to] = [await person(seller), await person(buyer)];
        await service(OwnershipsService).transfer(tenant, units.get(unit)!, {
          fromOwnerId: from.ownerId,
          toOwnerId: to.ownerId,
          date,
        });
      },
    );
  const refused = (step: Step) =>
    step(/^it is refused with "(\w+)"$/, (code: string) => {
      expect(outcome).toMatchObject({ code });
    });
  const letters = (step: Step) =>
    step(/^on (\S+) the letters go as follows:$/, async (day: string, table: Row[]) => {
      const ids = await Promise.all(table.map(async (row) => (await person(row.owner!)).ownerId));
      const channels = await service(OwnersService).channelsOn(tenant, ids, day);
      expect(table.map((row, i) => ({ owner: row.owner, channel: channels.get(ids[i]!) }))).toEqual(table);
    });
  const consents = (name: string, givenOn: string) =>
    attempt(async () =>
      service(OwnerConsentsService).give(tenant, (await person(name)).ownerId, { channel: 'email', givenOn }),
    );

  test('A jointly held unit votes through the representative named for it', ({ given, and, then }) => {
    background(given, and);
    names(given);
    votes(then);
  });

  test("Until a representative is named, a jointly held unit's votes are suspended", ({ given, and, then }) => {
    background(given, and);
    votes(then);
  });

  test('Only a co-owner of that day can represent the unit', ({ given, and, when, then }) => {
    background(given, and);
    names(when);
    refused(then);
  });

  test('A representative who sells his share no longer votes from the day of the deed', ({
    given,
    and,
    when,
    then,
  }) => {
    background(given, and);
    names(given);
    sells(when);
    votes(then);
    votes(and);
  });

  test('Letters go by registered mail until the owner agrees in writing to e-mail', ({ given, and, then }) => {
    background(given, and);
    given(/^(\w+) agreed in writing on (\S+) to receive her letters by e-mail$/, async (name: string, day: string) => {
      await consents(name, day);
      expect(outcome).not.toBeInstanceOf(Error);
    });
    letters(then);
    letters(and);
  });

  test('A consent is recorded once given, not ahead', ({ given, and, when, then }) => {
    background(given, and);
    when(/^the syndic records that (\w+) agreed in writing on (\S+)$/, (name: string, day: string) =>
      consents(name, day),
    );
    refused(then);
  });

  test('The seller keeps the charges of his months, the buyer starts with the deed', ({ given, and, then }) => {
    background(given, and);
    sells(given);
    and(/^the building's expenses:$/, async (table: Row[]) => {
      for (const row of table) {
        const expense = aCreateExpenseRequest(buildingId, { expenseDate: row.date, amountCents: cents(row.amount!) });
        await syndic.post('/expenses', expense);
      }
    });
    const sees = (step: Step) =>
      step(/^(\w+) sees the expenses of (.+)$/, async (name: string, days: string) => {
        const page = await service(ExpensesService).list((await person(name)).tenant, { page: 1, perPage: 20 });
        expect(page.items.map((e) => e.expenseDate)).toEqual(days.split(', '));
      });
    sees(then);
    sees(and);
    const chargesFor = (step: Step) =>
      step(/^(\w+)'s charges for (\d{4}) come to (\S+)$/, async (name: string, year: string, amount: string) => {
        const reader = await person(name);
        const charges = await service(ChargesService).buildingCharges(reader.tenant, buildingId, {
          from: `${year}-01-01`,
          to: `${year}-12-31`,
        });
        expect(charges.owners.find((o) => o.ownerId === reader.ownerId)?.amountCents).toBe(cents(amount));
      });
    chargesFor(and);
    chargesFor(and);
    and(/^(\w+) may not read the building's charges for (\d{4})$/, async (name: string, year: string) => {
      const reader = await person(name);
      await expect(
        service(ChargesService).buildingCharges(reader.tenant, buildingId, {
          from: `${year}-01-01`,
          to: `${year}-12-31`,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
