import { randomUUID } from 'node:crypto';
import { Meeting, MeetingSnapshot, NewMeetingInput } from './meeting';
import {
  AgendaFrozen,
  AttendanceFrozen,
  InvalidMeeting,
  MeetingClosed,
  MeetingInThePast,
  MeetingNotConvened,
  MeetingNotOpened,
  QuorumWasReached,
  SecondConvocationExists,
  SecondConvocationInvalid,
} from './meeting.errors';
import { quorumVerdict } from './quorum';

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

const NO_QUORUM = quorumVerdict({ owners: { counted: 5, total: 10 }, quotas: { counted: 740, total: 1000 } });
const QUORUM = quorumVerdict({ owners: { counted: 6, total: 10 }, quotas: { counted: 500, total: 1000 } });

/** A first assembly opened without quorum, with three agenda items. */
function aFirstWithoutQuorum(scheduledAt = later(-20 * DAY)): MeetingSnapshot {
  const meeting = Meeting.schedule(
    aNewMeeting({
      scheduledAt: later(20 * DAY),
      agenda: ['Comptes', 'Budget', 'Toiture'].map((title) => ({ id: randomUUID(), title, titleNl: `${title} NL` })),
    }),
    NOW,
  );
  meeting.convene(NOW);
  meeting.open({ verdict: NO_QUORUM, chair: null, secretary: null }, NOW);
  return { ...meeting.toSnapshot(), scheduledAt };
}

describe('Meeting.schedule: the notice rule waits for the convocation (Civil Code art. 3.87 §3)', () => {
  it('records a meeting at any future time, even a day ahead', () => {
    // The old defect: a record created on 1 March for 20 March passed even if the letters left on 12 March.
    const meeting = Meeting.schedule(aNewMeeting({ scheduledAt: later(DAY) }), NOW).toSnapshot();
    expect(meeting).toMatchObject({ status: 'scheduled', urgent: false, isSecondConvocation: false, openedAt: null });
  });

  it('lets an urgent meeting with a reason be convened sooner, never in the past', () => {
    const urgent = { urgent: true, urgencyReason: 'Roof leak: emergency works' };
    const meeting = Meeting.schedule(aNewMeeting({ ...urgent, scheduledAt: later(2 * DAY) }), NOW).toSnapshot();
    expect(meeting).toMatchObject({ urgent: true, urgencyReason: 'Roof leak: emergency works' });
    expect(() => Meeting.schedule(aNewMeeting({ ...urgent, scheduledAt: NOW }), NOW)).toThrow(MeetingInThePast);
    expect(() => Meeting.schedule(aNewMeeting({ scheduledAt: later(-DAY) }), NOW)).toThrow(MeetingInThePast);
  });

  it('wants a reason with the urgent flag, and no reason without it', () => {
    const soon = later(3 * DAY);
    expect(() => Meeting.schedule(aNewMeeting({ urgent: true, scheduledAt: soon }), NOW)).toThrow(InvalidMeeting);
    expect(() => Meeting.schedule(aNewMeeting({ urgent: true, urgencyReason: '  ', scheduledAt: soon }), NOW)).toThrow(
      /urgencyReason is required/,
    );
    expect(() => Meeting.schedule(aNewMeeting({ urgencyReason: 'because' }), NOW)).toThrow(
      /only when the meeting is urgent/,
    );
    expect(() => Meeting.schedule(aNewMeeting({ urgent: true, urgencyReason: 'x'.repeat(1001) }), NOW)).toThrow(
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
      expect(() => Meeting.schedule(aNewMeeting(overrides), NOW)).toThrow(InvalidMeeting);
  });
});

describe('Meeting.secondConvocation (Civil Code art. 3.87 §5)', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    scheduledAt: later(15 * DAY),
    location: 'Salle communale',
    newItemIds: new Map<string, string>(),
    exists: false,
    ...overrides,
  });

  it('follows a first assembly without quorum by 15 Brussels calendar days, on (part of) its agenda', () => {
    const first = aFirstWithoutQuorum(NOW);
    const [comptes, , toiture] = first.agenda;
    const second = Meeting.secondConvocation(
      first,
      input({ agendaItemIds: [toiture!.id, comptes!.id], newItemIds: new Map([[toiture!.id, 'n1']]) }),
      NOW,
    ).toSnapshot();
    expect(second).toMatchObject({
      isSecondConvocation: true,
      firstMeetingId: first.id,
      buildingId: first.buildingId,
      status: 'scheduled',
    });
    expect(second.agenda.map((i) => [i.position, i.title, i.titleNl])).toEqual([
      [1, 'Toiture', 'Toiture NL'],
      [2, 'Comptes', 'Comptes NL'],
    ]);
    expect(second.agenda[0]!.id).toBe('n1');
  });

  it('is refused after a quorum, before opening, twice, too soon or on foreign items', () => {
    const first = aFirstWithoutQuorum(NOW);
    expect(() => Meeting.secondConvocation({ ...first, status: 'in_session' }, input(), NOW)).toThrow(QuorumWasReached);
    expect(() => Meeting.secondConvocation({ ...first, status: 'completed' }, input(), NOW)).toThrow(QuorumWasReached);
    expect(() => Meeting.secondConvocation({ ...first, status: 'convened' }, input(), NOW)).toThrow(MeetingNotOpened);
    expect(() => Meeting.secondConvocation(first, input({ exists: true }), NOW)).toThrow(SecondConvocationExists);
    // 1 March 10:00 → 15 March 22:00 (Brussels) is 14 calendar days, however many hours: refused.
    expect(() =>
      Meeting.secondConvocation(first, input({ scheduledAt: later(14 * DAY + 12 * 3600_000) }), NOW),
    ).toThrow(SecondConvocationInvalid);
    expect(() => Meeting.secondConvocation(first, input({ agendaItemIds: [randomUUID()] }), NOW)).toThrow(
      /only repeat items/,
    );
    expect(() => Meeting.secondConvocation(first, input({ agendaItemIds: [] }), NOW)).toThrow(SecondConvocationInvalid);
  });

  it('deliberates whatever the attendance: it opens in session without quorum', () => {
    const second = Meeting.secondConvocation(aFirstWithoutQuorum(NOW), input(), NOW);
    second.convene(NOW);
    second.open({ verdict: NO_QUORUM, chair: null, secretary: null }, later(15 * DAY));
    expect(second.toSnapshot()).toMatchObject({ status: 'in_session', quorumReached: false, quorumBranch: null });
  });
});

