import { assemblyRoll, AttendanceEntry, voterOn, VotingRight } from './assembly-roll';
import { tally } from './tally';

const right = (unitId: string, ownerId: string | null, votes: number): VotingRight => ({ unitId, ownerId, votes });
const here = (ownerId: string): AttendanceEntry => ({
  ownerId,
  status: 'present',
  proxyHolderOwnerId: null,
  proxyHolderName: null,
});
const away = (ownerId: string): AttendanceEntry => ({ ...here(ownerId), status: 'absent' });

describe('tally', () => {
  it('A 600 capped to 400 for, B 250 and C 150 against: 400 / 400 → rejected under absolute majority', () => {
    const roll = assemblyRoll(
      [right('u1', 'A', 600), right('u2', 'B', 250), right('u3', 'C', 150)],
      [here('A'), here('B'), here('C')],
    );
    const result = tally('absolute', roll, [
      { ownerId: 'A', choice: 'for' },
      { ownerId: 'B', choice: 'against' },
      { ownerId: 'C', choice: 'against' },
    ]);
    expect(result).toMatchObject({ status: 'rejected', forVotes: 400, againstVotes: 400, abstentionVotes: 0 });
    expect(result.capped).toEqual([{ ownerId: 'A', votes: 600, countedVotes: 400 }]);
    expect(result.counted.get('A')).toBe(400);
  });

  it('400 for, 399 against, 201 abstaining → adopted: abstentions are not cast', () => {
    const roll = assemblyRoll(
      [right('u1', 'A', 400), right('u2', 'B', 399), right('u3', 'C', 201)],
      [here('A'), here('B'), here('C')],
    );
    const result = tally('absolute', roll, [
      { ownerId: 'A', choice: 'for' },
      { ownerId: 'B', choice: 'against' },
      { ownerId: 'C', choice: 'abstain' },
    ]);
    expect(result).toMatchObject({ status: 'adopted', forVotes: 400, againstVotes: 399, abstentionVotes: 201 });
    expect(result.capped).toEqual([]);
  });

  it('unanimity is blocked by an absentee, even when everyone in the room votes for', () => {
    const roll = assemblyRoll([right('u1', 'A', 600), right('u2', 'B', 400)], [here('A'), away('B')]);
    expect(tally('unanimity', roll, [{ ownerId: 'A', choice: 'for' }])).toMatchObject({
      status: 'rejected',
      forVotes: 600,
    });
  });

  it('unanimity is blocked by a unit whose votes are suspended', () => {
    const roll = assemblyRoll([right('u1', 'A', 900), right('u2', null, 100)], [here('A')]);
    expect(roll.suspended).toEqual([{ unitId: 'u2', votes: 100 }]);
    expect(roll.buildingVotes).toBe(1000);
    expect(tally('unanimity', roll, [{ ownerId: 'A', choice: 'for' }]).status).toBe('rejected');
  });

  it('unanimity of every vote of the building is adopted, without the cap', () => {
    const roll = assemblyRoll([right('u1', 'A', 600), right('u2', 'B', 400)], [here('A'), here('B')]);
    const result = tally('unanimity', roll, [
      { ownerId: 'A', choice: 'for' },
      { ownerId: 'B', choice: 'for' },
    ]);
    expect(result).toMatchObject({ status: 'adopted', forVotes: 1000, againstVotes: 0, capped: [] });
  });

  it('no ballot at all → rejected with zero everywhere', () => {
    const roll = assemblyRoll([right('u1', 'A', 500), right('u2', 'B', 500)], [here('A'), here('B')]);
    expect(tally('absolute', roll, [])).toMatchObject({ status: 'rejected', forVotes: 0, againstVotes: 0 });
  });

  it('sums the units of an owner holding several, and of the represented through their proxy holder', () => {
    const roll = assemblyRoll(
      [right('u1', 'A', 100), right('u2', 'A', 50), right('u3', 'B', 300)],
      [here('A'), { ownerId: 'B', status: 'represented', proxyHolderOwnerId: null, proxyHolderName: 'Me Dupont' }],
    );
    expect(roll.voters).toEqual([
      { ownerId: 'A', votes: 150, castBy: 'owner:A' },
      { ownerId: 'B', votes: 300, castBy: 'name:me dupont' },
    ]);
  });
});

describe('voterOn', () => {
  const roll = assemblyRoll(
    [right('u1', 'A', 500), right('u2', 'B', 400), right('u3', null, 100)],
    [here('A'), away('B'), here('J')],
  );

  it('answers the voter of a present owner', () => {
    expect(voterOn(roll, 'A')).toMatchObject({ ownerId: 'A', votes: 500 });
  });

  it('refuses an absent owner and an owner not on the list with NOT_PRESENT', () => {
    expect(() => voterOn(roll, 'B')).toThrow(expect.objectContaining({ code: 'NOT_PRESENT' }));
    expect(() => voterOn(roll, 'Z')).toThrow(expect.objectContaining({ code: 'NOT_PRESENT' }));
  });

  it('refuses a present co-owner whose only unit is suspended with NO_VOTING_RIGHTS', () => {
    expect(() => voterOn(roll, 'J')).toThrow(expect.objectContaining({ code: 'NO_VOTING_RIGHTS' }));
  });
});
