/**
 * The vote cap (Civil Code art. 3.87 §6, proxies included under §7, as researched): nobody takes part in a vote,
 * even as a proxy holder, for more votes than all the other co-owners present or represented together.
 * Example: A 600, B 250, C 150 present → A counts for 400 (= 250 + 150).
 */
export const VOTE_CAP_ARTICLE = 'art. 3.87 §6';

export interface AttendingVoter {
  readonly ownerId: string;
  /** The owner's votes on the meeting date (the quotas of the units it votes for). */
  readonly votes: number;
  /**
   * Who casts this owner's votes in the room: its proxy holder for a represented owner (an owner id, or a name for
   * an outsider), the owner itself when present. One person holding several proxies is capped once, on the sum.
   */
  readonly castBy: string;
}

export interface CountedVoter {
  readonly ownerId: string;
  readonly votes: number;
  readonly countedVotes: number;
}

/**
 * The votes each attending owner counts for. A person whose votes (own and principals') exceed the rest of the room
 * counts for the rest of the room; that amount is shared among the owners it speaks for in proportion to their
 * votes, by largest remainder (ties by owner id), so the parts add up exactly.
 */
export function capVotes(voters: readonly AttendingVoter[]): CountedVoter[] {
  const room = voters.reduce((sum, voter) => sum + voter.votes, 0);
  const people = new Map<string, AttendingVoter[]>();
  for (const voter of voters) people.set(voter.castBy, [...(people.get(voter.castBy) ?? []), voter]);
  const counted = new Map<string, number>();
  for (const group of people.values()) {
    const own = group.reduce((sum, voter) => sum + voter.votes, 0);
    const limit = Math.min(own, room - own);
    for (const [ownerId, votes] of share(group, own, limit)) counted.set(ownerId, votes);
  }
  return voters.map((voter) => ({
    ownerId: voter.ownerId,
    votes: voter.votes,
    countedVotes: counted.get(voter.ownerId)!,
  }));
}

function share(group: readonly AttendingVoter[], own: number, limit: number): Map<string, number> {
  if (limit === own) return new Map(group.map((voter) => [voter.ownerId, voter.votes]));
  const parts = group.map((voter) => ({
    ownerId: voter.ownerId,
    floor: Math.floor((voter.votes * limit) / own),
    remainder: (voter.votes * limit) % own,
  }));
  let left = limit - parts.reduce((sum, part) => sum + part.floor, 0);
  const byRemainder = [...parts].sort((a, b) => b.remainder - a.remainder || (a.ownerId < b.ownerId ? -1 : 1));
  const result = new Map(parts.map((part) => [part.ownerId, part.floor]));
  for (const part of byRemainder) {
    if (left === 0) break;
    result.set(part.ownerId, part.floor + 1);
    left -= 1;
  }
  return result;
}
