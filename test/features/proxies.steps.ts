import { defineFeature, loadFeature } from 'jest-cucumber';
import { assertAttendanceShape, assertProxyLimits, type AttendanceEntry, type VotingRight } from '@modules/meetings';

const feature = loadFeature('test/features/proxies.feature');

defineFeature(feature, (test) => {
  let total: number;
  let paulVotes: number;
  let syndicOwnerIds: Set<string>;
  let outcome: unknown;

  const background = (given: (m: RegExp, fn: (total: string, own: string) => void) => void) =>
    given(/^a building with ([\d,]+) votes in total where the holder Paul owns (\d+) votes$/, (all, own) => {
      total = Number(all.replace(/,/g, ''));
      paulVotes = Number(own);
      syndicOwnerIds = new Set();
      outcome = undefined;
    });
  const holds = (when: (m: RegExp, fn: (list: string) => void) => void) =>
    when(/^Paul holds the proxies of owners with (.*) votes$/, (list) => {
      const weights = list.split(/, | and /).map(Number);
      const rights: VotingRight[] = [
        { unitId: 'paul', ownerId: 'paul', votes: paulVotes },
        ...weights.map((votes, i) => ({ unitId: `u${i}`, ownerId: `p${i}`, votes })),
      ];
      const rest = total - rights.reduce((sum, r) => sum + r.votes, 0);
      rights.push({ unitId: 'rest', ownerId: 'rest', votes: rest });
      const entries: AttendanceEntry[] = [
        { ownerId: 'paul', status: 'present', proxyHolderOwnerId: null, proxyHolderName: null },
        ...weights.map((_, i) => ({
          ownerId: `p${i}`,
          status: 'represented' as const,
          proxyHolderOwnerId: 'paul',
          proxyHolderName: null,
        })),
      ];
      try {
        assertAttendanceShape(entries);
        assertProxyLimits(entries, rights, { ownerIds: syndicOwnerIds });
        outcome = 'accepted';
      } catch (error) {
        outcome = error;
      }
    });
  const verdict = (then: (m: RegExp, fn: (code?: string) => void) => void) =>
    then(/^the attendance list is (?:accepted|refused with (\w+))$/, (code) => {
      if (code) expect(outcome).toMatchObject({ code });
      else expect(outcome).toBe('accepted');
    });

  for (const name of [
    'A 4th proxy within 10 % of the votes is accepted',
    'A 4th proxy beyond 10 % of the votes is refused',
    'Three proxies are accepted whatever their weight',
  ]) {
    test(name, ({ given, when, then }) => {
      background(given);
      holds(when);
      verdict(then);
    });
  }

  test('The syndic cannot hold a proxy', ({ given, when, then }) => {
    background(given);
    given('Paul is also the syndic of the building', () => {
      syndicOwnerIds = new Set(['paul']);
    });
    holds(when);
    verdict(then);
  });
});
