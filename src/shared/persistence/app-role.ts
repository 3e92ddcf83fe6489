import { Client } from 'pg';

export const APP_ROLE = 'koprogo_app';

/**
 * Row-level security does not apply to superusers or roles with BYPASSRLS. When the configured account is one of
 * those (the embedded server's `postgres`, a typical DATABASE_URL), the application's connections switch to the
 * unprivileged `koprogo_app` role created by the migrations. Returns the pg `options` string to use, if any.
 */
export async function connectionRoleOptions(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ privileged: boolean; can_switch: boolean }>(
      `SELECT (r.rolsuper OR r.rolbypassrls) AS privileged,
              EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AND pg_has_role(current_user, $1, 'MEMBER') AS can_switch
         FROM pg_roles r WHERE r.rolname = current_user`,
      [APP_ROLE],
    );
    const row = rows[0];
    if (!row?.privileged) return undefined;
    if (!row.can_switch) {
      throw new Error(
        `The database account bypasses row-level security and cannot switch to role ${APP_ROLE}; ` +
          'run the migrations with an account that may create roles, or connect as an ordinary role',
      );
    }
    return `-c role=${APP_ROLE}`;
  } finally {
    await client.end();
  }
}
