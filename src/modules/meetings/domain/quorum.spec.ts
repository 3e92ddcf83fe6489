import type { AttendanceEntry, VotingRight } from './attendance';
import { quorumOf, quorumVerdict } from './quorum';

const figures = (heads: number, quotas: number) => ({
  owners: { counted: heads, total: 10 },
  quotas: { counted: quotas, total: 1000 },
});

describe('quorumVerdict: the double quorum (Civil Code art. 3.87 §5)', () => {
  it.each([
    [6, 500, true, 'majority_and_half'],
    [6, 499, false, null],
    [5, 740, false, null],
    [2, 751, true, 'three_quarters'],
    [2, 750, false, null],
    [10, 1000, true, 'majority_and_half'],
    [0, 0, false, null],
  ])('10 co-owners, 1,000 quotas: %i heads with %i quotas → %s', (heads, quotas, reached, branch) => {
    expect(quorumVerdict(figures(heads, quotas))).toMatchObject({ reached, branch });
  });
});

const present = (ownerId: string): AttendanceEntry => ({
  ownerId,
  status: 'present',
  proxyHolderOwnerId: null,
  proxyHolderName: null,
});

describe('quorumOf: heads and quotas from the units and the attendance list', () => {
  it('counts a person with several lots once, a jointly held lot through its representative', () => {
    const rights: VotingRight[] = [
      { unitId: 'u1', ownerId: 'anna', votes: 300 },
      { unitId: 'u2', ownerId: 'anna', votes: 200 },
      { unitId: 'u3', ownerId: 'bart', votes: 250 },
      { unitId: 'u4', ownerId: 'carla', votes: 250 },
    ];
    const represented: AttendanceEntry = {
      ownerId: 'bart',
      status: 'represented',
      proxyHolderOwnerId: 'anna',
      proxyHolderName: null,
    };
    const report = quorumOf(rights, [present('anna'), represented, { ...present('carla'), status: 'absent' }]);
    expect(report).toMatchObject({
      owners: { counted: 2, total: 3 },
      quotas: { counted: 750, total: 1000 },
      branch: 'majority_and_half',
      reached: true,
      suspended: [],
    });
  });

  it('leaves a jointly held lot without representative out of both counts and reports it', () => {
    const rights: VotingRight[] = [
      { unitId: 'u1', ownerId: 'anna', votes: 400 },
      { unitId: 'u2', ownerId: null, votes: 350 },
      { unitId: 'u3', ownerId: 'bart', votes: 250 },
    ];
    const report = quorumOf(rights, [present('anna')]);
    expect(report).toMatchObject({
      owners: { counted: 1, total: 2 },
      quotas: { counted: 400, total: 650 },
      reached: false,
      suspended: [{ unitId: 'u2', votes: 350 }],
    });
  });
});
