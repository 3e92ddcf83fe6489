import { randomUUID } from 'node:crypto';
import { aBuildingRow, anOwnerRow } from '../../../../test/builders/registry-rows';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { platformQuery, TenantSession } from '../../../../test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { Share } from '../../../shared/domain/share';
import { Unit } from '../domain/unit';
import { UnitRepository } from '../domain/unit.repository';

describe('PostgresUnitRepository: ownership histories and charged units', () => {
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
  async function anExpense(organizationId: string, buildingId: string, status: 'pending' | 'cancelled'): Promise<void> {
    await platformQuery(
      api.app,
      sql`INSERT INTO expenses (id, organization_id, building_id, category, description, amount_cents, expense_date, account_code, status)
       VALUES (${randomUUID()}, ${organizationId}, ${buildingId}, 'cleaning', 'Nettoyage', 12000, '2024-03-01', '610200', ${status})`,
    );
  }
  async function aUnit(organizationId: string, buildingId: string, unitNumber: string, quota = 100) {
    const unit = await repo.insert(organizationId, buildingId, DAY, (capacity) =>
      Unit.create(
        {
          id: randomUUID(),
          quotaId: randomUUID(),
          organizationId,
          buildingId,
          unitNumber,
          type: 'apartment',
          surfaceArea: 60,
          quota,
        },
        capacity,
        new Date(),
      ),
    );
    return unit!;
  }

  it("reads whole buildings' histories in one call, exclusive end dates, and leaves other organizations out", async () => {
    const [building, empty, foreign] = [await aBuilding(orgA, 900), await aBuilding(orgA), await aBuilding(orgB)];
    const [b1, a1] = [await aUnit(orgA, building, 'B1', 250), await aUnit(orgA, building, 'A1', 300)];
    const [seller, buyer] = [await anOwner(orgA), await anOwner(orgA)];
    await repo.changeOwnerships(orgA, a1.id, (o) => {
      o.add({
        id: randomUUID(),
        ownerId: seller,
        share: Share.parse('33.3333'),
        startDate: '2019-05-01',
        isPrimaryContact: true,
      });
      o.transfer({ id: randomUUID(), fromOwnerId: seller, toOwnerId: buyer, date: '2023-07-15' });
    });

    const histories = await repo.shareHistories(orgA, [building, empty, foreign, randomUUID()]);

    expect(histories).toHaveLength(2);
    expect(histories.find((h) => h.buildingId === empty)).toEqual({ buildingId: empty, totalQuota: 1000, units: [] });
    expect(histories.find((h) => h.buildingId === building)).toEqual({
      buildingId: building,
      totalQuota: 900,
      units: [
        {
          unitId: a1.id,
          unitNumber: 'A1',
          quota: 300,
          quotas: [{ quota: 300, validFrom: null, validTo: null }],
          ownerships: [
            { ownerId: seller, shareTenThousandths: 333_333, startDate: '2019-05-01', endDate: '2023-07-15' },
            { ownerId: buyer, shareTenThousandths: 333_333, startDate: '2023-07-15', endDate: null },
          ],
        },
        {
          unitId: b1.id,
          unitNumber: 'B1',
          quota: 250,
          quotas: [{ quota: 250, validFrom: null, validTo: null }],
          ownerships: [],
        },
      ],
    });
    expect(await repo.shareHistories(orgB, [building])).toEqual([]);
    expect(await repo.shareHistories(orgA, [])).toEqual([]);
  });

  it('finds the buildings an owner held a share in on at least one day of a range, ends inclusive', async () => {
    const [first, second] = [await aBuilding(orgA), await aBuilding(orgA)];
    const owner = await anOwner(orgA);
    const ended = await aUnit(orgA, first, 'E');
    const later = await aUnit(orgA, second, 'L');
    await repo.changeOwnerships(orgA, ended.id, (o) => {
      o.add({
        id: randomUUID(),
        ownerId: owner,
        share: Share.parse('100'),
        startDate: '2020-01-01',
        isPrimaryContact: true,
      });
      o.end(owner, '2021-01-01'); // last day held: 2020-12-31
    });
    await repo.changeOwnerships(orgA, later.id, (o) => {
      o.add({
        id: randomUUID(),
        ownerId: owner,
        share: Share.parse('50'),
        startDate: '2022-06-01',
        isPrimaryContact: false,
      });
    });
    const held = (from?: string, to?: string) => repo.buildingIdsHeldDuring(orgA, owner, { from, to });

    expect(await held()).toEqual([first, second].sort());
    expect(await held('2020-12-31', '2020-12-31')).toEqual([first]);
    expect(await held('2021-01-01', '2022-05-31')).toEqual([]);
    expect(await held(undefined, '2022-06-01')).toEqual([first, second].sort());
    expect(await held('2021-01-01')).toEqual([second]);
    expect(await repo.buildingIdsHeldDuring(orgB, owner, {})).toEqual([]);
  });

  it('refuses to delete a unit of a building with an expense that is not cancelled (UNIT_HAS_CHARGES)', async () => {
    const building = await aBuilding(orgA);
    const [charged, spare] = [await aUnit(orgA, building, 'C'), await aUnit(orgA, building, 'S')];
    await anExpense(orgA, building, 'cancelled');
    await expect(repo.delete(orgA, spare.id, () => undefined)).resolves.toBe(true);

    await anExpense(orgA, building, 'pending');
    await expect(repo.delete(orgA, charged.id, () => undefined)).rejects.toMatchObject({ code: 'UNIT_HAS_CHARGES' });
    expect(await repo.findById(orgA, charged.id, DAY)).not.toBeNull();
    // The database refuses whoever deletes.
    await expect(platformQuery(api.app, sql`DELETE FROM units WHERE id = ${charged.id}`)).rejects.toMatchObject({
      code: '23503',
      constraint: 'units_building_charges',
    });
  });
});
