import { randomUUID } from 'node:crypto';
import { aBuildingWithUnits } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { ResourceNotFound } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { Expense, ExpenseDetailsInput } from '../domain/expense';
import { ExpenseRepository } from '../domain/expense.repository';

const PAGE = { page: 1, perPage: 20, sort: 'expenseDate', order: 'desc' } as const;

describe('PostgresExpenseRepository', () => {
  let api: TestApp;
  let repo: ExpenseRepository;
  let alice: TenantSession;
  let bob: TenantSession;
  let aliceBuilding: string;
  let bobBuilding: string;

  const record = (organizationId: string, buildingId: string, overrides: Partial<ExpenseDetailsInput> = {}) =>
    Expense.record(
      {
        id: randomUUID(),
        organizationId,
        buildingId,
        category: 'utilities',
        description: 'Électricité des communs',
        amountCents: 45_678,
        expenseDate: '2026-02-01',
        vatRate: 21,
        dueDate: '2026-02-28',
        ...overrides,
      },
      new Date(),
    );

  beforeAll(async () => {
    api = await createTestApp();
    repo = api.app.get(ExpenseRepository);
    alice = await TenantSession.forNewOrganization(api.app);
    bob = await TenantSession.forNewOrganization(api.app);
    aliceBuilding = (await aBuildingWithUnits(alice, [1000])).buildingId;
    bobBuilding = (await aBuildingWithUnits(bob, [1000])).buildingId;
  });
  afterAll(() => api.close());

  it('stores and reads back an expense exactly, bigint amount and dates included', async () => {
    const expense = record(alice.organizationId, aliceBuilding, { amountCents: 1_000_000_000 });
    await repo.insert(expense);
    const { createdAt, updatedAt, ...rest } = expense.toSnapshot();
    const stored = await repo.findById(alice.organizationId, expense.id);
    expect(stored).toMatchObject(rest);
    expect(stored!.createdAt.getTime()).toBe(createdAt.getTime());
    expect(stored!.updatedAt.getTime()).toBe(updatedAt.getTime());
  });

  it('stores text exactly as typed, quotes, backslashes and placeholders included', async () => {
    const description = `Facture n° 12 d'O'Brien \\ "urgent" $1 -- /* ? */ 🏢`;
    const expense = record(alice.organizationId, aliceBuilding, {
      description,
      supplier: `L'Entretien\\SA`,
      dueDate: null,
    });
    await repo.insert(expense);
    expect(await repo.findById(alice.organizationId, expense.id)).toMatchObject({
      description,
      supplier: `L'Entretien\\SA`,
      dueDate: null,
    });
  });

  it("keeps another organization's expenses invisible to every method", async () => {
    const expense = record(alice.organizationId, aliceBuilding);
    await repo.insert(expense);
    const bobOrg = bob.organizationId;
    await expect(repo.findById(bobOrg, expense.id)).resolves.toBeNull();
    await expect(repo.list(bobOrg, { today: '2026-03-01' }, PAGE)).resolves.toMatchObject({ items: [], totalItems: 0 });
    await expect(repo.list(bobOrg, { buildingId: aliceBuilding, today: '2026-03-01' }, PAGE)).resolves.toMatchObject({
      totalItems: 0,
    });
    await expect(repo.chargeableIn(bobOrg, [aliceBuilding], {})).resolves.toEqual([]);
    await expect(repo.existsForBuilding(bobOrg, aliceBuilding)).resolves.toBe(false);
    await expect(repo.update(bobOrg, expense.id, (e) => e.cancel(new Date()))).resolves.toBeNull();
    await expect(repo.delete(bobOrg, expense.id, () => undefined)).resolves.toBe(false);
    await expect(repo.findById(alice.organizationId, expense.id)).resolves.toMatchObject({ status: 'pending' });
  });

  it('lets row-level security hide the rows from a query that forgets its filter', async () => {
    await repo.insert(record(alice.organizationId, aliceBuilding));
    const rows = await api.app
      .get(TenantDatabase)
      .reader(bob.organizationId)
      .rows(sql`SELECT id FROM expenses`);
    expect(rows).toEqual([]);
  });

  it('refuses an expense on a building of another organization as not found (foreign key on organization and building)', async () => {
    await expect(repo.insert(record(alice.organizationId, bobBuilding))).rejects.toEqual(
      new ResourceNotFound('building'),
    );
    await expect(repo.insert(record(alice.organizationId, randomUUID()))).rejects.toEqual(
      new ResourceNotFound('building'),
    );
  });

  it('derives overdue from the day it is given', async () => {
    const building = (await aBuildingWithUnits(alice, [1000])).buildingId;
    const late = record(alice.organizationId, building, { dueDate: '2026-02-28' });
    await repo.insert(late);
    const list = (status: 'overdue' | 'pending', today: string) =>
      repo
        .list(alice.organizationId, { buildingId: building, status, today }, PAGE)
        .then((p) => p.items.map((e) => e.id));
    await expect(list('overdue', '2026-02-28')).resolves.toEqual([]);
    await expect(list('pending', '2026-02-28')).resolves.toEqual([late.id]);
    await expect(list('overdue', '2026-03-01')).resolves.toEqual([late.id]);
    await expect(list('pending', '2026-03-01')).resolves.toEqual([]);
  });

  it('updates under a lock and reports existence of uncancelled expenses', async () => {
    const building = (await aBuildingWithUnits(alice, [1000])).buildingId;
    await expect(repo.existsForBuilding(alice.organizationId, building)).resolves.toBe(false);
    const expense = record(alice.organizationId, building);
    await repo.insert(expense);
    await expect(repo.existsForBuilding(alice.organizationId, building)).resolves.toBe(true);
    const cancelled = await repo.update(alice.organizationId, expense.id, (e) => e.cancel(new Date()));
    expect(cancelled).toMatchObject({ status: 'cancelled' });
    await expect(repo.existsForBuilding(alice.organizationId, building)).resolves.toBe(false);
    await expect(repo.chargeableIn(alice.organizationId, [building], {})).resolves.toEqual([]);
  });
});
