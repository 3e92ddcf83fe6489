import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';
import { sql } from '../../src/shared/persistence/sql';
import { platformQuery, TenantSession } from '../support/tenant-session';

describe('authentication of requests', () => {
  let api: TestApp;
  let syndic: TenantSession;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
  });
  afterAll(() => api.close());

  const me = (authorization?: string) =>
    api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: authorization ? { authorization } : {} });

  it('refuses a request without a token with a 401 problem', async () => {
    const res = await me();
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a tampered signature, alg none and an expired token', async () => {
    const [header, payload] = syndic.token.split('.');
    expect((await me(`Bearer ${header}.${payload}.c2lnbmF0dXJl`)).statusCode).toBe(401);

    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect((await me(`Bearer ${none}.${payload}.`)).statusCode).toBe(401);

    const jwt = api.app.get(JwtService);
    const expired = await jwt.signAsync(
      { sub: syndic.userId, role: 'syndic', organization_id: syndic.organizationId, sid: syndic.sessionId, jti: randomUUID() },
      { expiresIn: -10 },
    );
    expect((await me(`Bearer ${expired}`)).statusCode).toBe(401);
  });

  it('stops accepting the tokens of a user deactivated through the API at once', async () => {
    const accountant = await syndic.as('accountant');
    expect((await me(`Bearer ${accountant.token}`)).statusCode).toBe(200);
    expect((await me(`Bearer ${accountant.token}`)).statusCode).toBe(200);
    await syndic.put(`/users/${accountant.userId}/deactivate`);
    expect((await me(`Bearer ${accountant.token}`)).statusCode).toBe(401);
  });

  it('hears a deactivation made elsewhere (another instance, the database) within moments', async () => {
    const accountant = await syndic.as('accountant');
    expect((await me(`Bearer ${accountant.token}`)).statusCode).toBe(200);
    await platformQuery(api.app, sql`UPDATE users SET active = false WHERE id = ${accountant.userId}`);
    const deadline = Date.now() + 2_000;
    let status = (await me(`Bearer ${accountant.token}`)).statusCode;
    while (status !== 401 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await me(`Bearer ${accountant.token}`)).statusCode;
    }
    expect(status).toBe(401);
  });

  it('takes a reactivated account back at once', async () => {
    const accountant = await syndic.as('accountant');
    // Set in the database: deactivating through the API also ends the account's sign-ins, for good.
    await platformQuery(api.app, sql`UPDATE users SET active = false WHERE id = ${accountant.userId}`);
    expect((await me(`Bearer ${accountant.token}`)).statusCode).toBe(401);
    await platformQuery(api.app, sql`UPDATE users SET active = true WHERE id = ${accountant.userId}`);
    expect((await me(`Bearer ${accountant.token}`)).statusCode).toBe(200);
  });
});
