import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ContentTypeDetector, PDF } from '../domain/content-type';
import { ByteSource } from '../domain/document-storage';
import { LocalFileStorage } from './local-file.storage';

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;

// Collecting before each RSS sample measures what is retained, not garbage V8 has not got round to yet:
// consuming 60 MB of fresh chunks with no storage at all grows RSS by ~30 MB before the first full GC.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

class RssProbe {
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

/** Generated on the fly in fresh chunks, as a socket delivers them: a consumer that kept them would show in RSS. */
async function* generated(totalBytes: number, probe: RssProbe): ByteSource {
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

describe('LocalFileStorage memory use', () => {
  let dir: string;
  let storage: LocalFileStorage;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'koprogo-storage-memory-'));
    storage = new LocalFileStorage({ dir });
    await storage.initialize();
    // Warm-up: module loading and first-use allocations are not growth caused by the upload.
    await (await storage.stage(randomUUID(), generated(MB, new RssProbe()), { maxBytes: MB })).discard();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a 60 MB upload without holding it in memory', async () => {
    const probe = new RssProbe();
    const detector = new ContentTypeDetector();
    const staged = await storage.stage(randomUUID(), detector.observe(generated(60 * MB, probe)), {
      maxBytes: 100 * MB,
    });
    await staged.commit();

    expect(probe.peakGrowth).toBeLessThan(40 * MB);
    expect(staged.size).toBe(60 * MB);
    expect(staged.sha256).toBe(probe.hash.digest('hex'));
    expect(detector.result()).toBe(PDF);
    expect(statSync(join(dir, staged.key.slice(0, 2), staged.key)).size).toBe(60 * MB);
  });
});
