import { randomUUID } from 'node:crypto';
import { aBuildingWithUnits } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { sql } from '@shared/persistence/sql';
import { DistributionKeySnapshot } from '../domain/distribution-key';
import { DistributionKeyRepository } from '../domain/distribution-key.repository';
import { Expense } from '../domain/expense';
import { ExpenseRepository } from '../domain/expense.repository';

const PAGE = { page: 1, perPage: 20, sort: 'name', order: 'asc' } as const;

describe('PostgresDistributionKeyRepository', () => {
  let api: TestApp;
  let repo: DistributionKeyRepository;
  let alice: TenantSession;
  let bob: TenantSession;
  let building: { buildingId: string; unitIds: string[] };
  let other: { buildingId: string; unitIds: string[] };

  const aKey = (overrides: Partial<DistributionKeySnapshot> = {}): DistributionKeySnapshot => ({
    id: randomUUID(),
    organizationId: alice.organizationId,
    buildingId: building.buildingId,
    name: `Clé ${randomUUID().slice(0, 8)}`,
    weights: [
      { unitId: building.unitIds[0]!, weight: 2 },
      { unitId: building.unitIds[1]!, weight: 3 },
    ].sort((a, b) => (a.unitId < b.unitId ? -1 : 1)),
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  });

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(DistributionKeyRepository);
    alice = await TenantSession.forNewOrganization(api.app);
    bob = await TenantSession.forNewOrganization(api.app);
    building = await aBuildingWithUnits(alice, [600, 400]);
    other = await aBuildingWithUnits(alice, [1000]);
  });
  afterAll(() => api.close());

  it('stores a key with its weights, reads it in one statement and hides it from other organizations', async () => {
    const key = aKey();
    await repo.insert(key);
    expect(await repo.findById(alice.organizationId, building.buildingId, key.id)).toMatchObject({
      name: key.name,
      weights: key.weights,
    });
    expect(await repo.findById(bob.organizationId, building.buildingId, key.id)).toBeNull();
    expect(await repo.findById(alice.organizationId, other.buildingId, key.id)).toBeNull();
    expect((await repo.list(bob.organizationId, building.buildingId, PAGE)).totalItems).toBe(0);
    expect((await repo.ofBuildings(alice.organizationId, [building.buildingId])).map((k) => k.id)).toContain(key.id);
    const rows = await api.app
      .get(TenantDatabase)
      .reader(bob.organizationId)
      .rows(sql`SELECT count(*)::int AS n FROM distribution_key_weights`);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it("refuses, at the database, a unit of another building and another organization's building, storing nothing", async () => {
    const key = aKey({ weights: [{ unitId: other.unitIds[0]!, weight: 1 }] });
    await expect(repo.insert(key)).rejects.toMatchObject({ code: 'NOT_FOUND', params: { resource: 'unit' } });
    await expect(repo.insert(aKey({ organizationId: bob.organizationId }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await repo.findById(alice.organizationId, building.buildingId, key.id)).toBeNull();
  });

  it('replaces the weights of an unused key, and refuses once an expense uses it', async () => {
    const key = aKey();
    await repo.insert(key);
    const weights = [{ unitId: building.unitIds[0]!, weight: 9 }];
    expect(
      (await repo.replace(alice.organizationId, building.buildingId, key.id, { name: key.name, weights }, new Date()))!
        .weights,
    ).toEqual(weights);
    const expense = Expense.record(
      {
        id: randomUUID(),
        organizationId: alice.organizationId,
        buildingId: building.buildingId,
        category: 'repairs',
        description: 'Ascenseur',
        amountCents: -1_000,
        expenseDate: '2026-02-01',
        keyId: key.id,
      },
      new Date(),
    );
    await api.app.get(ExpenseRepository).insert(expense);
    const changed = { name: key.name, weights: [{ unitId: building.unitIds[1]!, weight: 1 }] };
    await expect(
      repo.replace(alice.organizationId, building.buildingId, key.id, changed, new Date()),
    ).rejects.toMatchObject({ code: 'KEY_IN_USE' });
    await expect(repo.delete(alice.organizationId, building.buildingId, key.id)).rejects.toMatchObject({
      code: 'KEY_IN_USE',
    });
    expect((await repo.findById(alice.organizationId, building.buildingId, key.id))!.weights).toEqual(weights);
  });

  it('refuses a credit note of 0 and an amount beyond the ceiling at the database too', async () => {
    const db = api.app.get(TenantDatabase);
    const insert = (amount: number) =>
      db.writeOnce(
        alice.organizationId,
        sql`INSERT INTO expenses (id, organization_id, building_id, category, description, amount_cents, expense_date, account_code)
            VALUES (${randomUUID()}, ${alice.organizationId}, ${building.buildingId}, 'other', 'x', ${amount}, '2026-01-01', '619000')`,
      );
    await expect(insert(0)).rejects.toBeDefined();
    await expect(insert(-1_000_000_001)).rejects.toBeDefined();
    await expect(insert(-1_000_000_000)).resolves.toBeDefined();
  });
});
