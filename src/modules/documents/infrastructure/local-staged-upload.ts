import { StagedUpload } from '../domain/document-storage';

/** What a staged file needs from its storage: publishing under the key, or deleting the temp file. */
export interface StagedFilePublisher {
  publish(tmpPath: string, key: string): Promise<void>;
  unlinkIfPresent(path: string): Promise<void>;
}

/** A complete, fsynced temp file waiting for the service's decision (after its database insert). */
export class LocalStagedUpload implements StagedUpload {
  private state: 'staged' | 'committed' | 'discarded' = 'staged';

  constructor(
    private readonly storage: StagedFilePublisher,
    readonly key: string,
    private readonly tmpPath: string,
    readonly size: number,
    readonly sha256: string,
  ) {}

  async commit(): Promise<void> {
    if (this.state === 'committed') return;
    if (this.state === 'discarded') throw new Error(`Staged upload ${this.key} was discarded`);
    // On failure the state stays 'staged', so the caller's discard still removes the temp file.
    await this.storage.publish(this.tmpPath, this.key);
    this.state = 'committed';
  }

  async discard(): Promise<void> {
    if (this.state !== 'staged') return;
    this.state = 'discarded';
    // A temp file that resists is invisible under any key and goes with the next stale sweep.
    await this.storage.unlinkIfPresent(this.tmpPath).catch(() => undefined);
  }
}
