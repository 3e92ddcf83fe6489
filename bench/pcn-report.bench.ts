// Times the PCN report computation (the period split of the expenses over the units, totals) on a large building:
//   node -r @swc-node/register bench/pcn-report.bench.ts   → one line of JSON.
// The HTTP route adds a bounded number of queries (building, units, expenses, keys, chart) to this in-memory work.
// eslint-disable-next-line koprogo/boundaries -- the benchmark measures the pure domain functions themselves
import { splitPeriod } from '../src/modules/expenses/domain/period-split';
// eslint-disable-next-line koprogo/boundaries -- idem
import { buildPcnReport } from '../src/modules/pcn/domain/pcn-report.builder';
import { aLargePcnFixture } from '../test/builders/pcn-documents.builders';

const SIZE = { units: 200, accounts: 25, expenses: 5000 };
const RUNS = 20;
const TARGET_MS = 200;

function main(): void {
  const { expenses } = aLargePcnFixture(SIZE);
  // Quotas 1..9: many ties, many leftover cents; each unit owned 60/40 since before the period.
  const units = Array.from({ length: SIZE.units }, (_, i) => ({
    unitId: `u-${i}`,
    unitNumber: `A-${String(i + 1).padStart(3, '0')}`,
    quota: 1 + ((i * 37) % 9),
    ownerships: [
      { ownerId: `o-${i}-a`, share: 600_000, startDate: '2020-01-01', endDate: null },
      { ownerId: `o-${i}-b`, share: 400_000, startDate: '2020-01-01', endDate: null },
    ],
  }));
  const history = { buildingId: 'b', totalQuota: units.reduce((sum, unit) => sum + unit.quota, 0), units };
  const chargeable = expenses.map((e) => ({ ...e, category: 'other' as const, expenseDate: e.date, keyId: null }));
  const timings: number[] = [];
  let checksum = 0;
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const parts = splitPeriod(history, new Map(), chargeable);
    const report = buildPcnReport({
      buildingId: 'b',
      period: { from: '2026-01-01', to: '2026-12-31' },
      lang: 'fr',
      units,
      movements: expenses,
      parts,
      coveredByReserve: [],
      labels: new Map<string, string>(),
      visibleUnitIds: null,
    });
    checksum += report.units[0]!.totalCents;
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
