import { JwtService } from '@nestjs/jwt';
import { createHmac, randomUUID } from 'node:crypto';
import { A_PASSWORD, aCreateOrganizationRequest, aCreateUserRequest } from '../builders/identity.builders';
import { sql } from '../../src/shared/persistence/sql';
import { createTestApp, TestApp } from '../support/test-app';
import { platformQuery, TenantSession } from '../support/tenant-session';

/** An HS256 token with exactly these claims (the API's signer would add an expiry). */
function hs256(claims: object, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** Access tokens speak for the account and the sign-in as they are now, not as they were when the token was issued. */
describe('sessions', () => {
  let api: TestApp;
  let admin: TenantSession;

  beforeAll(async () => {
    api = await createTestApp();
    admin = await TenantSession.superadmin(api.app);
  });
  afterAll(() => api.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });
  const me = (token: string) =>
    api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
  const signedIn = async () => {
    const body = aCreateOrganizationRequest();
    const created = await admin.post<{ id: string; syndic: { id: string } }>('/organizations', body);
    const tokens = (await post('/auth/login', { email: body.syndic.email, password: A_PASSWORD })).json();
    return { ...tokens, userId: created.syndic.id, organizationId: created.id } as {
      accessToken: string;
      refreshToken: string;
      userId: string;
      organizationId: string;
    };
  };
  const until401 = async (token: string) => {
    const deadline = Date.now() + 2_000;
    let status = (await me(token)).statusCode;
    while (status !== 401 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await me(token)).statusCode;
    }
    return status;
  };

  it('stops a demoted syndic from creating users with its old token', async () => {
    const syndic = await TenantSession.forNewOrganization(api.app);
    const colleague = await syndic.as('syndic');
    expect((await syndic.request('GET', '/users')).statusCode).toBe(200);
    await colleague.put(`/users/${syndic.userId}`, { firstName: 'Demoted', lastName: 'Syndic', role: 'owner' });
    const res = await syndic.request('POST', '/users', aCreateUserRequest({ role: 'syndic' }));
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('hears a role changed elsewhere (another instance, the database) within moments', async () => {
    const syndic = await TenantSession.forNewOrganization(api.app);
    expect((await me(syndic.token)).statusCode).toBe(200);
    await platformQuery(api.app, sql`UPDATE users SET role = 'accountant' WHERE id = ${syndic.userId}`);
    expect(await until401(syndic.token)).toBe(401);
  });

  it('refuses a token whose organization is not the account’s', async () => {
    const syndic = await TenantSession.forNewOrganization(api.app);
    const other = await TenantSession.forNewOrganization(api.app);
    const forged = await api.app
      .get(JwtService)
      .signAsync({ sub: syndic.userId, role: 'syndic', organization_id: other.organizationId, sid: syndic.sessionId, jti: randomUUID() });
    expect((await me(forged)).statusCode).toBe(401);
  });

  it('refuses tokens without an expiry, an issue time, an id or a sign-in', async () => {
    const syndic = await TenantSession.forNewOrganization(api.app);
    const jwt = api.app.get(JwtService);
    const base = { sub: syndic.userId, role: 'syndic', organization_id: syndic.organizationId };
    const full = { ...base, sid: syndic.sessionId, jti: randomUUID() };
    const secret = api.config.jwtSecret;
    const sign = (claims: object, options: object = {}) => jwt.signAsync(claims, { secret, ...options });
    expect((await me(await sign(full))).statusCode).toBe(200);
    const now = Math.floor(Date.now() / 1000);
    expect((await me(hs256({ ...full, iat: now }, secret))).statusCode).toBe(401);
    expect((await me(hs256({ ...full, exp: now + 60 }, secret))).statusCode).toBe(401);
    expect((await me(hs256({ ...full, iat: now, exp: now + 60 }, secret))).statusCode).toBe(200);
    expect((await me(await sign({ ...base, sid: syndic.sessionId })))).toMatchObject({ statusCode: 401 });
    expect((await me(await sign({ ...base, jti: randomUUID() })))).toMatchObject({ statusCode: 401 });
  });

  it('ends the access token at once when its session logs out', async () => {
    const session = await signedIn();
    expect((await me(session.accessToken)).statusCode).toBe(200);
    expect((await post('/auth/logout', { refreshToken: session.refreshToken })).statusCode).toBe(204);
    expect((await me(session.accessToken)).statusCode).toBe(401);
  });

  it('ends the access tokens of a session whose rotated refresh token is reused, also the newest', async () => {
    const session = await signedIn();
    const next = (await post('/auth/refresh', { refreshToken: session.refreshToken })).json();
    expect((await me(next.accessToken)).statusCode).toBe(200);
    expect((await post('/auth/refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
    expect((await me(session.accessToken)).statusCode).toBe(401);
    expect((await me(next.accessToken)).statusCode).toBe(401);
  });

  it('hears a sign-out made on another instance within moments', async () => {
    const session = await signedIn();
    expect((await me(session.accessToken)).statusCode).toBe(200);
    // Another instance's sign-out reaches this one only through the database.
    await platformQuery(api.app, sql`UPDATE refresh_sessions SET revoked_at = now() WHERE user_id = ${session.userId}`);
    expect(await until401(session.accessToken)).toBe(401);
  });

  it('leaves the user’s other sessions alone when one signs out', async () => {
    const first = await signedIn();
    const email = (await me(first.accessToken)).json().email as string;
    const second = (await post('/auth/login', { email, password: A_PASSWORD })).json();
    await post('/auth/logout', { refreshToken: first.refreshToken });
    expect((await me(first.accessToken)).statusCode).toBe(401);
    expect((await me(second.accessToken)).statusCode).toBe(200);
  });
});
