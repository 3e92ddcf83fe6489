// Times the PCN report computation (split of every expense over the units, totals) on a large building:
//   node -r @swc-node/register bench/pcn-report.bench.ts   → one line of JSON.
// The HTTP route adds a bounded number of queries (building, units, expenses, chart) to this in-memory work.
// eslint-disable-next-line koprogo/boundaries -- the benchmark measures the pure domain function itself
import { buildPcnReport } from '../src/modules/pcn/domain/pcn-report.builder';
import { aLargePcnFixture } from '../test/builders/pcn-documents.builders';

const SIZE = { units: 200, accounts: 25, expenses: 5000 };
const RUNS = 20;
const TARGET_MS = 200;

function main(): void {
  const { expenses } = aLargePcnFixture(SIZE);
  // Quotas 1..9 over 1000 with some left unallocated: many ties, many leftover cents.
  const units = Array.from({ length: SIZE.units }, (_, i) => ({ unitId: `u-${i}`, unitNumber: `A-${String(i + 1).padStart(3, '0')}`, quota: 1 + ((i * 37) % 9) }));
  const input = {
    buildingId: 'b',
    period: { from: '2026-01-01', to: '2026-12-31' },
    lang: 'fr' as const,
    totalQuota: 1000 + units.reduce((sum, unit) => sum + unit.quota, 0),
    units,
    expenses,
    labels: new Map<string, string>(),
    visibleUnitIds: null,
  };
  const timings: number[] = [];
  let checksum = 0;
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    checksum += buildPcnReport(input).unallocatedCents;
    timings.push(performance.now() - start);
  }
  const [coldMs = 0, ...warm] = timings;
  warm.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const maxMs = Math.max(coldMs, ...warm);
  const result = {
    bench: 'pcn-report',
    size: SIZE,
    coldMs: round(coldMs),
    medianMs: round(warm[Math.floor(warm.length / 2)] ?? 0),
    maxMs: round(maxMs),
    target: TARGET_MS,
    withinTarget: maxMs < TARGET_MS,
    node: process.version,
    checksum,
  };
  console.log(JSON.stringify(result));
}

main();
