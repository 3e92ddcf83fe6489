import { randomUUID } from 'node:crypto';
import { ResourceNotFound } from '../../../shared/domain';
import { Meeting, MeetingSnapshot, NewMeetingInput } from './meeting';
import {
  ConvocationTooLate,
  InvalidMeeting,
  MeetingClosed,
  MeetingInThePast,
  MeetingNotHeldYet,
  SecondConvocationInvalid,
} from './meeting.errors';

const NOW = new Date('2026-03-01T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const later = (ms: number) => new Date(NOW.getTime() + ms);

function aNewMeeting(overrides: Partial<NewMeetingInput> = {}): NewMeetingInput {
  return {
    id: randomUUID(),
    organizationId: randomUUID(),
    buildingId: randomUUID(),
    type: 'ordinary',
    title: 'Assemblée générale ordinaire 2026',
    scheduledAt: later(30 * DAY),
    location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
    agenda: [],
    ...overrides,
  };
}

function aHeldMeeting(overrides: Partial<MeetingSnapshot> = {}): MeetingSnapshot {
  const scheduled = Meeting.schedule(aNewMeeting({ scheduledAt: later(20 * DAY) }), null, NOW);
  const held = Meeting.restore({ ...scheduled.toSnapshot(), ...overrides });
  return { ...held.toSnapshot(), status: 'completed', ...overrides };
}

describe('Meeting.schedule: the 15-day convocation rule (Civil Code art. 3.87 §3)', () => {
  it('accepts a meeting exactly 15 days ahead', () => {
    const meeting = Meeting.schedule(aNewMeeting({ scheduledAt: later(15 * DAY) }), null, NOW).toSnapshot();
    expect(meeting).toMatchObject({
      status: 'scheduled',
      urgent: false,
      urgencyReason: null,
      isSecondConvocation: false,
    });
    expect(meeting.scheduledAt).toEqual(later(15 * DAY));
  });

  it('refuses 14 days 23 hours ahead, and one millisecond short of 15 days', () => {
    const tooLate = [later(15 * DAY - 60 * 60 * 1000), later(15 * DAY - 1)];
    for (const scheduledAt of tooLate) {
      expect(() => Meeting.schedule(aNewMeeting({ scheduledAt }), null, NOW)).toThrow(ConvocationTooLate);
    }
    expect(() => Meeting.schedule(aNewMeeting({ scheduledAt: later(DAY) }), null, NOW)).toThrow(/art\. 3\.87 §3/);
  });

  it('lets an urgent meeting with a reason be convened sooner, never in the past', () => {
    const urgent = { urgent: true, urgencyReason: 'Roof leak: emergency works' };
    const meeting = Meeting.schedule(aNewMeeting({ ...urgent, scheduledAt: later(2 * DAY) }), null, NOW).toSnapshot();
    expect(meeting).toMatchObject({ urgent: true, urgencyReason: 'Roof leak: emergency works' });
    expect(() => Meeting.schedule(aNewMeeting({ ...urgent, scheduledAt: NOW }), null, NOW)).toThrow(MeetingInThePast);
    expect(() => Meeting.schedule(aNewMeeting({ scheduledAt: later(-DAY) }), null, NOW)).toThrow(MeetingInThePast);
  });

  it('wants a reason with the urgent flag, and no reason without it', () => {
    const soon = later(3 * DAY);
    expect(() => Meeting.schedule(aNewMeeting({ urgent: true, scheduledAt: soon }), null, NOW)).toThrow(InvalidMeeting);
    expect(() =>
      Meeting.schedule(aNewMeeting({ urgent: true, urgencyReason: '  ', scheduledAt: soon }), null, NOW),
    ).toThrow(/urgencyReason is required/);
    expect(() => Meeting.schedule(aNewMeeting({ urgencyReason: 'because' }), null, NOW)).toThrow(
      /only when the meeting is urgent/,
    );
    expect(() => Meeting.schedule(aNewMeeting({ urgent: true, urgencyReason: 'x'.repeat(1001) }), null, NOW)).toThrow(
      InvalidMeeting,
    );
  });

  it('checks and normalizes the fields', () => {
    const meeting = Meeting.schedule(
      aNewMeeting({
        title: '  AG   2026 ',
        remoteUrl: ' https://meet.example.be/ag ',
        agenda: [{ id: randomUUID(), title: 'Comptes' }],
      }),
      null,
      NOW,
    ).toSnapshot();
    expect(meeting).toMatchObject({
      title: 'AG 2026',
      remoteUrl: 'https://meet.example.be/ag',
      agenda: [{ position: 1, title: 'Comptes' }],
    });
    const invalid: Array<Partial<NewMeetingInput>> = [
      { title: ' ' },
      { location: 'x'.repeat(256) },
      { remoteUrl: 'http://meet.example.be' },
      { remoteUrl: 'not a url' },
      { type: 'annual' as never },
      { scheduledAt: new Date('nope') },
    ];
    for (const overrides of invalid)
      expect(() => Meeting.schedule(aNewMeeting(overrides), null, NOW)).toThrow(InvalidMeeting);
  });
});

describe('Meeting.schedule: second convocation', () => {
  it('follows a completed first meeting of the same building by at least 15 days', () => {
    const first = aHeldMeeting({ scheduledAt: later(-20 * DAY) });
    const second = Meeting.schedule(
      aNewMeeting({
        buildingId: first.buildingId,
        isSecondConvocation: true,
        firstMeetingId: first.id,
        scheduledAt: later(15 * DAY),
      }),
      first,
      NOW,
    ).toSnapshot();
    expect(second).toMatchObject({ isSecondConvocation: true, firstMeetingId: first.id });
  });

  it('refuses a first meeting of another building, not completed, or less than 15 days earlier', () => {
    const first = aHeldMeeting({ scheduledAt: later(-20 * DAY) });
    const input = (overrides: Partial<NewMeetingInput> = {}) =>
      aNewMeeting({ buildingId: first.buildingId, isSecondConvocation: true, firstMeetingId: first.id, ...overrides });
    const problem = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as SecondConvocationInvalid).problem;
      }
      return undefined;
    };
    expect(problem(() => Meeting.schedule(input({ buildingId: randomUUID() }), first, NOW))).toBe('other_building');
    expect(problem(() => Meeting.schedule(input(), { ...first, status: 'scheduled' }, NOW))).toBe(
      'first_not_completed',
    );
    const recent = { ...first, scheduledAt: later(1) };
    expect(problem(() => Meeting.schedule(input({ scheduledAt: later(15 * DAY) }), recent, NOW))).toBe('too_soon');
    expect(() => Meeting.schedule(input(), null, NOW)).toThrow(ResourceNotFound);
  });

  it('needs firstMeetingId exactly when it is a second convocation', () => {
    expect(() => Meeting.schedule(aNewMeeting({ isSecondConvocation: true }), null, NOW)).toThrow(
      /firstMeetingId is required/,
    );
    expect(() => Meeting.schedule(aNewMeeting({ firstMeetingId: randomUUID() }), null, NOW)).toThrow(
      /only for a second/,
    );
  });
});

