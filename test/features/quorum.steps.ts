import { defineFeature, loadFeature } from 'jest-cucumber';
import { quorumOf, type QuorumReport, quorumVerdict, type QuorumVerdict, type VotingRight } from '@modules/meetings';

const feature = loadFeature('test/features/quorum.feature');

defineFeature(feature, (test) => {
  let verdict: QuorumVerdict;
  let report: QuorumReport;
  let rights: VotingRight[];

  test('10 co-owners and 1,000 quotas', ({ given, when, then }) => {
    given('a building of 10 co-owners holding 1,000 quotas together', () => undefined);
    when(/^(\d+) co-owners holding (\d+) quotas are present or represented$/, (heads, quotas) => {
      verdict = quorumVerdict({
        owners: { counted: Number(heads), total: 10 },
        quotas: { counted: Number(quotas), total: 1000 },
      });
    });
    then(/^the quorum is (.*)$/, (expected) => {
      const reached = /^reached by (\w+)$/.exec(expected.trim());
      expect(verdict).toMatchObject(reached ? { reached: true, branch: reached[1] } : { reached: false, branch: null });
    });
  });

  test('A person with two lots counts once; a lot without representative is suspended', ({
    given,
    when,
    then,
    and,
  }) => {
    given(
      /^Anna owns lots A \(300\) and B \(200\), Bart owns lot C \(250\) and lot D \(250\) is held jointly without representative$/,
      () => {
        rights = [
          { unitId: 'A', ownerId: 'anna', votes: 300 },
          { unitId: 'B', ownerId: 'anna', votes: 200 },
          { unitId: 'C', ownerId: 'bart', votes: 250 },
          { unitId: 'D', ownerId: null, votes: 250 },
        ];
      },
    );
    when('Anna is present', () => {
      report = quorumOf(rights, [
        { ownerId: 'anna', status: 'present', proxyHolderOwnerId: null, proxyHolderName: null },
      ]);
    });
    then(/^(\d+) co-owner of (\d+) is counted with (\d+) quotas of (\d+)$/, (heads, total, quotas, quotaTotal) => {
      expect(report.owners).toEqual({ counted: Number(heads), total: Number(total) });
      expect(report.quotas).toEqual({ counted: Number(quotas), total: Number(quotaTotal) });
    });
    and(/^lot D with (\d+) votes is reported suspended$/, (votes) => {
      expect(report.suspended).toEqual([{ unitId: 'D', votes: Number(votes) }]);
    });
  });
});
