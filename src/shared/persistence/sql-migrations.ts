import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's `migrations/` folder, from src/ (tests) and from dist/ (production) alike. */
export const MIGRATIONS_DIR = resolve(__dirname, '..', '..', '..', 'migrations');

const FILE_NAME = /^(\d{13})-([a-z0-9-]+)\.sql$/;
const UP = '-- migrate:up';
const DOWN = '-- migrate:down';

export interface SqlMigration {
  readonly name: string;
  /** The file's 13-digit prefix (milliseconds since the epoch when it was created). */
  readonly timestamp: string;
  readonly up: string;
  readonly down: string;
}

/**
 * Migrations are plain SQL files, `<js-timestamp>-<name>.sql`, with a `-- migrate:up` and a `-- migrate:down`
 * section, applied in file order by the migrator (`migration:run`, `migration:revert`, and every start-up).
 */
export function readSqlMigrations(dir: string = MIGRATIONS_DIR): SqlMigration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`Migration file ${file} must be named <13-digit timestamp>-<kebab-name>.sql`);
      const text = readFileSync(join(dir, file), 'utf8');
      const upAt = text.indexOf(UP);
      const downAt = text.indexOf(DOWN);
      if (upAt < 0 || downAt < upAt) throw new Error(`Migration ${file} needs "${UP}" then "${DOWN}" sections`);
      const camel = (match[2] as string).replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
      return {
        name: `${camel}${match[1]}`,
        timestamp: match[1] as string,
        up: text.slice(upAt + UP.length, downAt).trim(),
        down: text.slice(downAt + DOWN.length).trim(),
      };
    });
}
