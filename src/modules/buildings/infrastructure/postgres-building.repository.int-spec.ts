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
      { id: randomUUID(), organizationId, name, address: 'Rue Haute 1', city, postalCode: '4000', totalUnits: 2 },
      new Date(),
    );
  const page = { page: 1, perPage: 20, sort: 'name' as const, order: 'asc' as const };

  it('stores and reads a building exactly', async () => {
    const building = aBuilding(orgA);
    await repo.insert(building);
    expect(await repo.findById(orgA, building.toSnapshot().id)).toEqual(building.toSnapshot());
  });

  it("never shows, changes or deletes another organization's rows", async () => {
    const building = aBuilding(orgA, 'Secret');
    const id = building.toSnapshot().id;
    await repo.insert(building);
    expect(await repo.findById(orgB, id)).toBeNull();
    expect((await repo.list(orgB, {}, page)).items.map((b) => b.id)).not.toContain(id);
    expect((await repo.list(orgB, { onlyIds: [id] }, page)).items).toEqual([]);
    expect(await repo.update(orgB, id, () => undefined)).toBeNull();
    expect(await repo.delete(orgB, id, () => undefined)).toBe(false);
    expect(await repo.findById(orgA, id)).not.toBeNull();
  });

  it('filters by city without case or accents and counts with a window', async () => {
    const org = (await TenantSession.forNewOrganization(api.app)).organizationId;
    await repo.insert(aBuilding(org, 'B', 'Liège'));
    await repo.insert(aBuilding(org, 'A', 'LIEGE'));
    await repo.insert(aBuilding(org, 'C', 'Namur'));
    const found = await repo.list(org, { city: 'liege' }, { ...page, perPage: 1 });
    expect(found).toMatchObject({ totalItems: 2, items: [expect.objectContaining({ name: 'A' })] });
    expect((await repo.list(org, {}, { ...page, page: 9 })).totalItems).toBe(3);
  });

  it('keeps the quota counters in the database and refuses a total below them, even bypassing the domain', async () => {
    const building = aBuilding(orgA);
    const id = building.toSnapshot().id;
    await repo.insert(building);
    await platformQuery(
      api.app,
      sql`INSERT INTO units (id, organization_id, building_id, unit_number, type, surface_area, quota)
          VALUES (${randomUUID()}, ${orgA}, ${id}, 'A', 'other', 1, 600)`,
    );
    expect(await repo.findById(orgA, id)).toMatchObject({ unitCount: 1, allocatedQuota: 600 });
    await expect(
      platformQuery(api.app, sql`UPDATE buildings SET total_quota = 500 WHERE id = ${id}`),
    ).rejects.toMatchObject({ constraint: 'buildings_quota_within_total' });
    await expect(repo.delete(orgA, id, () => undefined)).rejects.toMatchObject({ code: 'BUILDING_HAS_UNITS' });
  });
});
