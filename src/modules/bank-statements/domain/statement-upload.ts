import { StatementTooLarge } from './bank-statement.errors';

/**
 * The size a statement file may have. A day of CODA is a few kilobytes and a year of CAMT.053 of a co-ownership a
 * few megabytes; the file is read whole to check its balance, so the limit also bounds the memory one import takes.
 */
export abstract class StatementUploadLimits {
  abstract readonly maxBytes: number;
}

export const DEFAULT_STATEMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The uploaded bytes, gathered as they stream in; refused (StatementTooLarge) as soon as they pass `maxBytes`. */
export async function readUpload(content: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of content) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new StatementTooLarge(maxBytes);
    chunks.push(chunk);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
