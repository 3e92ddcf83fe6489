import { randomUUID } from 'node:crypto';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import {
  aBuildingWithUnits,
  anOwner,
  expectExactlyOneSucceeded,
  expectInvalidField,
  expectProblem,
} from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type Key = { id: string; name: string; weights: Array<{ unitId: string; weight: number }>; totalWeight: number };

describe('distribution keys', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let accountant: TenantSession;
  let ownerUser: TenantSession;
  let other: TenantSession;
  // U1 (ground floor) 200, U2 300, U3 500; each owned 100 % since 2020.
  let b: { buildingId: string; unitIds: string[] };
  let elsewhere: { buildingId: string; unitIds: string[] };

  const liftBody = () => ({
    name: 'Ascenseur',
    weights: [
      { unitId: b.unitIds[1], weight: 1 },
      { unitId: b.unitIds[2], weight: 2 },
    ],
  });
  const keysUrl = () => `/buildings/${b.buildingId}/keys`;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    [accountant, ownerUser] = await Promise.all([syndic.as('accountant'), syndic.as('owner')]);
    b = await aBuildingWithUnits(syndic, [200, 300, 500]);
    elsewhere = await aBuildingWithUnits(syndic, [1000]);
    for (const unitId of [...b.unitIds, ...elsewhere.unitIds]) {
      await syndic.post(`/units/${unitId}/owners`, {
        ownerId: await anOwner(syndic),
        share: '100',
        startDate: '2020-01-01',
      });
    }
  });
  afterAll(() => api.close());

  it('creates a key with a Location header, reads it and lists it with pagination', async () => {
    const res = await syndic.request('POST', keysUrl(), liftBody());
    expect(res.statusCode).toBe(201);
    const key = res.json() as Key;
    expect(res.headers.location).toBe(`/api/v1/buildings/${b.buildingId}/keys/${key.id}`);
    expect(key).toMatchObject({ name: 'Ascenseur', buildingId: b.buildingId, totalWeight: 3 });
    expect(key.weights).toHaveLength(2);
    expect(await accountant.get(`${keysUrl()}/${key.id}`)).toEqual(key);
    const list = await accountant.get<{ data: Key[]; pagination: Record<string, unknown> }>(`${keysUrl()}?perPage=10`);
    // An owner user holding no share in the building does not see it.
    expectProblem(await ownerUser.request('GET', keysUrl()), 404, 'NOT_FOUND');
    expectInvalidField(await accountant.request('GET', `${keysUrl()}?sort=weight`), 'sort');
    expect(list.data.map((k) => k.name)).toContain('Ascenseur');
    expect(list.pagination).toMatchObject({ page: 1, perPage: 10 });
    expectProblem(await syndic.request('POST', keysUrl(), liftBody()), 409, 'DUPLICATE_KEY_NAME');
  });

  it('splits an expense naming the key by its weights, and a one-unit key charges that unit alone', async () => {
    const lift = await syndic.post<Key>(keysUrl(), { ...liftBody(), name: 'Lift 2' });
    const expense = await accountant.post<{ id: string; keyId: string }>(
      '/expenses',
      aCreateExpenseRequest(b.buildingId, { amountCents: 1_000, expenseDate: '2026-02-01', keyId: lift.id }),
    );
    expect(expense.keyId).toBe(lift.id);
    const split = await syndic.get<{ units: Array<{ unitNumber: string; quota: number; amountCents: number }> }>(
      `/expenses/${expense.id}/distribution`,
    );
    expect(split.units.map((u) => [u.unitNumber, u.quota, u.amountCents])).toEqual([
      ['U2', 1, 333],
      ['U3', 2, 667],
    ]);
    const privateKey = await syndic.post<Key>(keysUrl(), {
      name: 'Privatif U1',
      weights: [{ unitId: b.unitIds[0], weight: 1 }],
    });
    const own = await accountant.post<{ id: string }>(
      '/expenses',
      aCreateExpenseRequest(b.buildingId, { amountCents: 4_321, expenseDate: '2026-02-02', keyId: privateKey.id }),
    );
    const alone = await syndic.get<{ units: Array<{ unitNumber: string; amountCents: number }> }>(
      `/expenses/${own.id}/distribution`,
    );
    expect(alone.units.map((u) => [u.unitNumber, u.amountCents])).toEqual([['U1', 4_321]]);
  });

  it('refuses to change the weights of, or delete, a key an expense uses (409 KEY_IN_USE), but renames it', async () => {
    const key = await syndic.post<Key>(keysUrl(), { ...liftBody(), name: 'Chauffage' });
    const expense = await accountant.post<{ id: string }>(
      '/expenses',
      aCreateExpenseRequest(b.buildingId, { expenseDate: '2026-03-01', keyId: key.id }),
    );
    const changed = { name: 'Chauffage', weights: [{ unitId: b.unitIds[1], weight: 5 }] };
    expectProblem(await syndic.request('PUT', `${keysUrl()}/${key.id}`, changed), 409, 'KEY_IN_USE');
    expectProblem(await syndic.request('DELETE', `${keysUrl()}/${key.id}`), 409, 'KEY_IN_USE');
    const renamed = await syndic.put<Key>(`${keysUrl()}/${key.id}`, { ...liftBody(), name: 'Chauffage central' });
    expect(renamed).toMatchObject({ name: 'Chauffage central', totalWeight: 3 });
    await syndic.request('DELETE', `/expenses/${expense.id}`);
    expect((await syndic.put<Key>(`${keysUrl()}/${key.id}`, changed)).totalWeight).toBe(5);
    expect((await syndic.request('DELETE', `${keysUrl()}/${key.id}`)).statusCode).toBe(204);
    expectProblem(await syndic.request('GET', `${keysUrl()}/${key.id}`), 404, 'NOT_FOUND');
  });

  it('lets exactly one of a weight change and an expense using the key win when they race', async () => {
    const key = await syndic.post<Key>(keysUrl(), { ...liftBody(), name: 'Course' });
    const changed = { name: 'Course', weights: [{ unitId: b.unitIds[2], weight: 7 }] };
    const [put, post] = await Promise.all([
      syndic.request('PUT', `${keysUrl()}/${key.id}`, changed),
      accountant.request(
        'POST',
        '/expenses',
        aCreateExpenseRequest(b.buildingId, { expenseDate: '2026-03-02', keyId: key.id }),
      ),
    ]);
    expect(post.statusCode).toBe(201);
    if (put.statusCode === 200) {
      const split = await syndic.get<{ units: unknown[] }>(`/expenses/${post.json().id}/distribution`);
      expect(split.units).toHaveLength(1); // recorded after the change: split by the new weights
    } else {
      expectExactlyOneSucceeded([post, put], 201, 409, 'KEY_IN_USE');
    }
  });

  it('refuses bad bodies (400) and units of another building or unknown (404), changing nothing', async () => {
    const before = (await syndic.get<{ pagination: { totalItems: number } }>(keysUrl())).pagination.totalItems;
    const weight = (unitId: string, w: unknown = 1) => ({ unitId, weight: w });
    expectInvalidField(await syndic.request('POST', keysUrl(), { name: '', weights: [weight(b.unitIds[0]!)] }), 'name');
    expectInvalidField(await syndic.request('POST', keysUrl(), { name: 'X', weights: [] }), 'weights');
    expectInvalidField(
      await syndic.request('POST', keysUrl(), { name: 'X', weights: [weight(b.unitIds[0]!, 0)] }),
      'weights.0.weight',
    );
    expectInvalidField(
      await syndic.request('POST', keysUrl(), { name: 'X', weights: [weight(b.unitIds[0]!, 1.5)] }),
      'weights.0.weight',
    );
    expectInvalidField(
      await syndic.request('POST', keysUrl(), { name: 'X', weights: [weight('nope')] }),
      'weights.0.unitId',
    );
    expectInvalidField(
      await syndic.request('POST', keysUrl(), {
        name: 'X',
        weights: [weight(b.unitIds[0]!), weight(b.unitIds[0]!, 2)],
      }),
      'weights.1.unitId',
    );
    expectInvalidField(await syndic.request('POST', keysUrl(), { ...liftBody(), name: 'Y', extra: 1 }), 'extra');
    expectProblem(
      await syndic.request('POST', keysUrl(), { name: 'X', weights: [weight(elsewhere.unitIds[0]!)] }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await syndic.request('POST', keysUrl(), { name: 'X', weights: [weight(randomUUID())] }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await syndic.request('POST', `/buildings/${randomUUID()}/keys`, liftBody()), 404, 'NOT_FOUND');
    expect((await syndic.get<{ pagination: { totalItems: number } }>(keysUrl())).pagination.totalItems).toBe(before);
  });

  it("refuses an expense naming another building's key or an unknown key (404)", async () => {
    const key = await syndic.post<Key>(keysUrl(), { ...liftBody(), name: 'Ici seulement' });
    const body = aCreateExpenseRequest(elsewhere.buildingId, { keyId: key.id });
    expectProblem(await syndic.request('POST', '/expenses', body), 404, 'NOT_FOUND');
    const unknown = aCreateExpenseRequest(b.buildingId, { keyId: randomUUID() });
    expectProblem(await syndic.request('POST', '/expenses', unknown), 404, 'NOT_FOUND');
    expectInvalidField(
      await syndic.request('POST', '/expenses', aCreateExpenseRequest(b.buildingId, { amountCents: 0 })),
      'amountCents',
    );
  });

  it('charges a period by splitting its sum once, the owner statement too, not cent by cent', async () => {
    const thirds = await aBuildingWithUnits(syndic, [1, 1, 1], { totalQuota: 3 });
    const ownerIds: string[] = [];
    for (const unitId of thirds.unitIds) {
      ownerIds.push(await anOwner(syndic));
      await syndic.post(`/units/${unitId}/owners`, { ownerId: ownerIds.at(-1), share: '100', startDate: '2020-01-01' });
    }
    for (let day = 1; day <= 10; day++) {
      const date = `2026-01-${String(day).padStart(2, '0')}`;
      await accountant.post(
        '/expenses',
        aCreateExpenseRequest(thirds.buildingId, { amountCents: 1, expenseDate: date, vatRate: null }),
      );
    }
    const url = `/buildings/${thirds.buildingId}/charges?from=2026-01-01&to=2026-01-31`;
    const charges = await syndic.get<{ units: Array<{ unitNumber: string; amountCents: number }> }>(url);
    // Cent by cent, U1 would carry all ten cents: 10 / 0 / 0.
    expect(charges.units.map((u) => [u.unitNumber, u.amountCents])).toEqual([
      ['U1', 4],
      ['U2', 3],
      ['U3', 3],
    ]);
    const statement = await syndic.get<{ lines: unknown[]; totalCents: number }>(
      `/owners/${ownerIds[1]}/statement?from=2026-01-01&to=2026-01-31`,
    );
    expect(statement).toMatchObject({ totalCents: 3 });
    expect(statement.lines).toHaveLength(10);
  });

  it('lets only the syndic write keys (403)', async () => {
    for (const session of [accountant, ownerUser]) {
      expectProblem(await session.request('POST', keysUrl(), { ...liftBody(), name: 'Z' }), 403, 'FORBIDDEN');
    }
  });

  it("answers 404 to another organization's token on every key route", async () => {
    const key = await syndic.post<Key>(keysUrl(), { ...liftBody(), name: 'Secret' });
    const routes: Array<['GET' | 'POST' | 'PUT' | 'DELETE', string, unknown?]> = [
      ['GET', keysUrl()],
      ['GET', `${keysUrl()}/${key.id}`],
      ['POST', keysUrl(), { ...liftBody(), name: 'Intrus' }],
      ['PUT', `${keysUrl()}/${key.id}`, liftBody()],
      ['DELETE', `${keysUrl()}/${key.id}`],
    ];
    for (const [method, url, body] of routes) {
      const res = await other.request(method, url, body);
      expect({ url, method, status: res.statusCode }).toEqual({ url, method, status: 404 });
    }
    expect(await syndic.get(`${keysUrl()}/${key.id}`)).toMatchObject({ name: 'Secret' });
  });
});
