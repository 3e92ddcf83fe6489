import { Client } from 'pg';

/** No text or jsonb column of any table holds `text` (case-insensitive), read as the platform, without row-level security. */
export async function expectNowhereInDatabase(databaseUrl: string, text: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb')`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const { table_name, column_name } of rows) {
      const hit = await client.query(`SELECT 1 FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1 LIMIT 1`, [
        `%${text}%`,
      ]);
      expect({ table_name, column_name, found: hit.rowCount }).toEqual({ table_name, column_name, found: 0 });
    }
  } finally {
    await client.end();
  }
}