describe('Meeting lifecycle', () => {
  const scheduled = (overrides: Partial<NewMeetingInput> = {}) => Meeting.schedule(aNewMeeting(overrides), null, NOW);

  it('completes only once its time has passed, then is closed to edits', () => {
    const meeting = scheduled({ scheduledAt: later(20 * DAY) });
    expect(() => meeting.complete(later(20 * DAY - 1))).toThrow(MeetingNotHeldYet);
    meeting.complete(later(20 * DAY));
    expect(meeting.toSnapshot()).toMatchObject({ status: 'completed', updatedAt: later(20 * DAY) });
    expect(() => meeting.complete(later(21 * DAY))).toThrow(MeetingClosed);
    expect(() => meeting.cancel('too late', later(21 * DAY))).toThrow(MeetingClosed);
    expect(() => meeting.addAgendaItem(randomUUID(), { title: 'Late point' }, later(21 * DAY))).toThrow(MeetingClosed);
    expect(() => meeting.assertDeletable()).toThrow(MeetingClosed);
  });

  it('cancels with a reason, once', () => {
    const meeting = scheduled();
    expect(() => meeting.cancel('   ', NOW)).toThrow(InvalidMeeting);
    meeting.cancel(' Syndic ill ', NOW);
    expect(meeting.toSnapshot()).toMatchObject({ status: 'cancelled', cancellationReason: 'Syndic ill' });
    expect(() => meeting.cancel('again', NOW)).toThrow(MeetingClosed);
    expect(() => meeting.revise({ ...aNewMeeting() }, null, NOW)).toThrow(MeetingClosed);
    expect(() => meeting.reorderAgenda([], NOW)).toThrow(MeetingClosed);
  });

  it('lets a scheduled meeting be deleted', () => {
    expect(() => scheduled().assertDeletable()).not.toThrow();
  });
});

