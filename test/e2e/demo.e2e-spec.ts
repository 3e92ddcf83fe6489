import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const PASSWORD = 'demo-password-2026';

describe('demo data', () => {
  let api: TestApp;
  let admin: TenantSession;

  beforeAll(async () => {
    api = await createTestApp({ NODE_ENV: 'development' });
    admin = await TenantSession.superadmin(api.app);
  });
  afterAll(() => api.close());

  const signIn = async (email: string) => {
    const res = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const token = res.json().accessToken as string;
    return (url: string) => api.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { authorization: `Bearer ${token}` } });
  };

  it('loads once: running the seed twice changes nothing', async () => {
    const first = await admin.request('POST', '/seed');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ loaded: true });
    const second = await admin.request('POST', '/seed');
    expect(second.json()).toMatchObject({ loaded: false });
  });

  it('gives the syndic two Brussels buildings whose quotas sum to their total', async () => {
    const get = await signIn('syndic@demo.koprogo.be');
    const buildings = (await get('/buildings')).json().data as Array<{ id: string; city: string; totalQuota: number }>;
    expect(buildings.map((b) => b.city).sort()).toEqual(['Bruxelles', 'Ixelles']);
    for (const building of buildings) {
      const units = (await get(`/buildings/${building.id}/units?perPage=100`)).json().data as Array<{ quota: number }>;
      expect(units.reduce((sum, u) => sum + u.quota, 0)).toBe(building.totalQuota);
    }
  });

  it('has expenses in every category over twelve months and a scheduled assembly', async () => {
    const get = await signIn('accountant@demo.koprogo.be');
    const expenses = (await get('/expenses?perPage=100')).json().data as Array<{ category: string }>;
    expect(new Set(expenses.map((e) => e.category))).toEqual(
      new Set(['maintenance', 'repairs', 'cleaning', 'works', 'utilities', 'administration', 'insurance', 'other']),
    );
    const meetings = (await get('/meetings?status=scheduled')).json().data;
    expect(meetings.length).toBeGreaterThanOrEqual(1);
  });

  it('has a complete registry, a lift key without the ground floor with a charge, and a credit note', async () => {
    const get = await signIn('syndic@demo.koprogo.be');
    const buildings = (await get('/buildings')).json().data as Array<{ id: string; name: string }>;
    for (const building of buildings) expect((await get(`/buildings/${building.id}/charges`)).statusCode).toBe(200);
    const marolles = buildings.find((b) => b.name === 'Résidence Les Marolles')!;
    const keys = (await get(`/buildings/${marolles.id}/keys`)).json().data as Array<{ id: string; name: string; weights: unknown[] }>;
    expect(keys.map((k) => [k.name, k.weights.length])).toEqual([['Ascenseur', 3]]);
    const expenses = (await get(`/buildings/${marolles.id}/expenses?perPage=100`)).json().data as Array<{
      id: string;
      amountCents: number;
      keyId: string | null;
    }>;
    const liftCharge = expenses.find((e) => e.keyId === keys[0]!.id)!;
    const split = (await get(`/expenses/${liftCharge.id}/distribution`)).json() as { units: Array<{ unitNumber: string }> };
    expect(split.units.map((u) => u.unitNumber)).toEqual(['A1', 'A2', 'A3']);
    expect(expenses.filter((e) => e.amountCents < 0)).toHaveLength(1);
  });

  it('gives each building a regulation the owners can download', async () => {
    const get = await signIn('owner@demo.koprogo.be');
    const documents = (await get('/documents')).json().data as Array<{ id: string; type: string }>;
    expect(documents.map((d) => d.type)).toEqual(['regulation']);
    const file = await get(`/documents/${documents[0]!.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('lets the owner see the unit it co-owns 60/40', async () => {
    const get = await signIn('owner@demo.koprogo.be');
    const buildings = (await get('/buildings')).json().data as Array<{ id: string }>;
    expect(buildings).toHaveLength(1);
    const units = (await get(`/buildings/${buildings[0]!.id}/units`)).json().data as Array<{ id: string; unitNumber: string }>;
    const a1 = units.find((u) => u.unitNumber === 'A1');
    const owners = (await get(`/units/${a1!.id}/owners`)).json().data as Array<{ share: string }>;
    expect(owners.map((o) => o.share).sort()).toEqual(['40.0000', '60.0000']);
  });

  it('has a year of quarterly calls, mostly paid, one owner in arrears and one credit', async () => {
    const get = await signIn('accountant@demo.koprogo.be');
    const buildings = (await get('/buildings')).json().data as Array<{ id: string; name: string }>;
    const marolles = buildings.find((b) => b.name === 'Résidence Les Marolles')!;
    const calls = (await get(`/calls?buildingId=${marolles.id}`)).json().data as Array<{ amountCents: number; status: string }>;
    expect(calls.map((c) => c.amountCents)).toEqual([450_000, 450_000, 450_000, 450_000]);
    expect(calls.filter((c) => c.status === 'paid')).toHaveLength(2);
    const arrears = (await get(`/buildings/${marolles.id}/arrears`)).json() as {
      owners: Array<{ lastName: string; items: unknown[] }>;
    };
    expect(arrears.owners.map((o) => [o.lastName, o.items.length])).toEqual([['De Smet', 2]]);
    const owners = (await get('/owners?q=Leroy')).json().data as Array<{ id: string }>;
    const ledger = (await get(`/owners/${owners[0]!.id}/ledger?buildingId=${marolles.id}`)).json() as {
      closingBalanceCents: number;
      balances: Array<{ fundId: string | null; balanceCents: number }>;
    };
    expect(ledger.closingBalanceCents).toBe(-2_500);
    expect(ledger.balances.find((b) => b.fundId === null)?.balanceCents).toBe(-2_500);
    const funds = (await get(`/buildings/${marolles.id}/funds`)).json().data as Array<{ kind: string }>;
    expect(funds.map((f) => f.kind)).toEqual(['reserve', 'working_capital']);
  });

  it('keeps the Liège organization apart', async () => {
    const get = await signIn('syndic@liege.koprogo.be');
    const buildings = (await get('/buildings')).json().data as Array<{ city: string }>;
    expect(buildings.map((b) => b.city)).toEqual(['Liège']);
  });

  it('answers 404 to the seed route in production', async () => {
    const production = await createTestApp({ NODE_ENV: 'production' });
    try {
      const root = await TenantSession.superadmin(production.app);
      expect((await root.request('POST', '/seed')).statusCode).toBe(404);
    } finally {
      await production.close();
    }
  });
});
