import type { AttendanceEntry, VotingRight } from './attendance';
import { InvalidAttendance, ProxyLimitExceeded, SyndicCannotHoldProxy } from './meeting.errors';

/** The proxy limits of art. 3.87 §7, as researched: data in one place. */
export const PROXY_LIMITS = {
  /** A holder accepts at most 3 proxies… */
  maxProxies: 3,
  /** …more only while his own votes plus his principals' are at most 10 % of all the building's votes. */
  maxShareNumerator: 1,
  maxShareDenominator: 10,
} as const;

/** Who holds a proxy: a co-owner, or someone else named on the proxy. */
export type ProxyHolder = { readonly ownerId: string } | { readonly name: string };

/** The owner records that are the organization's syndic: matched to a user with role syndic by e-mail or account. */
export interface SyndicIdentity {
  readonly ownerIds: ReadonlySet<string>;
}

/** Lowercased, accents and repeated spaces removed: "  Jean   DUPONT " and "jean dupont" are one name. */
export function normalizedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Checks an attendance list before it is recorded: each owner once; a represented owner names exactly one holder,
 * never himself; present and absent owners name none; a co-owner holding proxies is listed present.
 */
export function assertAttendanceShape(entries: readonly AttendanceEntry[]): void {
  const seen = new Set<string>();
  const status = new Map(entries.map((e) => [e.ownerId, e.status]));
  entries.forEach((entry, index) => {
    const field = `entries[${index}]`;
    if (seen.has(entry.ownerId)) throw new InvalidAttendance(`${field}.ownerId`, 'lists the same owner twice');
    seen.add(entry.ownerId);
    const holders = Number(entry.proxyHolderOwnerId !== null) + Number(entry.proxyHolderName !== null);
    if (entry.status === 'represented' && holders !== 1) {
      throw new InvalidAttendance(`${field}.proxyHolder`, 'a represented owner names one proxy holder (art. 3.87 §7)');
    }
    if (entry.status !== 'represented' && holders !== 0) {
      throw new InvalidAttendance(`${field}.proxyHolder`, 'only a represented owner names a proxy holder');
    }
    if (entry.proxyHolderOwnerId === entry.ownerId) {
      throw new InvalidAttendance(`${field}.proxyHolder`, 'an owner cannot hold his own proxy');
    }
    if (entry.proxyHolderOwnerId !== null && status.get(entry.proxyHolderOwnerId) !== 'present') {
      throw new InvalidAttendance(`${field}.proxyHolder`, 'a co-owner holding a proxy must be listed present');
    }
  });
}

/**
 * Art. 3.87 §7: the syndic never holds a proxy (a holder whose owner record is a syndic user's); a holder accepts
 * at most 3 proxies, more only if his own votes plus his principals' are at most 10 % of all the building's votes
 * (exact integers: 10 × (own + principals) ≤ total). Total 10,000: own 100 + proxies 100 + 100 + 100 + 600 = 1,000
 * → the 4th proxy is accepted; with 601 instead of 600 → 1,001 → refused.
 */
export function assertProxyLimits(
  entries: readonly AttendanceEntry[],
  rights: readonly VotingRight[],
  syndic: SyndicIdentity,
): void {
  const votesOf = new Map<string, number>();
  let buildingVotes = 0;
  for (const right of rights) {
    buildingVotes += right.votes;
    if (right.ownerId !== null) votesOf.set(right.ownerId, (votesOf.get(right.ownerId) ?? 0) + right.votes);
  }
  const byHolder = new Map<string, { ownerId: string | null; principals: string[] }>();
  for (const entry of entries) {
    if (entry.status !== 'represented') continue;
    if (entry.proxyHolderOwnerId !== null && syndic.ownerIds.has(entry.proxyHolderOwnerId)) {
      throw new SyndicCannotHoldProxy();
    }
    const key = entry.proxyHolderOwnerId ?? `name:${normalizedName(entry.proxyHolderName ?? '')}`;
    const holder = byHolder.get(key) ?? { ownerId: entry.proxyHolderOwnerId, principals: [] };
    holder.principals.push(entry.ownerId);
    byHolder.set(key, holder);
  }
  for (const holder of byHolder.values()) {
    if (holder.principals.length <= PROXY_LIMITS.maxProxies) continue;
    const own = holder.ownerId ? (votesOf.get(holder.ownerId) ?? 0) : 0;
    const held = own + holder.principals.reduce((sum, id) => sum + (votesOf.get(id) ?? 0), 0);
    if (held * PROXY_LIMITS.maxShareDenominator > buildingVotes * PROXY_LIMITS.maxShareNumerator) {
      throw new ProxyLimitExceeded(holder.principals.length, held, buildingVotes);
    }
  }
}