describe('Meeting.revise', () => {
  const original = later(20 * DAY);
  const scheduled = (overrides: Partial<NewMeetingInput> = {}) =>
    Meeting.schedule(aNewMeeting({ scheduledAt: original, ...overrides }), null, NOW);
  const details = (overrides: Partial<NewMeetingInput> = {}) => ({
    ...aNewMeeting({ scheduledAt: original }),
    ...overrides,
  });

  it('replaces the editable fields and keeps the building and agenda', () => {
    const meeting = scheduled({ agenda: [{ id: randomUUID(), title: 'Comptes' }] });
    const before = meeting.toSnapshot();
    meeting.revise(
      details({
        type: 'extraordinary',
        title: 'AGE toiture',
        location: 'Online',
        remoteUrl: 'https://meet.example.be',
      }),
      null,
      later(DAY),
    );
    expect(meeting.toSnapshot()).toMatchObject({
      type: 'extraordinary',
      title: 'AGE toiture',
      buildingId: before.buildingId,
      agenda: before.agenda,
      updatedAt: later(DAY),
    });
  });

  it('checks the 15-day rule again when the date moves, not when it stays', () => {
    const meeting = scheduled();
    const tenDaysLater = later(10 * DAY);
    expect(() => meeting.revise(details({ title: 'Typo fixed' }), null, tenDaysLater)).not.toThrow();
    expect(() => meeting.revise(details({ scheduledAt: later(21 * DAY) }), null, tenDaysLater)).toThrow(
      ConvocationTooLate,
    );
    expect(() => meeting.revise(details({ scheduledAt: later(25 * DAY) }), null, tenDaysLater)).not.toThrow();
  });

  it('checks it again when the urgent flag is dropped', () => {
    const meeting = scheduled({ scheduledAt: later(3 * DAY), urgent: true, urgencyReason: 'Leak' });
    const same = { scheduledAt: later(3 * DAY) };
    expect(() => meeting.revise(details(same), null, NOW)).toThrow(ConvocationTooLate);
    expect(() =>
      meeting.revise(details({ ...same, urgent: true, urgencyReason: 'Bigger leak' }), null, NOW),
    ).not.toThrow();
  });

  it('keeps a moved second convocation 15 days after its first meeting', () => {
    const first = aHeldMeeting({ scheduledAt: later(-DAY) });
    const meeting = Meeting.schedule(
      aNewMeeting({
        buildingId: first.buildingId,
        isSecondConvocation: true,
        firstMeetingId: first.id,
        scheduledAt: later(20 * DAY),
      }),
      first,
      NOW,
    );
    expect(() =>
      meeting.revise(details({ scheduledAt: later(13 * DAY), urgent: true, urgencyReason: 'x' }), first, NOW),
    ).toThrow(SecondConvocationInvalid);
    meeting.revise(details({ scheduledAt: later(16 * DAY) }), first, NOW);
    expect(meeting.toSnapshot().scheduledAt).toEqual(later(16 * DAY));
  });
});

describe('Meeting agenda edits', () => {
  it('adds, edits, removes and reorders items while scheduled, renumbering 1..n', () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const meeting = Meeting.schedule(
      aNewMeeting({
        agenda: [
          { id: a, title: 'A' },
          { id: b, title: 'B', description: 'About B' },
        ],
      }),
      null,
      NOW,
    );
    expect(meeting.addAgendaItem(c, { title: ' C ' }, later(1))).toEqual({
      id: c,
      position: 3,
      title: 'C',
      description: null,
    });
    expect(meeting.editAgendaItem(a, { title: 'A2', description: 'Now described' }, later(2))).toEqual({
      id: a,
      position: 1,
      title: 'A2',
      description: 'Now described',
    });
    meeting.reorderAgenda([c, a, b], later(3));
    expect(meeting.toSnapshot().agenda.map((i) => [i.id, i.position])).toEqual([
      [c, 1],
      [a, 2],
      [b, 3],
    ]);
    meeting.removeAgendaItem(a, later(4));
    expect(meeting.toSnapshot().agenda.map((i) => [i.title, i.position])).toEqual([
      ['C', 1],
      ['B', 2],
    ]);
    expect(meeting.toSnapshot().updatedAt).toEqual(later(4));
  });

  it('restores an agenda stored out of order', () => {
    const snapshot = Meeting.schedule(
      aNewMeeting({
        agenda: [
          { id: randomUUID(), title: 'A' },
          { id: randomUUID(), title: 'B' },
        ],
      }),
      null,
      NOW,
    ).toSnapshot();
    const restored = Meeting.restore({ ...snapshot, agenda: [...snapshot.agenda].reverse() });
    expect(restored.toSnapshot().agenda.map((i) => i.title)).toEqual(['A', 'B']);
    expect(restored.id).toBe(snapshot.id);
    expect(restored.organizationId).toBe(snapshot.organizationId);
  });
});
