import { normalizeEmail, PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { sql } from '../../../shared/persistence/sql';
import type { SqlTransaction } from '../../../shared/persistence/sql-transaction';
import { owners } from './owners.table';

const GAP = 1 << 20;

/**
 * `sort=email` without storing emails in clear: each owner keeps `email_rank`, its position in the alphabetical
 * order of the organization's emails, with gaps. A write places the email between its neighbours by a binary search
 * over the rank-ordered rows (decrypting only the probed ones) and renumbers the organization only when no gap is
 * left. Writes of one organization's owners are serialised by an advisory lock so ranks never interleave.
 */
export async function emailRankFor(
  tx: SqlTransaction,
  cipher: PersonalDataCipher,
  organizationId: string,
  ownerId: string,
  email: string,
): Promise<number> {
  await tx.rows(sql`SELECT pg_advisory_xact_lock(hashtextextended('owners.email_rank:' || ${organizationId}, 0))`);
  const others = await tx.rows<{ id: string; email_cipher: string; email_rank: string }>(
    sql`SELECT o.id, o.email_cipher, o.email_rank FROM ${owners.from}
      WHERE o.organization_id = ${organizationId} AND o.id <> ${ownerId} ORDER BY o.email_rank, o.id`,
  );
  const key = normalizeEmail(email);
  let low = 0;
  let high = others.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (normalizeEmail(cipher.decrypt((others[middle] as { email_cipher: string }).email_cipher)) < key)
      low = middle + 1;
    else high = middle;
  }
  const previous = low > 0 ? Number(others[low - 1]?.email_rank) : 0;
  const next = low < others.length ? Number(others[low]?.email_rank) : previous + 2 * GAP;
  if (next - previous >= 2) return previous + Math.floor((next - previous) / 2);
  const ids = others.map((o) => o.id);
  ids.splice(low, 0, ownerId);
  await tx.execute(
    sql`UPDATE ${owners.from} SET email_rank = v.rank
      FROM unnest(${ids}::uuid[], ${ids.map((_, i) => (i + 1) * GAP)}::bigint[]) AS v(id, rank)
      WHERE o.id = v.id AND o.organization_id = ${organizationId}`,
  );
  return (low + 1) * GAP;
}
