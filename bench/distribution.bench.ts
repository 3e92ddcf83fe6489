import { performance } from 'node:perf_hooks';
// The bench times the pure domain function itself, which the context's index.ts has no reason to export.
// eslint-disable-next-line koprogo/boundaries
import { distributeCharge, DistributionInput, UnitInput } from '../src/modules/expenses/domain/charge-distribution';

/**
 * Times the distribution of one expense over a 500-unit building, 2 owners per unit.
 * Run: node -r @swc-node/register bench/distribution.bench.ts  → one line of JSON (milliseconds per expense).
 */
const UNITS = 500;
const WARM_UP_RUNS = 200;
const MEASURED_RUNS = 1_000;

function building(): DistributionInput {
  const units: UnitInput[] = Array.from({ length: UNITS }, (_, index) => ({
    unitId: `unit-${index}`,
    unitNumber: `${String.fromCharCode(65 + (index % 26))}-${index}`,
    quota: 1 + ((index * 37) % 19),
    owners: [
      { ownerId: `owner-${index}-a`, share: 600_000 },
      { ownerId: `owner-${index}-b`, share: 400_000 },
    ],
  }));
  const totalQuota = units.reduce((acc, unit) => acc + unit.quota, 0);
  // A "hard" amount: no quota divides it evenly, so every run sorts remainders and hands out leftover cents.
  return { amountCents: 123_456_789, totalQuota, units };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function main(): void {
  const input = building();
  let checksum = 0; // keeps the result alive so the work cannot be optimised away
  for (let run = 0; run < WARM_UP_RUNS; run++) checksum += distributeCharge(input).units[0]!.amountCents;
  const timings: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const start = performance.now();
    checksum += distributeCharge(input).units[0]!.amountCents;
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  const report = {
    bench: 'charge-distribution',
    units: UNITS,
    ownersPerUnit: 2,
    runs: MEASURED_RUNS,
    medianMs: round(percentile(timings, 50)),
    p99Ms: round(percentile(timings, 99)),
    maxMs: round(timings[timings.length - 1] ?? Number.NaN),
    node: process.version,
    checksum,
  };
  console.log(JSON.stringify(report));
}

main();
