import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { TestS3Server } from '@test/support/s3-server';
import { generatedPdf, MB, RssProbe } from '@test/support/upload-memory';
import { ContentTypeDetector, PDF } from '../domain/content-type';
import { S3DocumentStorage } from './s3-document.storage';

describe('S3DocumentStorage memory use', () => {
  let server: TestS3Server;
  let client: S3Client;
  let storage: S3DocumentStorage;
  beforeAll(async () => {
    // The server runs in its own process: only what this process holds (the client side) is measured.
    server = await TestS3Server.start();
    client = server.client();
    storage = new S3DocumentStorage({ client, bucket: 'koprogo' });
    await storage.initialize();
    // Warm-up: module loading, the first connection and first-use allocations are not growth caused by the upload.
    await (await storage.stage(randomUUID(), generatedPdf(MB, new RssProbe()), { maxBytes: MB })).discard();
  });
  afterAll(async () => {
    client.destroy();
    await server.stop();
  });

  it('streams a 60 MB upload in parts without holding it in memory', async () => {
    const probe = new RssProbe();
    const detector = new ContentTypeDetector();
    const staged = await storage.stage(randomUUID(), detector.observe(generatedPdf(60 * MB, probe)), {
      maxBytes: 100 * MB,
    });
    await staged.commit();

    // One 8 MiB part is buffered while it is sent (and copied once into its request body).
    expect(probe.peakGrowth).toBeLessThan(40 * MB);
    expect(staged.size).toBe(60 * MB);
    expect(staged.sha256).toBe(probe.hash.digest('hex'));
    expect(detector.result()).toBe(PDF);
    const stored = await client.send(new HeadObjectCommand({ Bucket: 'koprogo', Key: staged.key }));
    expect(stored.ContentLength).toBe(60 * MB);
  });
});
