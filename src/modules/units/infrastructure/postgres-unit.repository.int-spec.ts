import { randomUUID } from 'node:crypto';
import { aBuildingRow, anOwnerRow } from '../../../../test/builders/registry-rows';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { platformQuery, TenantSession } from '../../../../test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { Share } from '../../../shared/domain/share';
import { Unit } from '../domain/unit';
import { UnitRepository } from '../domain/unit.repository';

describe('PostgresUnitRepository', () => {
  let api: TestApp;
  let repo: UnitRepository;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(UnitRepository);
    orgA = (await TenantSession.forNewOrganization(api.app)).organizationId;
    orgB = (await TenantSession.forNewOrganization(api.app)).organizationId;
  });
  afterAll(() => api.close());

  const DAY = '2026-03-01';
  const aBuilding = (organizationId: string, totalQuota = 1000) => aBuildingRow(api.app, organizationId, totalQuota);
  const anOwner = (organizationId: string) => anOwnerRow(api.app, organizationId);
  const insertUnit = (organizationId: string, buildingId: string, unitNumber: string, quota = 100) =>
    repo.insert(organizationId, buildingId, DAY, (capacity) =>
      Unit.create(
        {
          id: randomUUID(),
          quotaId: randomUUID(),
          organizationId,
          buildingId,
          unitNumber,
          type: 'apartment',
          surfaceArea: 50.25,
          quota,
        },
        capacity,
        new Date(),
      ),
    );
  const page = { page: 1, perPage: 20, sort: 'unitNumber' as const, order: 'asc' as const };

  it('stores a unit against the locked capacity and reads it exactly', async () => {
    const buildingId = await aBuilding(orgA);
    const seen: unknown[] = [];
    await repo.insert(orgA, buildingId, DAY, (capacity) => {
      seen.push(capacity);
      return Unit.create(
        {
          id: randomUUID(),
          quotaId: randomUUID(),
          organizationId: orgA,
          buildingId,
          unitNumber: 'A',
          type: 'cellar',
          surfaceArea: 3.5,
          quota: 10,
        },
        capacity,
        new Date(),
      );
    });
    const second = await insertUnit(orgA, buildingId, 'B', 200);
    expect(seen).toEqual([{ totalQuota: 1000, totalUnits: 5, unitCount: 0, quotas: [] }]);
    expect(await repo.findById(orgA, second!.id, DAY)).toEqual(second);
    expect(second!.quota).toBe(200);
    expect(second!.surfaceAreaHundredths).toBe(5025);
  });

  it("never shows or changes another organization's units, ownerships or buildings", async () => {
    const buildingId = await aBuilding(orgA);
    const unit = (await insertUnit(orgA, buildingId, 'A'))!;
    const ownerId = await anOwner(orgA);
    await repo.changeOwnerships(orgA, unit.id, (o) =>
      o.add({ id: randomUUID(), ownerId, share: Share.parse('100'), startDate: '2020-01-01', isPrimaryContact: false }),
    );
    const day = '2024-01-01';
    expect(await insertUnit(orgB, buildingId, 'X')).toBeNull();
    expect(await repo.findById(orgB, unit.id, DAY)).toBeNull();
    expect((await repo.list(orgB, { buildingId, on: DAY }, page)).items).toEqual([]);
    expect(await repo.buildingExists(orgB, buildingId)).toBe(false);
    expect(await repo.update(orgB, unit.id, DAY, () => undefined)).toBeNull();
    expect(await repo.delete(orgB, unit.id, () => undefined)).toBe(false);
    expect(await repo.changeOwnerships(orgB, unit.id, () => 1)).toBeNull();
    expect(await repo.ownershipsOn(orgB, unit.id, day, { ...page, sort: 'startDate' })).toBeNull();
    expect((await repo.heldUnits(orgB, ownerId, day, page)).items).toEqual([]);
    expect(await repo.buildingIdsHeldBy(orgB, { ownerId, on: day })).toEqual([]);
    expect(await repo.withOwnersOn(orgB, buildingId, day)).toBeNull();
    expect(await repo.withOwnersOn(orgA, buildingId, day)).toEqual([
      { unitId: unit.id, unitNumber: 'A', quota: 100, owners: [{ ownerId, shareTenThousandths: 1_000_000 }] },
    ]);
  });

  it('reads units with their shares on a day in one query, units without owners included', async () => {
    const buildingId = await aBuilding(orgA);
    const [u10, u2] = [(await insertUnit(orgA, buildingId, '10'))!, (await insertUnit(orgA, buildingId, '2'))!];
    const [a, b] = [await anOwner(orgA), await anOwner(orgA)];
    await repo.changeOwnerships(orgA, u10.id, (o) => {
      o.add({
        id: randomUUID(),
        ownerId: a,
        share: Share.parse('60'),
        startDate: '2020-01-01',
        isPrimaryContact: true,
      });
      o.add({
        id: randomUUID(),
        ownerId: b,
        share: Share.parse('40'),
        startDate: '2021-01-01',
        isPrimaryContact: false,
      });
    });
    const units = await repo.withOwnersOn(orgA, buildingId, '2020-06-01');
    expect(units?.map((u) => [u.unitNumber, u.owners.length])).toEqual([
      ['10', 1],
      ['2', 0],
    ]);
    expect(u2.unitNumber).toBe('2');
    expect(await repo.withOwnersOn(orgA, await aBuilding(orgA), '2020-06-01')).toEqual([]);
  });

  it('is protected by the database even when the domain is bypassed', async () => {
    const buildingId = await aBuilding(orgA);
    const unit = (await insertUnit(orgA, buildingId, 'A'))!;
    const insert = async (share: string) =>
      platformQuery(
        api.app,
        sql`INSERT INTO unit_ownerships (id, organization_id, unit_id, owner_id, share, start_date)
            VALUES (${randomUUID()}, ${orgA}, ${unit.id}, ${await anOwner(orgA)}, ${share}, '2020-01-01')`,
      );
    await insert('70');
    await expect(insert('30.0001')).rejects.toMatchObject({ constraint: 'unit_ownerships_shares_within_100' });
    await expect(
      platformQuery(api.app, sql`UPDATE unit_quotas SET quota = 2000 WHERE unit_id = ${unit.id}`),
    ).rejects.toMatchObject({ constraint: 'buildings_quota_within_total' });
    await expect(repo.delete(orgA, unit.id, () => undefined)).rejects.toMatchObject({ code: 'UNIT_HAS_OWNERSHIPS' });
  });
});
