import { A_PASSWORD, aCreateOrganizationRequest } from '../builders/identity.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

describe('auth', () => {
  let api: TestApp;
  let admin: TenantSession;

  beforeAll(async () => {
    api = await createTestApp();
    admin = await TenantSession.superadmin(api.app);
  });
  afterAll(() => api.close());

  const post = (url: string, payload: unknown, ip = '10.1.1.1') =>
    api.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, remoteAddress: ip });
  const newSyndic = async () => {
    const body = aCreateOrganizationRequest();
    const created = await admin.post<{ id: string; syndic: { id: string } }>('/organizations', body);
    return { email: body.syndic.email, organizationId: created.id, userId: created.syndic.id };
  };
  const login = (email: string, password = A_PASSWORD, ip?: string) => post('/auth/login', { email, password }, ip);

  it('signs in and answers the api.md token shape', async () => {
    const { email, userId } = await newSyndic();
    const res = await login(email.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, user: { id: userId, email, role: 'syndic' } });
    const me = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${res.json().accessToken}` } });
    expect(me.json()).toMatchObject({ id: userId, email });
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const { email } = await newSyndic();
    const wrong = await login(email, 'not the right password');
    const unknown = await login('nobody@nowhere.be', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('limits failed sign-ins per email to 10 per 15 minutes, with Retry-After', async () => {
    const { email } = await newSyndic();
    for (let i = 0; i < 10; i++) expect((await login(email, 'wrong password!!', `10.2.0.${i}`)).statusCode).toBe(401);
    const blocked = await login(email, A_PASSWORD, '10.2.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().code).toBe('RATE_LIMITED');
  });

  it('counts parallel wrong passwords before checking them: exactly the limit answer 401, the rest 429', async () => {
    const { email } = await newSyndic();
    const results = await Promise.all(
      Array.from({ length: 400 }, (_, i) => login(email, 'wrong password!!', `10.4.${i % 250}.${Math.floor(i / 250)}`)),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(390);
    for (const res of results.filter((r) => r.statusCode === 429)) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses the right password sent among parallel wrong ones once the limit is reached', async () => {
    const { email } = await newSyndic();
    const wrong = (n: number) => Array.from({ length: n }, (_, i) => login(email, 'wrong password!!', `10.5.0.${i}`));
    expect((await Promise.all(wrong(10))).map((r) => r.statusCode)).toEqual(Array(10).fill(401));
    const results = await Promise.all([...wrong(30), login(email, A_PASSWORD, '10.5.1.1'), ...wrong(30)]);
    expect(results.map((r) => r.statusCode)).toEqual(Array(61).fill(429));
  });

  it('limits failed sign-ins per IP, and successful sign-ins do not count', async () => {
    const { email } = await newSyndic();
    for (let i = 0; i < 12; i++) expect((await login(email, A_PASSWORD, '10.3.0.1')).statusCode).toBe(200);
    for (let i = 0; i < 10; i++) await login(`ghost${i}@nowhere.be`, 'wrong password!!', '10.3.0.2');
    expect((await login(email, A_PASSWORD, '10.3.0.2')).statusCode).toBe(429);
    expect((await login(email, A_PASSWORD, '10.3.0.3')).statusCode).toBe(200);
  });

  it('signs in every user of one office at once: sign-ins that succeed are never refused, however many are in flight', async () => {
    const users = await Promise.all(Array.from({ length: 3 }, () => newSyndic()));
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(users[i % users.length]!.email, A_PASSWORD, '10.6.0.1')),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(30).fill(200));
  });

  it('rotates refresh tokens: the old one stops working', async () => {
    const { email } = await newSyndic();
    const first = (await login(email)).json();
    const second = await post('/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.statusCode).toBe(200);
    expect(second.json().refreshToken).not.toBe(first.refreshToken);
    expect((await post('/auth/refresh', { refreshToken: first.refreshToken })).statusCode).toBe(401);
  });

  it('revokes the whole session when a rotated token is presented again', async () => {
    const { email } = await newSyndic();
    const first = (await login(email)).json();
    const second = (await post('/auth/refresh', { refreshToken: first.refreshToken })).json();
    expect((await post('/auth/refresh', { refreshToken: first.refreshToken })).statusCode).toBe(401);
    const afterReuse = await post('/auth/refresh', { refreshToken: second.refreshToken });
    expect(afterReuse.statusCode).toBe(401);
    expect(afterReuse.json().code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('lets exactly one of two parallel refreshes with the same token win', async () => {
    const { email } = await newSyndic();
    const { refreshToken } = (await login(email)).json();
    const results = await Promise.all([post('/auth/refresh', { refreshToken }), post('/auth/refresh', { refreshToken })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });

  it('logs out without an access token: the refresh token stops working', async () => {
    const { email } = await newSyndic();
    const { refreshToken } = (await login(email)).json();
    expect((await post('/auth/logout', { refreshToken })).statusCode).toBe(204);
    expect((await post('/auth/refresh', { refreshToken })).statusCode).toBe(401);
  });

  it('refuses sign-in, refresh and tokens of a suspended organization, and accepts them again once active', async () => {
    const { email, organizationId } = await newSyndic();
    const tokens = (await login(email)).json();
    await admin.put(`/organizations/${organizationId}/suspend`);
    expect((await login(email)).statusCode).toBe(401);
    expect((await post('/auth/refresh', { refreshToken: tokens.refreshToken })).statusCode).toBe(401);
    const me = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(me.statusCode).toBe(401);
    await admin.put(`/organizations/${organizationId}/activate`);
    expect((await login(email)).statusCode).toBe(200);
  });

  it('refuses malformed bodies with 400 and unknown fields', async () => {
    expect((await post('/auth/login', { email: 'a@b.be' })).statusCode).toBe(400);
    expect((await post('/auth/login', { email: 'a@b.be', password: 'x', admin: true })).statusCode).toBe(400);
    expect((await post('/auth/refresh', {})).statusCode).toBe(400);
  });

  describe('behind a trusted proxy (TRUSTED_PROXIES)', () => {
    let proxied: TestApp;
    beforeAll(async () => {
      proxied = await createTestApp({ TRUSTED_PROXIES: '10.9.0.1' });
    });
    afterAll(() => proxied.close());

    const attempt = (remoteAddress: string, forwardedFor: string) =>
      proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `ghost-${Math.random()}@nowhere.be`, password: 'wrong password!!' },
        remoteAddress,
        headers: { 'x-forwarded-for': forwardedFor },
      });

    it('ignores X-Forwarded-For from any other peer: a spoofed address does not escape the per-IP limit', async () => {
      for (let i = 0; i < 10; i++) expect((await attempt('10.8.0.1', `192.0.2.${i}`)).statusCode).toBe(401);
      expect((await attempt('10.8.0.1', '192.0.2.99')).statusCode).toBe(429);
    });

    it('takes the client address from the trusted proxy', async () => {
      for (let i = 0; i < 10; i++) expect((await attempt('10.9.0.1', '198.51.100.1')).statusCode).toBe(401);
      expect((await attempt('10.9.0.1', '198.51.100.1')).statusCode).toBe(429);
      expect((await attempt('10.9.0.1', '198.51.100.2')).statusCode).toBe(401);
    });
  });
});
