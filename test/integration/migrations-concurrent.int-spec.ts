import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMigrations } from '../../src/shared/persistence/migrator';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** Several API instances start together on one empty database: each runs the migrations at start-up. */
describe('migrations run by instances starting together', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase({ template: null })));
  afterAll(() => database.drop());

  it('are applied once, by one of them, and neither fails', async () => {
    const all = readdirSync(join(__dirname, '../../migrations')).filter((name) => name.endsWith('.sql'));
    const applied = await Promise.all([runMigrations(database.url), runMigrations(database.url)]);
    expect(applied.map((names) => names.length).sort((a, b) => a - b)).toEqual([0, all.length]);
  });
});
