import { randomUUID } from 'node:crypto';
import { aBuildingRow, anOwnerRow } from '../../../../test/builders/registry-rows';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { platformQuery, TenantSession } from '../../../../test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { RepresentativeRepository } from '../domain/representative.repository';
import { UnitRepository } from '../domain/unit.repository';

describe('PostgresRepresentativeRepository', () => {
  let api: TestApp;
  let repo: RepresentativeRepository;
  let units: UnitRepository;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(RepresentativeRepository);
    units = api.app.get(UnitRepository);
    orgA = (await TenantSession.forNewOrganization(api.app)).organizationId;
    orgB = (await TenantSession.forNewOrganization(api.app)).organizationId;
  });
  afterAll(() => api.close());

  /** A unit held 50/50 by two owners from 2020, written as rows. */
  async function aJointUnit(organizationId: string) {
    const buildingId = await aBuildingRow(api.app, organizationId);
    const unitId = randomUUID();
    await platformQuery(
      api.app,
      sql`INSERT INTO units (id, organization_id, building_id, unit_number, type, surface_area)
          VALUES (${unitId}, ${organizationId}, ${buildingId}, 'J1', 'apartment', 70)`,
    );
    await platformQuery(
      api.app,
      sql`INSERT INTO unit_quotas (id, organization_id, building_id, unit_id, quota)
          VALUES (${randomUUID()}, ${organizationId}, ${buildingId}, ${unitId}, 100)`,
    );
    const owners = [await anOwnerRow(api.app, organizationId), await anOwnerRow(api.app, organizationId)];
    for (const ownerId of owners) {
      await platformQuery(
        api.app,
        sql`INSERT INTO unit_ownerships (id, organization_id, unit_id, owner_id, share, start_date)
            VALUES (${randomUUID()}, ${organizationId}, ${unitId}, ${ownerId}, 50, '2020-01-01')`,
      );
    }
    return { buildingId, unitId, owners: owners as [string, string] };
  }

  const naming = (organizationId: string, unitId: string, ownerId: string, validFrom: string) =>
    repo.change(organizationId, unitId, (r) =>
      r.name({ id: randomUUID(), organizationId, unitId, ownerId, validFrom, recordedBy: randomUUID() }),
    );

  it('serialises concurrent namings of one unit under its lock: the history never overlaps', async () => {
    const { unitId, owners } = await aJointUnit(orgA);
    const days = ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01'];
    const results = await Promise.allSettled(days.map((day, i) => naming(orgA, unitId, owners[i % 2]!, day)));
    // Each one either went in, or came after a later one and was refused: never a lost or overlapping period.
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'REPRESENTATIVE_CHANGED_LATER' });
    }
    const rows = await platformQuery<{ valid_from: string; valid_to: string | null }>(
      api.app,
      sql`SELECT valid_from::text, valid_to::text FROM unit_representatives WHERE unit_id = ${unitId} ORDER BY valid_from`,
    );
    expect(rows.filter((r) => r.valid_to === null)).toHaveLength(1);
    rows.slice(1).forEach((row, i) => expect(rows[i]!.valid_to).toBe(row.valid_from));
    expect(rows.at(-1)!.valid_from).toBe('2026-01-01');
  });

  it('keeps one open mandate per unit even for a writer that skips the lock', async () => {
    const { unitId, owners } = await aJointUnit(orgA);
    await naming(orgA, unitId, owners[0], '2021-01-01');
    await expect(
      platformQuery(
        api.app,
        sql`INSERT INTO unit_representatives (id, organization_id, unit_id, owner_id, valid_from, recorded_by)
            VALUES (${randomUUID()}, ${orgA}, ${unitId}, ${owners[1]}, '2022-01-01', ${randomUUID()})`,
      ),
    ).rejects.toMatchObject({ constraint: 'unit_representatives_open_uq' });
  });

  it("answers who votes per unit in one query, and nothing of another organization's building", async () => {
    const { buildingId, unitId, owners } = await aJointUnit(orgA);
    await naming(orgA, unitId, owners[1], '2021-01-01');
    const voters = await repo.votersOn(orgA, buildingId, '2021-06-01');
    expect(voters).toEqual([
      { unitId, ownerIds: expect.arrayContaining(owners) as string[], representativeId: owners[1] },
    ]);
    expect(await repo.votersOn(orgB, buildingId, '2021-06-01')).toBeNull();
    expect(await repo.change(orgB, unitId, () => 'changed')).toBeNull();
    expect(await repo.load(orgB, unitId)).toBeNull();
  });

  it("lists an owner's shares across buildings in one query, and none of another organization", async () => {
    const { unitId, owners } = await aJointUnit(orgA);
    const spans = await units.holdingsOf(orgA, owners[0]);
    expect(spans).toEqual([
      { buildingId: expect.any(String) as string, unitId, startDate: '2020-01-01', endDate: null },
    ]);
    expect(await units.holdingsOf(orgB, owners[0])).toEqual([]);
  });
});
