// Summarises a V8 .cpuprofile (from `BENCH_CPU_PROF=1 npm run bench`): self time by package or source folder, and
// the hottest functions. Usage: node bench/cpu-profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/cpu-profile-summary.mjs <file.cpuprofile> [top]\n');
  process.exit(1);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (deltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** node_modules/<package>, dist/<folder>, node:internal, or the V8 pseudo-frames ((garbage collector), (idle)…). */
function bucket(frame) {
  const url = frame.url ?? '';
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const dist = /\/dist\/(.+)$/.exec(url);
  if (dist) {
    const parts = dist[1].split('/');
    return `dist/${parts[0] === 'modules' ? `modules/${parts[1]}` : parts.slice(0, -1).join('/') || parts[0]}`;
  }
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  return url;
}

const byBucket = new Map();
const byFunction = new Map();
for (const [id, time] of self) {
  const frame = nodes.get(id).callFrame;
  const b = bucket(frame);
  byBucket.set(b, (byBucket.get(b) ?? 0) + time);
  const key = `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').replace(/^.*\/(node_modules|dist)\//, '$1/')}:${frame.lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + time);
}
const busy = total - (byBucket.get('(idle)') ?? 0);
/** Shares of the busy time (samples outside (idle)). */
const pct = (t) => `${((100 * t) / busy).toFixed(1).padStart(5)} %`;
const print = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [key, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${pct(time)}  ${key}\n`);
};
process.stdout.write(
  `${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy; shares below are of the busy time\n`,
);
byBucket.delete('(idle)');
byFunction.delete('(idle) :0');
print('Self time by package / folder', byBucket);
print('Hottest functions (self time)', byFunction);
