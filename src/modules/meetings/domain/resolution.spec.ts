import { assemblyRoll } from './assembly-roll';
import { Resolution } from './resolution';
import { tally } from './tally';

const now = new Date('2026-04-05T18:00:00Z');
const aResolution = () =>
  Resolution.propose(
    {
      id: 'r1',
      organizationId: 'o1',
      meetingId: 'm1',
      agendaItemId: 'i1',
      title: '  Approbation des comptes 2025 ',
      majority: 'absolute',
    },
    now,
  );
const ballot = (ownerId: string, choice: 'for' | 'against' | 'abstain', votes: number) => ({
  ownerId,
  choice,
  votes,
  proxyHolderOwnerId: null,
  proxyHolderName: null,
  castAt: now,
});

describe('Resolution', () => {
  it('opens with a trimmed title, no text and no result', () => {
    expect(aResolution().toSnapshot()).toMatchObject({
      title: 'Approbation des comptes 2025',
      text: null,
      status: 'open',
      forVotes: null,
      closedAt: null,
      ballots: [],
    });
  });

  it('refuses an empty title', () => {
    expect(() => Resolution.propose({ ...aResolution().toSnapshot(), title: '  ' }, now)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('keeps one ballot per owner: a new choice replaces the previous one', () => {
    const resolution = aResolution();
    resolution.cast(ballot('A', 'against', 600), now);
    resolution.cast(ballot('A', 'for', 600), now);
    expect(resolution.ballots).toEqual([expect.objectContaining({ ownerId: 'A', choice: 'for', countedVotes: null })]);
  });

  it('closes with the tally, records each ballot’s counted votes, then refuses any change', () => {
    const resolution = aResolution();
    resolution.cast(ballot('A', 'for', 600), now);
    resolution.cast(ballot('B', 'against', 400), now);
    const roll = assemblyRoll(
      [
        { unitId: 'u1', ownerId: 'A', votes: 600 },
        { unitId: 'u2', ownerId: 'B', votes: 400 },
      ],
      ['A', 'B'].map((ownerId) => ({ ownerId, status: 'present', proxyHolderOwnerId: null, proxyHolderName: null })),
    );
    resolution.close(tally('absolute', roll, resolution.ballots), now);
    expect(resolution.toSnapshot()).toMatchObject({
      status: 'rejected',
      forVotes: 400,
      againstVotes: 400,
      abstentionVotes: 0,
      closedAt: now,
    });
    expect(resolution.ballots.map((b) => b.countedVotes)).toEqual([400, 400]);
    expect(() => resolution.cast(ballot('B', 'for', 400), now)).toThrow(
      expect.objectContaining({ code: 'RESOLUTION_CLOSED' }),
    );
    expect(() => resolution.close(tally('absolute', roll, []), now)).toThrow(
      expect.objectContaining({ code: 'RESOLUTION_CLOSED' }),
    );
  });
});
