import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

/** The file-system calls the local storage makes; injectable so tests can make one of them fail. */
export type StorageFileSystem = Pick<
  typeof nodeFs,
  'open' | 'rename' | 'unlink' | 'mkdir' | 'readdir' | 'stat' | 'writeFile'
>;

export const realFileSystem: StorageFileSystem = nodeFs;

export const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

const absentAs =
  <T>(value: T) =>
  (error: unknown): T | Promise<never> =>
    isMissing(error) ? value : Promise.reject(error);

/** Idempotent delete: a file that is already gone is what we wanted. */
export async function unlinkIfPresent(fs: StorageFileSystem, path: string): Promise<void> {
  await fs.unlink(path).catch(absentAs(undefined));
}

export async function exists(fs: StorageFileSystem, path: string): Promise<boolean> {
  return fs.stat(path).then(() => true, absentAs(false));
}

export async function listDirectory(fs: StorageFileSystem, dir: string): Promise<string[]> {
  return fs.readdir(dir).catch(absentAs<string[]>([]));
}

/** Makes a rename durable; some platforms cannot open directories, and then the OS decides. */
export async function syncDirectory(fs: StorageFileSystem, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** A write may be partial; loop until the whole chunk is on disk. */
export async function writeFully(handle: FileHandle, chunk: ArrayBufferView): Promise<void> {
  const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}
