// Step 1 of `npm run bench`, in one process on the compiled application: seed the data set and the growth
// organization (bench/growth.mjs) when they are not there, then count the SQL round trips per route. Writes its
// findings as JSON to the file named by the first argument.
import { writeFileSync } from 'node:fs';
import { bootApp } from './lib/app.mjs';
import { countQueries, statementRecorder } from './query-count.mjs';
import { seedGrowth } from './growth.mjs';
import { seed, vacuumAnalyze } from './seed.mjs';

const output = process.argv[2];
const recorder = statementRecorder();
const api = await bootApp();
try {
  const seeding = await seed(api);
  const growth = await seedGrowth(api);
  if (seeding.seeded || growth.seeded) {
    process.stdout.write('VACUUM (ANALYZE) after seeding…\n');
    await vacuumAnalyze(api.database.url);
  }
  process.stdout.write('Counting SQL round trips per request…\n');
  const queryCounts = await countQueries(api, recorder);
  const result = { seeding, growth, queryCounts };
  if (output) writeFileSync(output, JSON.stringify(result, null, 2));
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await api.close();
}
