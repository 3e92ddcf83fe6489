// `npm run test:cov` ends here: line coverage per layer of the contexts, against the targets of the original design.
// Reads coverage/coverage-summary.json (Jest's json-summary reporter). Exits 1 when a layer is under its target.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const TARGETS = { domain: 100, application: 80, infrastructure: 60, http: null };
const root = join(import.meta.dirname, '..');
const summary = JSON.parse(readFileSync(join(root, 'coverage', 'coverage-summary.json'), 'utf8'));

const layers = new Map();
for (const [file, metrics] of Object.entries(summary)) {
  if (file === 'total') continue;
  const match = /^src\/modules\/[^/]+\/(domain|application|infrastructure|http)\//.exec(relative(root, file));
  const layer = match?.[1] ?? 'other';
  const sum = layers.get(layer) ?? { covered: 0, total: 0 };
  sum.covered += metrics.lines.covered;
  sum.total += metrics.lines.total;
  layers.set(layer, sum);
}

let below = false;
process.stdout.write('\nLine coverage by layer\n');
for (const layer of ['domain', 'application', 'infrastructure', 'http', 'other']) {
  const sum = layers.get(layer);
  if (!sum) continue;
  const pct = sum.total ? (100 * sum.covered) / sum.total : 100;
  const target = TARGETS[layer] ?? null;
  const verdict =
    target === null ? '' : pct + 1e-9 >= target ? `  (target ${target} %: met)` : `  (target ${target} %: NOT met)`;
  if (target !== null && pct + 1e-9 < target) below = true;
  process.stdout.write(
    `  ${layer.padEnd(15)} ${pct.toFixed(1).padStart(5)} %  ${sum.covered}/${sum.total} lines${verdict}\n`,
  );
}
process.exit(below ? 1 : 0);
