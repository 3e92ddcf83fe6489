import { createHmac } from 'node:crypto';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { sql, Sql } from './sql';

/** The two roles the application runs as (created by the migrations): tenant data, and platform work. */
export const TENANT_ROLE = 'koprogo_app';
export const PLATFORM_ROLE = 'koprogo_platform';

/** How the application reaches its database once the schema owner has migrated it. */
export interface DatabaseAccess {
  /** The unprivileged application role: every row it sees is one organization's. */
  readonly tenantUrl: string;
  /** The platform role, for the few operations that cross organizations. */
  readonly platformUrl: string;
  /** Signs the tenant claim the row-level policies check; the application role cannot read it. */
  readonly tenantKey: Buffer;
}

/**
 * Reads the tenant key and makes sure both roles can sign in, from the schema owner's connection (`DATABASE_URL`).
 * Their passwords are derived from the owner's, so every instance derives the same and none is stored; on a server
 * that trusts local connections (no password in the URL) they sign in without one.
 */
export async function prepareDatabaseAccess(ownerUrl: string): Promise<DatabaseAccess> {
  const [row] = await asOwner(ownerUrl, (owner) => owner<{ key: Buffer }>(sql`SELECT key FROM app_tenant_key`));
  if (!row) throw new Error('The database has no tenant key: run the migrations first');
  const access = {
    tenantUrl: roleUrl(ownerUrl, TENANT_ROLE),
    platformUrl: roleUrl(ownerUrl, PLATFORM_ROLE),
    tenantKey: row.key,
  };
  await ensureSignIn(ownerUrl, TENANT_ROLE, access.tenantUrl);
  await ensureSignIn(ownerUrl, PLATFORM_ROLE, access.platformUrl);
  return access;
}

/**
 * How `role` signs in where the schema owner signs in with `ownerUrl`: the same server, its password derived from the
 * owner's. A streaming replica of the primary has the same roles and passwords, so its owner URL gives its role URLs.
 */
export function roleUrl(ownerUrl: string, role: string): string {
  const url = new URL(ownerUrl);
  const ownerPassword = url.password;
  url.username = role;
  url.password = ownerPassword ? derivedPassword(decodeURIComponent(ownerPassword), role) : '';
  return url.toString();
}

function derivedPassword(ownerPassword: string, role: string): string {
  return createHmac('sha256', ownerPassword).update(`koprogo role ${role}`).digest('base64url');
}

/** Tries to sign in as the role; when its password is not the derived one yet, sets it (once per server). */
async function ensureSignIn(ownerUrl: string, role: string, roleUrl: string): Promise<void> {
  if (await canSignIn(roleUrl)) return;
  const password = new URL(roleUrl).password;
  // ALTER ROLE takes no bound parameters: the role is a constant and the password is base64url, both escaped anyway.
  const statement = `ALTER ROLE ${escapeIdentifier(role)} LOGIN PASSWORD ${password ? escapeLiteral(password) : 'NULL'}`;
  await withClient(ownerUrl, (client) => client.query(statement).catch(retryConcurrentUpdate(client, statement)));
  if (!(await canSignIn(roleUrl))) {
    throw new Error(`The database role ${role} cannot sign in; check the server's authentication rules (pg_hba.conf)`);
  }
}

/** Two instances starting together may set the same password at the same moment: the second one tries again. */
function retryConcurrentUpdate(client: Client, statement: string) {
  return async (error: unknown) => {
    if (!/concurrently updated/.test(String(error))) throw error;
    await client.query(statement);
  };
}

const AUTHENTICATION_FAILED = new Set(['28P01', '28000']);

async function canSignIn(url: string): Promise<boolean> {
  try {
    await withClient(url, async () => undefined);
    return true;
  } catch (error) {
    if (AUTHENTICATION_FAILED.has((error as { code?: string }).code ?? '')) return false;
    throw error;
  }
}

type OwnerQuery = <Row>(statement: Sql) => Promise<Row[]>;

/** Statements of the schema owner, before the application's pools exist. */
export function asOwner<T>(ownerUrl: string, work: (query: OwnerQuery) => Promise<T>): Promise<T> {
  return withClient(ownerUrl, (client) =>
    work(async <Row>(statement: Sql) => (await client.query(statement.text, [...statement.values])).rows as Row[]),
  );
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'koprogo-setup' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
