import { aCreateBuildingRequest, aTenant } from '../../../../test/builders/registry.builders';
import { FakeBuildingVisibility } from '../../../../test/fakes/fake-building-visibility';
import { InMemoryBuildingRepository } from '../../../../test/fakes/in-memory-building.repository';
import { BuildingsService } from './buildings.service';
import { FixedClock } from '../../../../test/fakes/fixed-clock';

describe('BuildingsService', () => {
  let repo: InMemoryBuildingRepository;
  let visibility: FakeBuildingVisibility;
  let service: BuildingsService;
  const syndic = aTenant();

  beforeEach(() => {
    repo = new InMemoryBuildingRepository();
    visibility = new FakeBuildingVisibility();
    service = new BuildingsService(repo, visibility, new FixedClock());
  });

  const notFound = expect.objectContaining({ code: 'NOT_FOUND', kind: 'not_found' });

  it('creates a building in the caller organization, with defaults', async () => {
    const created = await service.create(
      syndic,
      aCreateBuildingRequest({ name: ' Les  Tilleuls ', totalQuota: undefined }),
    );
    expect(created).toMatchObject({
      organizationId: syndic.organizationId,
      name: 'Les Tilleuls',
      country: 'BE',
      totalQuota: 1000,
      unitCount: 0,
    });
    await expect(service.get(syndic, created.id)).resolves.toEqual(created);
  });

  it('refuses an address the domain rejects, with the building error code', async () => {
    await expect(service.create(syndic, aCreateBuildingRequest({ postalCode: '0999' }))).rejects.toMatchObject({
      code: 'INVALID_ADDRESS',
      params: { field: 'postalCode' },
    });
    await expect(service.create(syndic, aCreateBuildingRequest({ address: '  ' }))).rejects.toMatchObject({
      code: 'INVALID_ADDRESS',
      params: { field: 'address' },
    });
  });

  it("answers 404 for another organization's building on every use case", async () => {
    const { id } = await service.create(syndic, aCreateBuildingRequest());
    const stranger = aTenant();
    await expect(service.get(stranger, id)).rejects.toEqual(notFound);
    await expect(service.assertExists(stranger, id)).rejects.toEqual(notFound);
    await expect(service.getForDocument(stranger, id)).rejects.toEqual(notFound);
    await expect(service.revise(stranger, id, aCreateBuildingRequest())).rejects.toEqual(notFound);
    await expect(service.remove(stranger, id)).rejects.toEqual(notFound);
    expect((await service.list(stranger, { page: 1, perPage: 20 })).items).toEqual([]);
    await expect(service.assertExists(syndic, id)).resolves.toBeUndefined();
  });

  it('lists by name by default, filters by city without accents, and pages', async () => {
    for (const [name, city] of [
      ['Bravo', 'Liège'],
      ['alpha', 'Namur'],
      ['Charlie', 'LIEGE'],
    ]) {
      await service.create(syndic, aCreateBuildingRequest({ name, city }));
    }
    const names = (page: { items: readonly { name: string }[] }) => page.items.map((b) => b.name);
    expect(names(await service.list(syndic, { page: 1, perPage: 2 }))).toEqual(['alpha', 'Bravo']);
    expect(names(await service.list(syndic, { page: 1, perPage: 20, city: 'liege' }))).toEqual(['Bravo', 'Charlie']);
    const desc = await service.list(syndic, { page: 2, perPage: 2, sort: 'name', order: 'desc' });
    expect({ names: names(desc), totalItems: desc.totalItems }).toEqual({ names: ['alpha'], totalItems: 3 });
  });

  it('shows an owner only the buildings where it holds a share', async () => {
    const mine = await service.create(syndic, aCreateBuildingRequest());
    const other = await service.create(syndic, aCreateBuildingRequest());
    const owner = aTenant({ organizationId: syndic.organizationId, role: 'owner' });
    visibility.holds(owner.userId, mine.id);
    expect((await service.list(owner, { page: 1, perPage: 20 })).items.map((b) => b.id)).toEqual([mine.id]);
    await expect(service.get(owner, mine.id)).resolves.toMatchObject({ id: mine.id });
    await expect(service.get(owner, other.id)).rejects.toEqual(notFound);
    await expect(service.visibleBuildingIds(owner)).resolves.toEqual([mine.id]);
    await expect(service.visibleBuildingIds(syndic)).resolves.toBeNull();
  });

  it('gives documents the name, address and totals of a building', async () => {
    const { id } = await service.create(syndic, aCreateBuildingRequest({ name: 'Les Tilleuls', totalUnits: 4 }));
    await expect(service.getForDocument(syndic, id)).resolves.toEqual({
      id,
      name: 'Les Tilleuls',
      address: 'Rue du Marché aux Herbes 61',
      postalCode: '1000',
      city: 'Bruxelles',
      associationBce: null,
      country: 'BE',
      totalQuota: 1000,
      totalUnits: 4,
      noticeDays: 15,
    });
  });

  it('revises a building, but not its totals below what its units use', async () => {
    const created = await service.create(syndic, aCreateBuildingRequest({ totalUnits: 5 }));
    repo.seed({ ...created, unitCount: 3, allocatedQuota: 600 });
    await expect(
      service.revise(syndic, created.id, aCreateBuildingRequest({ totalUnits: 5, totalQuota: 500 })),
    ).rejects.toMatchObject({ code: 'TOTAL_QUOTA_BELOW_ALLOCATED' });
    await expect(service.revise(syndic, created.id, aCreateBuildingRequest({ totalUnits: 2 }))).rejects.toMatchObject({
      code: 'TOTAL_UNITS_BELOW_COUNT',
    });
    const revised = await service.revise(
      syndic,
      created.id,
      aCreateBuildingRequest({ name: 'Renamed', totalUnits: 3 }),
    );
    expect(revised).toMatchObject({ name: 'Renamed', totalUnits: 3, unitCount: 3, allocatedQuota: 600 });
  });

  it('removes a building only without units', async () => {
    const empty = await service.create(syndic, aCreateBuildingRequest());
    const used = await service.create(syndic, aCreateBuildingRequest());
    repo.seed({ ...used, unitCount: 1, allocatedQuota: 100 });
    await expect(service.remove(syndic, used.id)).rejects.toMatchObject({ code: 'BUILDING_HAS_UNITS' });
    await service.remove(syndic, empty.id);
    await expect(service.get(syndic, empty.id)).rejects.toEqual(notFound);
    await expect(service.get(syndic, used.id)).resolves.toMatchObject({ unitCount: 1 });
  });
});
