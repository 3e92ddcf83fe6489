import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedPdf, MB, RssProbe } from '@test/support/upload-memory';
import { ContentTypeDetector, PDF } from '../domain/content-type';
import { LocalFileStorage } from './local-file.storage';

describe('LocalFileStorage memory use', () => {
  let dir: string;
  let storage: LocalFileStorage;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'koprogo-storage-memory-'));
    storage = new LocalFileStorage({ dir });
    await storage.initialize();
    // Warm-up: module loading and first-use allocations are not growth caused by the upload.
    await (await storage.stage(randomUUID(), generatedPdf(MB, new RssProbe()), { maxBytes: MB })).discard();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a 60 MB upload without holding it in memory', async () => {
    const probe = new RssProbe();
    const detector = new ContentTypeDetector();
    const staged = await storage.stage(randomUUID(), detector.observe(generatedPdf(60 * MB, probe)), {
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
