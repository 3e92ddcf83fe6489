// Times the PCN PDF and workbook renderers on a large building: node -r @swc-node/register bench/pcn-render.bench.ts
// eslint-disable-next-line koprogo/boundaries -- the benchmark measures the renderers themselves, not the context's API
import { renderPcnWorkbook } from '../src/modules/pcn/infrastructure/pcn-excel.renderer';
// eslint-disable-next-line koprogo/boundaries -- idem
import { renderPcnPdf } from '../src/modules/pcn/infrastructure/pcn-pdf.renderer';
import { aLargePcnFixture, aPcnDocumentContext } from '../test/builders/pcn-documents.builders';

const SIZE = { units: 200, accounts: 25, expenses: 5000 };
const RUNS = 5;
const TARGET_MS = { pdf: 2000, workbook: 1000 };

interface Timing {
  coldMs: number;
  medianMs: number;
  maxMs: number;
  bytes: number;
  target: number;
  withinTarget: boolean;
}

async function time(render: () => Promise<Buffer>, target: number): Promise<Timing> {
  const durations: number[] = [];
  let bytes = 0;
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    bytes = (await render()).length;
    durations.push(performance.now() - start);
  }
  const [coldMs = 0, ...warm] = durations;
  const sorted = [...warm].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const maxMs = Math.max(coldMs, ...warm);
  const round = (ms: number): number => Math.round(ms);
  return {
    coldMs: round(coldMs),
    medianMs: round(medianMs),
    maxMs: round(maxMs),
    bytes,
    target,
    withinTarget: maxMs < target,
  };
}

async function main(): Promise<void> {
  const { report, expenses } = aLargePcnFixture(SIZE);
  const context = aPcnDocumentContext();
  const pdf = await time(() => renderPcnPdf(report, context), TARGET_MS.pdf);
  const workbook = await time(() => renderPcnWorkbook(report, context, expenses), TARGET_MS.workbook);
  const result = {
    size: { ...SIZE, unitAccountLines: report.units.length * SIZE.accounts },
    runs: { cold: 1, warm: RUNS },
    node: process.version,
    pdf,
    workbook,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  };
  console.log(JSON.stringify(result, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
