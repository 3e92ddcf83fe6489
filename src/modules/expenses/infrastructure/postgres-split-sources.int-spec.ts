import type { TenantContext } from '@shared/domain';
import { aBuildingWithUnits, anOwner, aCreateUnitRequest } from '../../../../test/builders/registry.builders';
import { aCreateExpenseRequest } from '../../../../test/builders/expenses.builders';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { TenantSession } from '../../../../test/support/tenant-session';
import { BuildingShares } from '../domain/building-shares';
import { distributeByKeyOn } from '../domain/registry-state';
import { SplitSources } from '../domain/split-sources';

/**
 * The registry of one day, read with the expense, splits it exactly as the building's whole history does on that day:
 * around a quota change, a unit created later, a sale and a shared ownership, with and without a key.
 */
describe('PostgresSplitSources', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;
  let buildingId: string;
  let keyId: string;
  const expenseIds: string[] = [];
  const DAYS = ['2019-12-31', '2020-01-01', '2025-06-30', '2025-07-01', '2026-06-30', '2026-07-01', '2026-09-15'];

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    stranger = await TenantSession.forNewOrganization(api.app);
    const building = await aBuildingWithUnits(syndic, [500, 500], { totalUnits: 3 });
    buildingId = building.buildingId;
    const [a, b] = building.unitIds as [string, string];
    const [ann, bob, cleo, dan] = [
      await anOwner(syndic),
      await anOwner(syndic),
      await anOwner(syndic),
      await anOwner(syndic),
    ];
    await syndic.post(`/units/${a}/owners`, { ownerId: ann, share: '100', startDate: '2020-01-01' });
    await syndic.post(`/units/${b}/owners`, { ownerId: bob, share: '60', startDate: '2020-01-01' });
    await syndic.post(`/units/${b}/owners`, { ownerId: cleo, share: '40', startDate: '2020-01-01' });
    await syndic.post(`/units/${a}/owners/transfer`, { fromOwnerId: ann, toOwnerId: dan, date: '2025-07-01' });
    await syndic.post(`/units/${a}/quotas`, { quota: 400, validFrom: '2026-07-01', decisionRef: 'AG 2026-06-12' });
    const c = await syndic.post('/units', {
      ...aCreateUnitRequest(buildingId, { unitNumber: 'C', quota: 100 }),
      quotaValidFrom: '2026-07-01',
    });
    await syndic.post(`/units/${c.id}/owners`, { ownerId: cleo, share: '100', startDate: '2026-07-01' });
    keyId = (
      await syndic.post(`/buildings/${buildingId}/keys`, {
        name: 'Ascenseur',
        weights: [
          { unitId: a, weight: 1 },
          { unitId: b, weight: 2 },
        ],
      })
    ).id;
    for (const expenseDate of DAYS.slice(1)) {
      for (const withKey of [false, true]) {
        const request = aCreateExpenseRequest(buildingId, { amountCents: 100_003, expenseDate });
        const expense = await syndic.post('/expenses', withKey ? { ...request, keyId } : request);
        expenseIds.push(expense.id);
      }
    }
  });
  afterAll(() => api.close());

  const tenant = (): TenantContext =>
    ({ organizationId: syndic.organizationId, userId: syndic.userId, role: 'syndic' }) as TenantContext;

  it('splits each expense as the whole history does on its day', async () => {
    const sources = api.app.get(SplitSources);
    const [history] = await api.app.get(BuildingShares).historiesOf(tenant(), [buildingId]);
    for (const id of expenseIds) {
      const found = await sources.forExpense(syndic.organizationId, id);
      expect(found).not.toBeNull();
      const { expense, history: ofTheDay, key } = found!;
      expect(key?.id ?? null).toBe(expense.keyId);
      const fromTheDay = distributeByKeyOn(ofTheDay, key, expense.amountCents, expense.expenseDate);
      const fromTheHistory = distributeByKeyOn(history!, key, expense.amountCents, expense.expenseDate);
      expect(fromTheDay).toEqual(fromTheHistory);
      expect(fromTheDay.units.reduce((sum, u) => sum + u.amountCents, 0)).toBe(100_003);
    }
  });

  it('reads only the ownerships of the day', async () => {
    const found = await api.app.get(SplitSources).forExpense(syndic.organizationId, expenseIds[4]!);
    expect(found!.expense.expenseDate).toBe('2025-07-01');
    const units = new Map(found!.history.units.map((u) => [u.unitNumber, u]));
    const [a, b] = found!.history.units.filter((u) => u.unitNumber !== 'C');
    expect([a!.ownerships.length, b!.ownerships.length].sort()).toEqual([1, 2]);
    expect(a!.quotas).toEqual([{ quota: 500, validFrom: null, validTo: null }]);
    // Unit C exists from 2026-07-01 only: no quota, no owner that day.
    expect(units.get('C')).toMatchObject({ quotas: [], ownerships: [] });
  });

  it('finds nothing for another organization', async () => {
    expect(await api.app.get(SplitSources).forExpense(stranger.organizationId, expenseIds[0]!)).toBeNull();
  });
});
