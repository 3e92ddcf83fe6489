import { defineFeature, loadFeature } from 'jest-cucumber';
import { BuildingsService } from '@modules/buildings';
import { OwnersService } from '@modules/owners';
import { OwnershipsService, UnitsService } from '@modules/units';
import type { TenantContext } from '../../src/shared/domain';
import { aCreateBuildingRequest, aCreateOwnerRequest } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const feature = loadFeature('test/features/quotas-and-shares.feature');

defineFeature(feature, (test) => {
  let api: TestApp;
  let buildings: BuildingsService;
  let units: UnitsService;
  let ownerships: OwnershipsService;
  let owners: OwnersService;
  let tenant: TenantContext;
  let buildingId: string;
  let unitIds: Map<string, string>;
  let ownerIds: Map<string, string>;
  let outcome: unknown;

  beforeAll(async () => {
    api = await createTestApp();
    buildings = api.app.get(BuildingsService);
    units = api.app.get(UnitsService);
    ownerships = api.app.get(OwnershipsService);
    owners = api.app.get(OwnersService);
  });
  afterAll(() => api.close());

  beforeEach(async () => {
    const session = await TenantSession.forNewOrganization(api.app);
    tenant = session.tenant;
    unitIds = new Map();
    ownerIds = new Map();
    outcome = undefined;
  });

  const attempt = async (work: () => Promise<unknown>) => {
    outcome = await work().catch((error: unknown) => error);
  };
  const ownerNamed = async (name: string): Promise<string> => {
    if (!ownerIds.has(name))
      ownerIds.set(name, (await owners.create(tenant, aCreateOwnerRequest({ firstName: name }))).id);
    return ownerIds.get(name)!;
  };
  const nameOf = (ownerId: string) => [...ownerIds].find(([, id]) => id === ownerId)?.[0];
  const unit = (number: string) => unitIds.get(number)!;

  const background = (given: (m: RegExp, fn: (...a: string[]) => Promise<void>) => void, and: typeof given) => {
    given(/^a building "(.*)" of (\d+) quotas and (\d+) units$/, async (name, quotas, count) => {
      const body = aCreateBuildingRequest({ name, totalQuota: Number(quotas), totalUnits: Number(count) });
      buildingId = (await buildings.create(tenant, body)).id;
    });
    and(/^its units (\w+) of (\d+) quotas, (\w+) of (\d+) quotas and (\w+) of (\d+) quotas$/, async (...args) => {
      for (let i = 0; i < 6; i += 2) {
        const created = await units.create(tenant, {
          buildingId,
          unitNumber: args[i]!,
          type: 'apartment',
          surfaceArea: 80,
          quota: Number(args[i + 1]),
        });
        unitIds.set(args[i]!, created.id);
      }
    });
  };
  const owns = (step: (m: RegExp, fn: (...a: string[]) => Promise<void>) => void) =>
    step(/^(\w+) owns (\d+) % of (\w+) since (\S+)$/, async (name, share, number, since) => {
      await ownerships.add(tenant, unit(number), { ownerId: await ownerNamed(name), share, startDate: since });
    });
  const refused = (step: (m: RegExp, fn: (code: string) => void) => void) =>
    step(/^it is refused with "(\w+)"$/, (code) => {
      expect(outcome).toMatchObject({ code });
    });
  const ownedOn = (
    step: (m: RegExp, fn: (day: string, number: string, table: Array<Record<string, string>>) => Promise<void>) => void,
  ) =>
    step(/^on (\S+) (\w+) is owned by:$/, async (day, number, table) => {
      const page = await ownerships.ownersOn(tenant, unit(number), { page: 1, perPage: 20, at: day });
      const actual = page.items.map((o) => ({
        owner: nameOf(o.ownerId),
        share: (o.shareTenThousandths / 10_000).toFixed(4),
      }));
      expect(actual.sort((a, b) => String(a.owner).localeCompare(String(b.owner)))).toEqual(
        [...table].sort((a, b) => String(a.owner).localeCompare(String(b.owner))),
      );
    });

  test('The quotas are all given out: a 1001st quota is refused', ({ given, and, when, then }) => {
    background(given, and);
    when(/^the syndic adds a parking (\w+) of (\d+) quota$/, async (number, quota) => {
      await attempt(() =>
        units.create(tenant, {
          buildingId,
          unitNumber: number,
          type: 'parking',
          surfaceArea: 12,
          quota: Number(quota),
        }),
      );
    });
    refused(then);
    and(/^the units hold (\d+) of the (\d+) quotas$/, async (allocated, total) => {
      expect(await buildings.get(tenant, buildingId)).toMatchObject({
        allocatedQuota: Number(allocated),
        totalQuota: Number(total),
      });
    });
  });

  test('The total cannot drop below what the units hold', ({ given, and, when, then }) => {
    background(given, and);
    when(/^the syndic lowers the building's total to (\d+) quotas$/, async (total) => {
      await attempt(() =>
        buildings.revise(tenant, buildingId, aCreateBuildingRequest({ totalUnits: 4, totalQuota: Number(total) })),
      );
    });
    refused(then);
  });

  test('A unit owned 60/40 cannot get a 1 % extra share', ({ given, and, when, then }) => {
    background(given, and);
    owns(given);
    owns(and);
    when(/^the syndic gives (\w+) (\d+) % of (\w+) from (\S+)$/, async (name, share, number, from) => {
      const ownerId = await ownerNamed(name);
      await attempt(() => ownerships.add(tenant, unit(number), { ownerId, share, startDate: from }));
    });
    refused(then);
    ownedOn(and);
  });

  test('A sale moves the whole share on the day of the deed', ({ given, and, when, then }) => {
    background(given, and);
    owns(given);
    owns(and);
    when(/^(\w+) sells her share of (\w+) to (\w+) on (\S+)$/, async (seller, number, buyer, date) => {
      await ownerships.transfer(tenant, unit(number), {
        fromOwnerId: await ownerNamed(seller),
        toOwnerId: await ownerNamed(buyer),
        date,
      });
    });
    ownedOn(then);
    ownedOn(and);
  });

  test('Charges are split on the quotas and the shares of the day', ({ given, and, then }) => {
    background(given, and);
    owns(given);
    owns(and);
    owns(and);
    then(
      /^on (\S+) the building's units for charge distribution are:$/,
      async (day, table: Array<Record<string, string>>) => {
        const actual = await units.listForDistribution(tenant, buildingId, day);
        expect(
          actual.map((u) => ({
            unit: u.unitNumber,
            quota: String(u.quota),
            owners: u.owners
              .map((o) => `${nameOf(o.ownerId)} ${o.share}`)
              .sort()
              .join(', '),
          })),
        ).toEqual(
          table.map((row) => ({ ...row, owners: (row.owners ?? '').split(', ').filter(Boolean).sort().join(', ') })),
        );
      },
    );
  });
});
