import { brusselsDate } from '../../../shared/domain';
import { addMonths, addWorkingDays, daysBetween } from './calendar-days';
import {
  challengeDeadline,
  checkConvocationNotice,
  minutesDueOn,
  NoticeFacts,
  requiredNoticeDays,
} from './convocation-rules';
import { ConvocationTooLate } from './meeting.errors';

const notice = (overrides: Partial<NoticeFacts> = {}): NoticeFacts => ({
  meetingDate: '2026-04-05',
  sentOn: '2026-03-20',
  noticeDays: 15,
  channel: 'email',
  urgent: false,
  ...overrides,
});

describe('checkConvocationNotice (Civil Code art. 3.87 §3)', () => {
  it('meeting 2026-04-05: sent 03-20 (16 days) is fine, 03-21 (15) warns, 03-22 (14) is refused', () => {
    expect(checkConvocationNotice(notice({ sentOn: '2026-03-20' }))).toEqual([]);
    expect(checkConvocationNotice(notice({ sentOn: '2026-03-21' }))).toEqual(['not_clear_days']);
    expect(() => checkConvocationNotice(notice({ sentOn: '2026-03-22' }))).toThrow(ConvocationTooLate);
    expect(() => checkConvocationNotice(notice({ sentOn: '2026-03-22' }))).toThrow(
      /at least 15 calendar days.*leaves 14/,
    );
  });

  it('counts calendar dates across the clock change of 29 March: 15 days are 15 days, not 360 hours', () => {
    // Letters leave on Saturday 14 March at 10:00 for an assembly on Sunday 29 March at 10:00, the morning the clocks
    // go forward: only 359 hours pass (the old 360-hour rule refused it), yet the dates are 15 days apart.
    const meetingAt = new Date('2026-03-29T08:00:00Z');
    const sentAt = new Date('2026-03-14T09:00:00Z');
    expect(brusselsDate(meetingAt)).toBe('2026-03-29');
    expect((meetingAt.getTime() - sentAt.getTime()) / 3_600_000).toBe(359);
    expect(checkConvocationNotice(notice({ meetingDate: '2026-03-29', sentOn: brusselsDate(sentAt) }))).toEqual([
      'not_clear_days',
    ]);
    expect(daysBetween('2026-03-14', '2026-03-29')).toBe(15);
    expect(daysBetween('2026-10-20', '2026-11-04')).toBe(15);
  });

  it("applies the building's longer notice delay, never a shorter one than 15 days", () => {
    expect(requiredNoticeDays(15)).toBe(15);
    expect(requiredNoticeDays(21)).toBe(21);
    expect(requiredNoticeDays(10)).toBe(15);
    expect(() => checkConvocationNotice(notice({ noticeDays: 21, sentOn: '2026-03-16' }))).toThrow(/at least 21/);
    expect(checkConvocationNotice(notice({ noticeDays: 21, sentOn: '2026-03-15' }))).toEqual(['not_clear_days']);
    expect(checkConvocationNotice(notice({ noticeDays: 21, sentOn: '2026-03-14' }))).toEqual([]);
  });

  it('warns when registered mail, presumed received 3 working days after posting, leaves fewer than N days', () => {
    // Posted Friday 20 March: received Wednesday 25 March, 11 days before 5 April.
    expect(checkConvocationNotice(notice({ channel: 'registered_mail' }))).toEqual(['registered_mail_delay']);
    // Posted Tuesday 17 March: received Friday 20 March, 16 days before.
    expect(checkConvocationNotice(notice({ channel: 'registered_mail', sentOn: '2026-03-17' }))).toEqual([]);
    // Posted Wednesday 18 March: received Monday 23 March, 13 days before.
    expect(checkConvocationNotice(notice({ channel: 'registered_mail', sentOn: '2026-03-18' }))).toEqual([
      'registered_mail_delay',
    ]);
  });

  it('lets an urgent meeting be convoked sooner with a warning, but never on or after its day', () => {
    expect(checkConvocationNotice(notice({ urgent: true, sentOn: '2026-04-01' }))).toEqual(['urgent_short_notice']);
    expect(() => checkConvocationNotice(notice({ urgent: true, sentOn: '2026-04-05' }))).toThrow(ConvocationTooLate);
    expect(() => checkConvocationNotice(notice({ urgent: true, sentOn: '2026-04-06' }))).toThrow(ConvocationTooLate);
  });
});

describe('assembly deadlines', () => {
  it('minutes within 30 days (art. 3.87 §10), challenge within 4 months (art. 3.92 §3)', () => {
    expect(minutesDueOn('2026-04-05')).toBe('2026-05-05');
    expect(challengeDeadline('2026-04-05')).toBe('2026-08-05');
    expect(challengeDeadline('2026-10-31')).toBe('2027-02-28');
    expect(challengeDeadline('2027-10-31')).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('counts working days Monday to Friday', () => {
    expect(addWorkingDays('2026-03-20', 3)).toBe('2026-03-25');
    expect(addWorkingDays('2026-03-21', 1)).toBe('2026-03-23');
  });
});
