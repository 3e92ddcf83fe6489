import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { platformQuery, TenantSession } from '../../../../test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { Building } from '../domain/building';
import { BuildingRepository } from '../domain/building.repository';

describe('PostgresBuildingRepository', () => {
  let api: TestApp;
  let repo: BuildingRepository;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(BuildingRepository);
    orgA = (await TenantSession.forNewOrganization(api.app)).organizationId;
    orgB = (await TenantSession.forNewOrganization(api.app)).organizationId;
  });
  afterAll(() => api.close());

  const aBuilding = (organizationId: string, name = 'Les Tilleuls', city = 'Liège') =>
    Building.create(
      { id: randomUUID(), organizationId, name, address: 'Rue Haute 1', city, postalCode: '4000', totalUnits: 10 },
      new Date(),
    );
  const page = { page: 1, perPage: 20, sort: 'name' as const, order: 'asc' as const };
  const DAY = '2026-03-01';

  it('stores and reads a building exactly', async () => {
    const building = aBuilding(orgA);
    await repo.insert(building);
    expect(await repo.findById(orgA, building.toSnapshot().id, DAY)).toEqual({
      ...building.toSnapshot(),
      lotCount: 0,
      quotaAllocatedOnDay: 0,
    });
  });

  it("never shows, changes or deletes another organization's rows", async () => {
    const building = aBuilding(orgA, 'Secret');
    const id = building.toSnapshot().id;
    await repo.insert(building);
    expect(await repo.findById(orgB, id, DAY)).toBeNull();
    expect((await repo.list(orgB, {}, page, DAY)).items.map((b) => b.id)).not.toContain(id);
    expect((await repo.list(orgB, { onlyIds: [id] }, page, DAY)).items).toEqual([]);
    expect(await repo.update(orgB, id, DAY, () => undefined)).toBeNull();
    expect(await repo.delete(orgB, id, () => undefined)).toBe(false);
    expect(await repo.findById(orgA, id, DAY)).not.toBeNull();
  });

  it('filters by city without case or accents and counts with a window', async () => {
    const org = (await TenantSession.forNewOrganization(api.app)).organizationId;
    await repo.insert(aBuilding(org, 'B', 'Liège'));
    await repo.insert(aBuilding(org, 'A', 'LIEGE'));
    await repo.insert(aBuilding(org, 'C', 'Namur'));
    const found = await repo.list(org, { city: 'liege' }, { ...page, perPage: 1 }, DAY);
    expect(found).toMatchObject({ totalItems: 2, items: [expect.objectContaining({ name: 'A' })] });
    expect((await repo.list(org, {}, { ...page, page: 9 }, DAY)).totalItems).toBe(3);
  });

  it('keeps the quota counters in the database and refuses a total below them, even bypassing the domain', async () => {
    const building = aBuilding(orgA);
    const id = building.toSnapshot().id;
    await repo.insert(building);
    const unitId = randomUUID();
    await platformQuery(
      api.app,
      sql`INSERT INTO units (id, organization_id, building_id, unit_number, type, surface_area)
          VALUES (${unitId}, ${orgA}, ${id}, 'A', 'other', 1)`,
    );
    await platformQuery(
      api.app,
      sql`INSERT INTO unit_quotas (id, organization_id, building_id, unit_id, quota, valid_from)
          VALUES (${randomUUID()}, ${orgA}, ${id}, ${unitId}, 600, '2026-06-01')`,
    );
    expect(await repo.findById(orgA, id, DAY)).toMatchObject({
      unitCount: 1,
      allocatedQuota: 600,
      quotaAllocatedOnDay: 0,
    });
    expect(await repo.findById(orgA, id, '2026-06-01')).toMatchObject({ lotCount: 1, quotaAllocatedOnDay: 600 });
    await expect(
      platformQuery(api.app, sql`UPDATE buildings SET total_quota = 500 WHERE id = ${id}`),
    ).rejects.toMatchObject({ constraint: 'buildings_quota_within_total' });
    await expect(repo.delete(orgA, id, () => undefined)).rejects.toMatchObject({ code: 'BUILDING_HAS_UNITS' });
  });

  it('counts as lots the units other than parkings, garages and cellars, in the same read', async () => {
    const building = aBuilding(orgA, 'Lots');
    const id = building.toSnapshot().id;
    await repo.insert(building);
    const types = ['apartment', 'commercial', 'other', 'parking', 'garage', 'cellar'];
    for (const [i, type] of types.entries()) {
      await platformQuery(
        api.app,
        sql`INSERT INTO units (id, organization_id, building_id, unit_number, type, surface_area)
            VALUES (${randomUUID()}, ${orgA}, ${id}, ${`U${i}`}, ${type}, 1)`,
      );
    }
    expect(await repo.findById(orgA, id, DAY)).toMatchObject({ unitCount: 6, lotCount: 3 });
    const listed = await repo.list(orgA, { onlyIds: [id] }, page, DAY);
    expect(listed.items[0]).toMatchObject({ lotCount: 3 });
  });
});
