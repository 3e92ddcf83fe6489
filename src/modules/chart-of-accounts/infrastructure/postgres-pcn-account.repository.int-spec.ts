import { sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { TenantSession } from '../../../../test/support/tenant-session';
import { PcnAccount } from '../domain/pcn-account';
import { PcnAccountAlreadyExists } from '../domain/pcn-account.errors';
import { PostgresPcnAccountRepository } from './postgres-pcn-account.repository';

describe('PostgresPcnAccountRepository', () => {
  let api: TestApp;
  let repo: PostgresPcnAccountRepository;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    api = await createTestApp();
    repo = new PostgresPcnAccountRepository(api.app.get(TenantDatabase));
    alice = (await TenantSession.forNewOrganization(api.app)).organizationId;
    bob = (await TenantSession.forNewOrganization(api.app)).organizationId;
  });
  afterAll(() => api.close());

  const anAccount = (organizationId: string, code: string, labelFr = 'Ascenseur') =>
    PcnAccount.open({ organizationId, code, labelFr, labelNl: 'Lift' }, new Date());

  it('seeds the eight default accounts once, on first use, whatever the number of concurrent first uses', async () => {
    const lists = await Promise.all([repo.listAll(alice), repo.listAll(alice), repo.exists(alice, '610000')]);
    expect(lists[0]).toHaveLength(8);
    expect(lists[1]).toHaveLength(8);
    expect(lists[2]).toBe(true);
    expect(await repo.listAll(alice)).toHaveLength(8);
  });

  it("never shows, changes or collides with another organization's accounts", async () => {
    await repo.insert(anAccount(alice, '615000'));
    expect(await repo.exists(alice, '615000')).toBe(true);
    expect(await repo.exists(bob, '615000')).toBe(false);
    expect(await repo.findByCode(bob, '615000')).toBeNull();
    expect((await repo.listAll(bob)).map((a) => a.code)).not.toContain('615000');
    expect(
      await repo.update(bob, '615000', (a) => a.relabel({ labelFr: 'Volé', labelNl: 'Gestolen' }, new Date())),
    ).toBeNull();
    await repo.insert(anAccount(bob, '615000', 'Autre'));
    expect((await repo.findByCode(alice, '615000'))!.toSnapshot().labelFr).toBe('Ascenseur');
    const rows = await api.app
      .get(TenantDatabase)
      .reader(bob)
      .rows(sql`SELECT DISTINCT organization_id FROM pcn_accounts`);
    expect(rows).toEqual([{ organization_id: bob }]);
  });

  it('refuses a code already in the chart and relabels in place', async () => {
    await expect(repo.insert(anAccount(alice, '610000'))).rejects.toThrow(PcnAccountAlreadyExists);
    const updated = await repo.update(alice, '610000', (a) =>
      a.relabel({ labelFr: 'Entretien', labelNl: 'Onderhoud', labelEn: 'Upkeep' }, new Date()),
    );
    expect(updated).toMatchObject({ code: '610000', labelFr: 'Entretien', labelEn: 'Upkeep' });
    expect((await repo.findByCode(alice, '610000'))!.toSnapshot()).toEqual(updated);
  });
});
