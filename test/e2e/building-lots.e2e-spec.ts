import { aCreateBuildingRequest, aCreateUnitRequest, startRegistryApp } from '../builders/registry.builders';
import type { TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

describe('buildings: lots and the 20-lot regime', () => {
  let api: TestApp;
  let syndic: TenantSession;

  beforeAll(async () => ({ api, syndic } = await startRegistryApp()));
  afterAll(() => api.close());

  it('counts 19 apartments + 25 parkings as 19 lots; the 20th apartment requires a board and full accounts', async () => {
    const building = await syndic.post('/buildings', aCreateBuildingRequest({ totalUnits: 46, totalQuota: 1000 }));
    const add = (unitNumber: string, type: string) =>
      syndic.post('/units', aCreateUnitRequest(building.id, { unitNumber, type, quota: 10 }));
    for (let i = 1; i <= 19; i++) await add(`A${i}`, 'apartment');
    for (let i = 1; i <= 25; i++) await add(`P${i}`, i === 25 ? 'garage' : 'parking');
    expect(await syndic.get(`/buildings/${building.id}`)).toMatchObject({
      unitCount: 44,
      lotCount: 19,
      boardRequired: false,
      accountingMode: 'simplified',
    });
    await add('A20', 'apartment');
    expect(await syndic.get(`/buildings/${building.id}`)).toMatchObject({
      lotCount: 20,
      boardRequired: true,
      accountingMode: 'full',
    });
    const list = await syndic.get<{ data: Array<{ id: string; lotCount: number }> }>('/buildings?perPage=100');
    expect(list.data.find((b) => b.id === building.id)).toMatchObject({ lotCount: 20, accountingMode: 'full' });
  });
});
