/**
 * A position in PostgreSQL's write-ahead log (`pg_lsn`), written `0/16B3748`: two hexadecimal halves of a 64-bit
 * byte offset. Held as a bigint so that positions compare and subtract exactly.
 */
export type Lsn = bigint;

const TEXT = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

/** The position written as PostgreSQL writes it, or null when the text is not one. */
export function parseLsn(text: string | null | undefined): Lsn | null {
  const match = TEXT.exec(text?.trim() ?? '');
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}
