import type { EntityManager } from 'typeorm';
import { normalizeEmail, PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';

const GAP = 1 << 20;

/**
 * `sort=email` without storing emails in clear: each owner keeps `email_rank`, its position in the alphabetical
 * order of the organization's emails, with gaps. A write places the email between its neighbours by a binary search
 * over the rank-ordered rows (decrypting only the probed ones) and renumbers the organization only when no gap is
 * left. Writes of one organization's owners are serialised by an advisory lock so ranks never interleave.
 */
export async function emailRankFor(
  m: EntityManager,
  cipher: PersonalDataCipher,
  organizationId: string,
  ownerId: string,
  email: string,
): Promise<number> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('owners.email_rank:' || $1, 0))`, [organizationId]);
  const others: Array<{ id: string; email_cipher: string; email_rank: string }> = await m.query(
    `SELECT id, email_cipher, email_rank FROM owners WHERE organization_id = $1 AND id <> $2 ORDER BY email_rank, id`,
    [organizationId, ownerId],
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
  await m.query(
    `UPDATE owners SET email_rank = v.rank FROM unnest($1::uuid[], $2::bigint[]) AS v(id, rank)
      WHERE owners.id = v.id AND owners.organization_id = $3`,
    [ids, ids.map((_, i) => (i + 1) * GAP), organizationId],
  );
  return (low + 1) * GAP;
}
