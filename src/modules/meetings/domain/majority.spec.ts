import { isAdopted, MAJORITIES } from './majority';

const BUILDING = 1000;

describe('isAdopted (Civil Code art. 3.88)', () => {
  it.each`
    majority         | forVotes | againstVotes | adopted
    ${'absolute'}    | ${400}   | ${399}       | ${true}
    ${'absolute'}    | ${400}   | ${400}       | ${false}
    ${'absolute'}    | ${1}     | ${0}         | ${true}
    ${'two_thirds'}  | ${200}   | ${100}       | ${true}
    ${'two_thirds'}  | ${199}   | ${100}       | ${false}
    ${'two_thirds'}  | ${667}   | ${333}       | ${true}
    ${'two_thirds'}  | ${666}   | ${334}       | ${false}
    ${'four_fifths'} | ${400}   | ${100}       | ${true}
    ${'four_fifths'} | ${399}   | ${100}       | ${false}
    ${'four_fifths'} | ${800}   | ${200}       | ${true}
    ${'four_fifths'} | ${799}   | ${200}       | ${false}
    ${'unanimity'}   | ${1000}  | ${0}         | ${true}
    ${'unanimity'}   | ${999}   | ${0}         | ${false}
    ${'unanimity'}   | ${999}   | ${1}         | ${false}
  `(
    '$majority: $forVotes for, $againstVotes against → adopted $adopted',
    ({ majority, forVotes, againstVotes, adopted }) => {
      expect(isAdopted(majority, { forVotes, againstVotes }, BUILDING)).toBe(adopted);
    },
  );

  it('rejects every majority when no vote is cast (everyone abstained)', () => {
    for (const majority of MAJORITIES) expect(isAdopted(majority, { forVotes: 0, againstVotes: 0 }, 0)).toBe(false);
  });

  it('compares exactly, without floating-point drift, on large totals', () => {
    // 2/3 of 3_000_000_003 is 2_000_000_002: a float of 2/3 would misjudge these.
    expect(isAdopted('two_thirds', { forVotes: 2_000_000_002, againstVotes: 1_000_000_001 }, 0)).toBe(true);
    expect(isAdopted('two_thirds', { forVotes: 2_000_000_001, againstVotes: 1_000_000_001 }, 0)).toBe(false);
  });
});
