import { randomUUID } from 'node:crypto';
import { aBuildingRow } from '../../../../test/builders/registry-rows';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { platformQuery, TenantSession } from '../../../../test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { Unit } from '../domain/unit';
import { UnitRepository } from '../domain/unit.repository';

describe('PostgresUnitRepository: quotas over time', () => {
  let api: TestApp;
  let repo: UnitRepository;
  let orgA: string;
  let orgB: string;
  const DAY = '2026-08-01';

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(UnitRepository);
    orgA = (await TenantSession.forNewOrganization(api.app)).organizationId;
    orgB = (await TenantSession.forNewOrganization(api.app)).organizationId;
  });
  afterAll(() => api.close());

  const aUnit = async (buildingId: string, unitNumber: string, quota: number, quotaValidFrom?: string) =>
    (await repo.insert(orgA, buildingId, DAY, (capacity) =>
      Unit.create(
        {
          id: randomUUID(),
          quotaId: randomUUID(),
          organizationId: orgA,
          buildingId,
          unitNumber,
          type: 'apartment',
          surfaceArea: 50,
          quota,
          quotaValidFrom,
        },
        capacity,
        new Date(),
      ),
    ))!;
  /** A quota row written straight to the database: the domain's checks are bypassed, only the database's remain. */
  const rawPeriod = (
    buildingId: string,
    unitId: string,
    quota: number,
    from: string | null,
    to: string | null = null,
  ) =>
    platformQuery(
      api.app,
      sql`INSERT INTO unit_quotas (id, organization_id, building_id, unit_id, quota, valid_from, valid_to)
          VALUES (${randomUUID()}, ${orgA}, ${buildingId}, ${unitId}, ${quota}, ${from}::date, ${to}::date)`,
    );
  const allocated = async (buildingId: string) =>
    (
      await platformQuery<{ allocated_quota: number }>(
        api.app,
        sql`SELECT allocated_quota FROM buildings WHERE id = ${buildingId}`,
      )
    )[0]!.allocated_quota;

  it('changes a quota from a date on, and reads each day with its own quota', async () => {
    const building = await aBuildingRow(api.app, orgA);
    const a = await aUnit(building, 'A', 500, '2020-01-01');
    const c = await aUnit(building, 'C', 100, '2026-07-01');
    await repo.update(orgA, a.id, DAY, (unit, capacity) =>
      unit.changeQuota({ id: randomUUID(), quota: 400, validFrom: '2026-07-01', decisionRef: 'AG' }, capacity),
    );
    expect((await repo.quotaHistory(orgA, a.id))!.map((p) => [p.quota, p.validFrom, p.validTo, p.decisionRef])).toEqual(
      [
        [500, '2020-01-01', '2026-07-01', null],
        [400, '2026-07-01', null, 'AG'],
      ],
    );
    expect((await repo.findById(orgA, a.id, '2026-06-30'))!.quota).toBe(500);
    expect((await repo.findById(orgA, c.id, '2026-06-30'))!.quota).toBeNull();
    expect((await repo.withOwnersOn(orgA, building, '2026-06-30'))!.map((u) => [u.unitNumber, u.quota])).toEqual([
      ['A', 500],
    ]);
    const [history] = await repo.shareHistories(orgA, [building]);
    expect(history!.units.map((u) => [u.unitNumber, u.quota, u.quotas.length])).toEqual([
      ['A', 400, 2],
      ['C', 100, 1],
    ]);
    expect(await repo.quotaHistory(orgB, a.id)).toBeNull();
  });

  it('refuses overlapping periods of one unit, even bypassing the domain', async () => {
    const building = await aBuildingRow(api.app, orgA);
    const unit = await aUnit(building, 'A', 100, '2020-01-01');
    await expect(rawPeriod(building, unit.id, 100, '2019-01-01', '2020-01-02')).rejects.toMatchObject({
      constraint: 'unit_quotas_no_overlap',
    });
    await expect(rawPeriod(building, unit.id, 100, null, '2019-01-01')).resolves.toBeDefined();
  });

  it('keeps the total on every date, names the first date over, and keeps the peak on the building', async () => {
    const building = await aBuildingRow(api.app, orgA);
    const a = await aUnit(building, 'A', 600, '2020-01-01');
    const b = await aUnit(building, 'B', 300, '2020-01-01');
    await expect(rawPeriod(building, b.id, 101, null, '2020-01-01')).resolves.toBeDefined();
    await expect(
      platformQuery(
        api.app,
        sql`UPDATE unit_quotas SET quota = 401 WHERE unit_id = ${b.id} AND valid_from = '2020-01-01'`,
      ),
    ).rejects.toMatchObject({
      constraint: 'buildings_quota_within_total',
      message: expect.stringContaining('2020-01-01'),
    });
    await platformQuery(api.app, sql`UPDATE unit_quotas SET valid_to = '2030-01-01' WHERE unit_id = ${a.id}`);
    expect(await allocated(building)).toBe(900);
    await expect(
      platformQuery(api.app, sql`UPDATE buildings SET total_quota = 899 WHERE id = ${building}`),
    ).rejects.toMatchObject({ constraint: 'buildings_quota_within_total' });
  });

  it('answers QUOTA_EXCEEDED naming the date when only the database catches it', async () => {
    const building = await aBuildingRow(api.app, orgA);
    await aUnit(building, 'A', 900, '2020-01-01');
    const b = await aUnit(building, 'B', 100, '2020-01-01');
    // Changing the history without the unit's own check: only the database stands in the way.
    const write = repo.update(orgA, b.id, DAY, (unit) =>
      unit.quotaHistory().change(randomUUID(), 101, '2026-07-01', null),
    );
    await expect(write).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      params: expect.objectContaining({ day: '2026-07-01' }),
    });
    expect(await repo.quotaHistory(orgA, b.id)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent writes take the last quotas of a date', async () => {
    const building = await aBuildingRow(api.app, orgA);
    const [x, y] = [await aUnit(building, 'X', 400, '2025-01-01'), await aUnit(building, 'Y', 400, '2025-01-01')];
    const results = await Promise.allSettled([
      rawPeriod(building, x.id, 600, '2020-01-01', '2025-01-01'),
      rawPeriod(building, y.id, 600, '2020-01-01', '2025-01-01'),
      // Another building's write does not wait for these.
      aUnit(await aBuildingRow(api.app, orgA), 'Z', 1000),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(await allocated(building)).toBe(800);
  });
});
