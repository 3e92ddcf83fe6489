import { defineFeature, loadFeature } from 'jest-cucumber';
import { checkConvocationNotice, type DispatchChannel, type NoticeWarning } from '@modules/meetings';
import { DomainError } from '../../src/shared/domain';

const feature = loadFeature('test/features/convocation.feature');

defineFeature(feature, (test) => {
  let meetingDate: string;
  let noticeDays: number;
  let outcome: NoticeWarning[] | DomainError;

  const givenAssembly = (given: (m: RegExp, fn: (day: string, days: string) => void) => void) =>
    given(/^an assembly on (\S+) in a building whose internal rules ask (\d+) days$/, (day, days) => {
      meetingDate = day;
      noticeDays = Number(days);
    });
  const whenSent = (when: (m: RegExp, fn: (channel: string, day: string) => void) => void) =>
    when(/^the convocation is sent by (e-mail|registered mail) on (\S+)$/, (channel, sentOn) => {
      const dispatchChannel: DispatchChannel = channel === 'e-mail' ? 'email' : 'registered_mail';
      try {
        outcome = checkConvocationNotice({ meetingDate, sentOn, noticeDays, channel: dispatchChannel, urgent: false });
      } catch (error) {
        outcome = error as DomainError;
      }
    });
  const thenVerdict = (then: (m: RegExp, fn: (verdict: string) => void) => void) =>
    then(/^the convocation is (.*)$/, (verdict) => {
      const warning = /^accepted with the warning (\w+)$/.exec(verdict.trim());
      const refusal = /^refused with (\w+)$/.exec(verdict.trim());
      if (verdict.trim() === 'accepted without warning') expect(outcome).toEqual([]);
      else if (warning) expect(outcome).toEqual([warning[1]]);
      else if (refusal) expect(outcome).toMatchObject({ code: refusal[1] });
      else throw new Error(`unknown verdict ${verdict}`);
    });

  test('An assembly on 5 April 2026, convened by e-mail', ({ given, when, then }) => {
    givenAssembly(given);
    whenSent(when);
    thenVerdict(then);
  });

  test('The clock change of 29 March does not shorten 15 calendar days', ({ given, when, then }) => {
    givenAssembly(given);
    whenSent(when);
    thenVerdict(then);
  });

  test('Registered mail leaves 3 working days to reach the owner', ({ given, when, then }) => {
    givenAssembly(given);
    whenSent(when);
    thenVerdict(then);
  });

  test('The internal rules ask 21 days', ({ given, when, then }) => {
    givenAssembly(given);
    whenSent(when);
    thenVerdict(then);
  });
});
