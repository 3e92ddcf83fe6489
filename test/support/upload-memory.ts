import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

// Collecting before each RSS sample measures what is retained, not garbage V8 has not got round to yet:
// consuming 60 MB of fresh chunks with no storage at all grows RSS by ~30 MB before the first full GC.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Peak resident memory over a run, sampled after a full collection, against the level at construction. */
export class RssProbe {
  readonly hash = createHash('sha256');
  private readonly before: number;
  private peak: number;
  constructor() {
    collectGarbage();
    this.before = this.peak = process.memoryUsage().rss;
  }
  sample(): void {
    collectGarbage();
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  get peakGrowth(): number {
    this.sample();
    return this.peak - this.before;
  }
}

/**
 * A PDF of `totalBytes` generated on the fly in fresh chunks, as a socket delivers them: a consumer that kept them
 * would show in RSS. The probe hashes what was sent and samples memory every 8 MB.
 */
export async function* generatedPdf(totalBytes: number, probe: RssProbe): AsyncGenerator<Uint8Array> {
  const end = Buffer.from(`xref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n${totalBytes - 100}\n%%EOF\n`);
  for (let sent = 0; sent < totalBytes; sent += CHUNK) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, totalBytes - sent)).fill(sent % 251);
    if (sent === 0) chunk.write('%PDF-1.7\n');
    if (sent + chunk.length >= totalBytes) end.copy(chunk, chunk.length - end.length);
    probe.hash.update(chunk);
    if (sent % (8 * MB) === 0) probe.sample();
    yield chunk;
  }
}