describe('Meeting lifecycle', () => {
  const scheduled = (overrides: Partial<NewMeetingInput> = {}) => Meeting.schedule(aNewMeeting(overrides), NOW);

  it('is convened by its first dispatch: agenda and details freeze, cancelling stays possible', () => {
    const meeting = scheduled({ agenda: [{ id: randomUUID(), title: 'Comptes' }] });
    meeting.convene(later(1));
    meeting.convene(later(2));
    expect(meeting.status).toBe('convened');
    expect(() => meeting.addAgendaItem(randomUUID(), { title: 'Late point' }, NOW)).toThrow(AgendaFrozen);
    expect(() => meeting.reorderAgenda([], NOW)).toThrow(AgendaFrozen);
    expect(() => meeting.revise(aNewMeeting(), null, NOW)).toThrow(AgendaFrozen);
    expect(() => meeting.assertDeletable()).toThrow(AgendaFrozen);
    expect(() => meeting.assertAttendanceOpen()).not.toThrow();
    meeting.cancel('Syndic ill', NOW);
    expect(meeting.status).toBe('cancelled');
  });

  it('opens only once convened, freezing attendance and the quorum verdict; completes only in session', () => {
    const meeting = scheduled();
    expect(() => meeting.open({ verdict: QUORUM, chair: null, secretary: null }, NOW)).toThrow(MeetingNotConvened);
    expect(() => meeting.complete(NOW)).toThrow(MeetingNotOpened);
    meeting.convene(NOW);
    meeting.open({ verdict: QUORUM, chair: ' Anne  Martin ', secretary: 'Luc Peeters' }, later(1));
    expect(meeting.toSnapshot()).toMatchObject({
      status: 'in_session',
      openedAt: later(1),
      quorumOwnersCounted: 6,
      quorumOwnersTotal: 10,
      quorumQuotasCounted: 500,
      quorumQuotasTotal: 1000,
      quorumBranch: 'majority_and_half',
      quorumReached: true,
      chair: 'Anne Martin',
      secretary: 'Luc Peeters',
    });
    expect(() => meeting.assertAttendanceOpen()).toThrow(AttendanceFrozen);
    expect(() => meeting.open({ verdict: QUORUM, chair: null, secretary: null }, NOW)).toThrow(MeetingClosed);
    expect(() => meeting.cancel('too late', NOW)).toThrow(MeetingClosed);
    meeting.complete(later(2));
    expect(meeting.status).toBe('completed');
    expect(() => meeting.complete(later(3))).toThrow(MeetingClosed);
  });

  it('opens without quorum as no_quorum, which is never completed', () => {
    const meeting = scheduled();
    meeting.convene(NOW);
    meeting.open({ verdict: NO_QUORUM, chair: null, secretary: null }, NOW);
    expect(meeting.toSnapshot()).toMatchObject({ status: 'no_quorum', quorumReached: false, quorumBranch: null });
    expect(() => meeting.complete(NOW)).toThrow(MeetingClosed);
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
    Meeting.schedule(aNewMeeting({ scheduledAt: original, ...overrides }), NOW);
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

  it('moves to any future date, never to the past', () => {
    const meeting = scheduled();
    expect(() => meeting.revise(details({ scheduledAt: later(2 * DAY) }), null, NOW)).not.toThrow();
    expect(() => meeting.revise(details({ scheduledAt: later(-1) }), null, NOW)).toThrow(MeetingInThePast);
  });

  it('keeps a moved second convocation 15 calendar days after its first meeting', () => {
    const meeting = scheduled();
    expect(() => meeting.revise(details({ scheduledAt: later(13 * DAY) }), '2026-03-01', NOW)).toThrow(
      SecondConvocationInvalid,
    );
    meeting.revise(details({ scheduledAt: later(16 * DAY) }), '2026-03-01', NOW);
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
      NOW,
    );
    expect(meeting.addAgendaItem(c, { title: ' C ' }, later(1))).toEqual({
      id: c,
      position: 3,
      title: 'C',
      description: null,
      titleNl: null,
      descriptionNl: null,
    });
    expect(meeting.editAgendaItem(a, { title: 'A2', description: 'Now described' }, later(2))).toEqual({
      id: a,
      position: 1,
      title: 'A2',
      description: 'Now described',
      titleNl: null,
      descriptionNl: null,
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
      NOW,
    ).toSnapshot();
    const restored = Meeting.restore({ ...snapshot, agenda: [...snapshot.agenda].reverse() });
    expect(restored.toSnapshot().agenda.map((i) => i.title)).toEqual(['A', 'B']);
    expect(restored.id).toBe(snapshot.id);
    expect(restored.organizationId).toBe(snapshot.organizationId);
  });
});
