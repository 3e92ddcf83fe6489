// `npm run migration:create -- <name>`: scaffolds migrations/<timestamp>-<name>.sql with both sections.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const name = (process.argv[2] ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
if (!name) {
  process.stderr.write('usage: npm run migration:create -- <name>\n');
  process.exit(1);
}
const file = join(import.meta.dirname, '..', 'migrations', `${Date.now()}-${name}.sql`);
writeFileSync(file, `-- ${name}\n-- migrate:up\n\n-- migrate:down\n`, { flag: 'wx' });
process.stdout.write(`${file}\n`);
