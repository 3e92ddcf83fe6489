import { autoBindSteps, loadFeature, StepDefinitionsWithContext } from 'jest-cucumber';
import {
  assemblyRoll,
  type AttendanceEntry,
  type BallotChoice,
  type Majority,
  tally,
  type TallyResult,
  type VotingRight,
} from '@modules/meetings';

// The rules are pure: these steps call the domain's tally directly, on the figures a syndic reads in the scenarios.
interface Assembly {
  rights: VotingRight[];
  attendance: AttendanceEntry[];
  result?: TallyResult;
}

const CHOICES: Record<string, BallotChoice> = { for: 'for', against: 'against', abstains: 'abstain' };
const names = (list: string) => list.split(/, | and /).map((name) => name.trim());

const steps: StepDefinitionsWithContext<Assembly> = ({ given, and, when, then, context }) => {
  given(/^a building of (\d+) votes where (.+)$/, (total: string, holdings: string) => {
    context.rights = names(holdings).map((holding) => {
      const match = /^(\w+) (?:holds )?(\d+)$/.exec(holding);
      if (!match) throw new Error(`Unreadable holding: ${holding}`);
      return { unitId: `${match[1]}1`, ownerId: match[1]!, votes: Number(match[2]) };
    });
    expect(context.rights.reduce((sum, right) => sum + right.votes, 0)).toBe(Number(total));
  });

  and(/^(.+) (?:is|are) present$/, (list: string) => {
    const present = new Set(names(list));
    context.attendance = context.rights.map(({ ownerId }) => ({
      ownerId: ownerId!,
      status: present.has(ownerId!) ? 'present' : 'absent',
      proxyHolderOwnerId: null,
      proxyHolderName: null,
    }));
  });

  when(/^(.+) under the (\w+) majority$/, (votes: string, majority: string) => {
    const ballots = names(votes).map((clause) => {
      const match = /^(\w+) (?:votes )?(for|against|abstains)$/.exec(clause);
      if (!match) throw new Error(`Unreadable vote: ${clause}`);
      return { ownerId: match[1]!, choice: CHOICES[match[2]!]! };
    });
    context.result = tally(majority as Majority, assemblyRoll(context.rights, context.attendance), ballots);
  });

  then(
    /^the resolution is (adopted|rejected) with (\d+) for, (\d+) against and (\d+) abstaining$/,
    (status, forVotes, againstVotes, abstentionVotes) => {
      expect(context.result).toMatchObject({
        status,
        forVotes: Number(forVotes),
        againstVotes: Number(againstVotes),
        abstentionVotes: Number(abstentionVotes),
      });
    },
  );

  then(/^(\w+) counts for (\d+) votes instead of (\d+)$/, (ownerId, counted, votes) => {
    expect(context.result!.capped).toEqual([{ ownerId, votes: Number(votes), countedVotes: Number(counted) }]);
  });
};

autoBindSteps(loadFeature('test/features/majorities.feature'), [steps]);
