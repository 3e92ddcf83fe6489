import { capVotes } from './vote-cap';

const present = (ownerId: string, votes: number) => ({ ownerId, votes, castBy: `owner:${ownerId}` });

describe('capVotes (Civil Code art. 3.87 §6)', () => {
  it('caps A 600 to the 400 votes of B 250 and C 150', () => {
    expect(capVotes([present('A', 600), present('B', 250), present('C', 150)])).toEqual([
      { ownerId: 'A', votes: 600, countedVotes: 400 },
      { ownerId: 'B', votes: 250, countedVotes: 250 },
      { ownerId: 'C', votes: 150, countedVotes: 150 },
    ]);
  });

  it('leaves exactly half of the room untouched', () => {
    expect(capVotes([present('A', 500), present('B', 500)]).map((v) => v.countedVotes)).toEqual([500, 500]);
    expect(capVotes([present('A', 501), present('B', 499)]).map((v) => v.countedVotes)).toEqual([499, 499]);
  });

  it('a lone voter counts for nothing: there is nobody else in the room', () => {
    expect(capVotes([present('A', 300)])).toEqual([{ ownerId: 'A', votes: 300, countedVotes: 0 }]);
  });

  it('caps a proxy holder on its own votes plus its principals’, shared in proportion and summing exactly', () => {
    const voters = [
      present('A', 300),
      { ownerId: 'P1', votes: 200, castBy: 'owner:A' },
      { ownerId: 'P2', votes: 101, castBy: 'owner:A' },
      present('B', 399),
    ];
    const counted = capVotes(voters);
    // A speaks for 601 against 399 for the rest of the room: 399 shared 300 : 200 : 101
    expect(counted.filter((v) => v.ownerId !== 'B').reduce((sum, v) => sum + v.countedVotes, 0)).toBe(399);
    expect(counted).toEqual([
      { ownerId: 'A', votes: 300, countedVotes: 199 },
      { ownerId: 'P1', votes: 200, countedVotes: 133 },
      { ownerId: 'P2', votes: 101, countedVotes: 67 },
      { ownerId: 'B', votes: 399, countedVotes: 399 },
    ]);
  });
});
