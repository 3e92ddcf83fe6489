import { JwtService } from '@nestjs/jwt';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes, randomUUID } from 'node:crypto';
import type { InjectOptions, Response as LightMyRequestResponse } from 'light-my-request';
import { PersonalDataCipher } from '../../src/shared/crypto/personal-data-cipher';
import type { Role, TenantContext } from '../../src/shared/domain/tenant';
import { PlatformDatabase } from '../../src/shared/persistence/platform-database';
import { sql, Sql } from '../../src/shared/persistence/sql';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** A placeholder hash: test sessions sign their tokens directly and never log in with a password. */
const NO_PASSWORD = '$argon2id$v=19$m=19456,t=2,p=1$bm9wYXNzd29yZA$bm9wYXNzd29yZG5vcGFzc3dvcmQ';

/**
 * A signed-in user of an organization, seeded straight into the database, that calls the API through
 * `app.inject`. `TenantSession.forNewOrganization(app)` gives a syndic of a brand-new organization.
 */
export class TenantSession {
  private constructor(
    private readonly app: NestFastifyApplication,
    readonly organizationId: string,
    readonly userId: string,
    readonly role: Role,
    readonly token: string,
    readonly sessionId: string,
  ) {}

  /** The caller as the application services see it, for steps that call them directly. */
  get tenant(): TenantContext {
    return { organizationId: this.organizationId, userId: this.userId, role: this.role };
  }

  static async forNewOrganization(app: NestFastifyApplication, role: Role = 'syndic'): Promise<TenantSession> {
    const organizationId = randomUUID();
    const slug = `org-${organizationId.slice(0, 8)}`;
    await platformQuery(
      app,
      sql`INSERT INTO organizations (id, name, slug, contact_email)
          VALUES (${organizationId}, ${`Syndic ${slug}`}, ${slug}, ${`contact@${slug}.be`})`,
    );
    return TenantSession.forUser(app, organizationId, role);
  }

  /** The platform superadmin (no organization). */
  static async superadmin(app: NestFastifyApplication): Promise<TenantSession> {
    return TenantSession.forUser(app, null, 'superadmin');
  }

  /** Another user of this session's organization, with another role. */
  as(role: Role): Promise<TenantSession> {
    return TenantSession.forUser(this.app, this.organizationId, role);
  }

  private static async forUser(
    app: NestFastifyApplication,
    organizationId: string | null,
    role: Role,
  ): Promise<TenantSession> {
    const userId = randomUUID();
    const email = `${role}.${userId.slice(0, 8)}@test.koprogo.be`;
    const cipher = app.get(PersonalDataCipher);
    await platformQuery(
      app,
      sql`INSERT INTO users (id, organization_id, email_hash, email_cipher, password_hash, first_name, last_name, role)
          VALUES (${userId}, ${organizationId}, ${cipher.emailIndex(email)}, ${cipher.encrypt(email)}, ${NO_PASSWORD},
                  'Test', ${role}, ${role})`,
    );
    // Tokens are tied to a sign-in, as the API's own are: a refresh-session family that signing out would end.
    const sessionId = randomUUID();
    await platformQuery(
      app,
      sql`INSERT INTO refresh_sessions (id, family_id, user_id, token_hash, expires_at)
          VALUES (${randomUUID()}, ${sessionId}, ${userId}, ${randomBytes(32).toString('hex')}, now() + interval '1 day')`,
    );
    const token = await app
      .get(JwtService)
      .signAsync({ sub: userId, role, organization_id: organizationId, sid: sessionId, jti: randomUUID() });
    return new TenantSession(app, organizationId as string, userId, role, token, sessionId);
  }

  request(
    method: Method,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const options: InjectOptions = {
      method,
      url: url.startsWith('/api/') ? url : `/api/v1${url}`,
      headers: { authorization: `Bearer ${this.token}`, ...headers },
    };
    if (payload !== undefined) options.payload = payload as InjectOptions['payload'];
    return this.app.inject(options);
  }

  /** GET that must answer 200; returns the JSON body. */
  async get<T = Record<string, unknown>>(url: string): Promise<T> {
    return expectStatus<T>(await this.request('GET', url), 200);
  }

  /** POST that must answer 201; returns the created resource. */
  async post<T = Record<string, unknown> & { id: string }>(url: string, body: unknown): Promise<T> {
    return expectStatus<T>(await this.request('POST', url, body), 201);
  }

  /** PUT that must answer 200; returns the resource. */
  async put<T = Record<string, unknown>>(url: string, body?: unknown): Promise<T> {
    return expectStatus<T>(await this.request('PUT', url, body ?? {}), 200);
  }
}

function expectStatus<T>(res: LightMyRequestResponse, status: number): T {
  if (res.statusCode !== status) {
    throw new Error(`Expected ${status}, got ${res.statusCode}: ${res.body}`);
  }
  return res.json() as T;
}

/** Seeding across organizations, as the platform does (row-level security would hide the rows otherwise). */
export function platformQuery<Row = Record<string, unknown>>(
  app: NestFastifyApplication,
  statement: Sql,
): Promise<Row[]> {
  return app.get(PlatformDatabase).rows<Row>(statement);
}
