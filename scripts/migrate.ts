/**
 * `npm run migration:run` / `npm run migration:revert`: on DATABASE_URL, or the embedded database in DATA_DIR (the
 * running API's server when it is up).
 */
import { loadConfig } from '../src/config/app-config';
import { openDatabaseServer } from '../src/shared/persistence/database-server';
import { revertLastMigration, runMigrations } from '../src/shared/persistence/migrator';

async function main(command: string | undefined): Promise<void> {
  if (command !== 'run' && command !== 'revert') throw new Error('usage: migrate run|revert');
  const config = loadConfig();
  const server = await openDatabaseServer(config, { shareRunning: true });
  try {
    if (command === 'run') {
      const applied = await runMigrations(server.url);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Nothing to apply\n');
    } else {
      const reverted = await revertLastMigration(server.url);
      process.stdout.write(reverted ? `Reverted: ${reverted}\n` : 'Nothing to revert\n');
    }
  } finally {
    await server.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
