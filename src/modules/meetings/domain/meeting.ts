import { Agenda, AgendaItemInput, AgendaItemSnapshot } from './agenda';
import { brusselsDate, type CalendarDate } from '../../../shared/domain';
import { daysBetween } from './calendar-days';
import { ASSEMBLY_DELAYS, assertNotInThePast, assertSecondConvocation } from './convocation-rules';
import { checkedDetails, MeetingDetailsInput, MeetingStatus, MeetingType } from './meeting-details';
import type { QuorumBranch, QuorumVerdict } from './quorum';
import {
  AgendaFrozen,
  AttendanceFrozen,
  InvalidMeeting,
  MeetingClosed,
  MeetingNotConvened,
  MeetingNotOpened,
  SecondConvocationInvalid,
} from './meeting.errors';

export { MEETING_STATUSES, MEETING_TYPES } from './meeting-details';
export type { MeetingDetailsInput, MeetingStatus, MeetingType } from './meeting-details';

const NOT_OPENED = {
  openedAt: null,
  quorumOwnersCounted: null,
  quorumOwnersTotal: null,
  quorumQuotasCounted: null,
  quorumQuotasTotal: null,
  quorumBranch: null,
  quorumReached: null,
  chair: null,
  secretary: null,
} as const;

export interface NewMeetingInput extends MeetingDetailsInput {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly agenda: ReadonlyArray<AgendaItemInput & { id: string }>;
  readonly isSecondConvocation?: boolean;
  readonly firstMeetingId?: string | null;
}

export interface MeetingSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly type: MeetingType;
  readonly title: string;
  readonly scheduledAt: Date;
  readonly location: string;
  readonly remoteUrl: string | null;
  readonly agenda: readonly AgendaItemSnapshot[];
  readonly status: MeetingStatus;
  readonly isSecondConvocation: boolean;
  readonly firstMeetingId: string | null;
  readonly urgent: boolean;
  readonly urgencyReason: string | null;
  readonly cancellationReason: string | null;
  /** When the assembly was opened: attendance and the quorum verdict below are frozen from then on. */
  readonly openedAt: Date | null;
  readonly quorumOwnersCounted: number | null;
  readonly quorumOwnersTotal: number | null;
  readonly quorumQuotasCounted: number | null;
  readonly quorumQuotasTotal: number | null;
  readonly quorumBranch: QuorumBranch | null;
  readonly quorumReached: boolean | null;
  readonly chair: string | null;
  readonly secretary: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The quorum verdict and the officers recorded when the assembly opens. */
export interface Opening {
  readonly verdict: QuorumVerdict;
  readonly chair: string | null;
  readonly secretary: string | null;
}

/** What a second convocation repeats of its first meeting: where and when, and which agenda items. */
export interface SecondConvocationInput {
  readonly id: string;
  readonly scheduledAt: Date;
  readonly location: string;
  /** Items of the first agenda, in the new order; all of them when absent. */
  readonly agendaItemIds?: readonly string[];
  /** A new id for each repeated item, by the first meeting's item id. */
  readonly newItemIds: ReadonlyMap<string, string>;
  /** True when the first meeting already has a second convocation (not cancelled). */
  readonly exists: boolean;
}

/**
 * A general assembly of a building's owners (AGO / AGE) with its agenda: scheduled → convened (first dispatch; the
 * agenda freezes) → in_session | no_quorum (opening; attendance and the quorum freeze) → completed; scheduled or
 * convened → cancelled. The notice delay is checked on each dispatch, not here (art. 3.87 §3).
 */
export class Meeting {
  private constructor(
    private state: Omit<MeetingSnapshot, 'agenda'>,
    private agenda: Agenda,
  ) {}

  /** A new first convocation, at any future time (the notice rule applies when the letters are sent). */
  static schedule(input: NewMeetingInput, now: Date): Meeting {
    const details = checkedDetails(input);
    assertNotInThePast(details.scheduledAt, now);
    if (input.isSecondConvocation || input.firstMeetingId) {
      throw new InvalidMeeting(
        'isSecondConvocation',
        'a second convocation follows an assembly without quorum: POST /meetings/{id}/second-convocation',
      );
    }
    const { id, organizationId, buildingId } = input;
    return new Meeting(
      {
        id,
        organizationId,
        buildingId,
        ...details,
        status: 'scheduled',
        isSecondConvocation: false,
        firstMeetingId: null,
        cancellationReason: null,
        ...NOT_OPENED,
        createdAt: now,
        updatedAt: now,
      },
      Agenda.of(input.agenda),
    );
  }

  /**
   * Art. 3.87 §5: the second assembly of a first one opened without quorum (once, at least 15 Brussels calendar days
   * later, on items of its agenda), same building and type; it deliberates whatever the attendance.
   */
  static secondConvocation(first: MeetingSnapshot, input: SecondConvocationInput, now: Date): Meeting {
    const details = checkedDetails({
      type: first.type,
      title: first.title,
      scheduledAt: input.scheduledAt,
      location: input.location,
      remoteUrl: first.remoteUrl,
    });
    assertNotInThePast(details.scheduledAt, now);
    const itemIds = input.agendaItemIds ?? first.agenda.map((item) => item.id);
    assertSecondConvocation(
      { ...first, agendaItemIds: first.agenda.map((item) => item.id), hasSecondConvocation: input.exists },
      {
        meetingDate: brusselsDate(details.scheduledAt),
        firstMeetingDate: brusselsDate(first.scheduledAt),
        agendaItemIds: itemIds,
      },
    );
    const agenda = itemIds.map((itemId) => {
      const { id: _id, position: _position, ...texts } = first.agenda.find((item) => item.id === itemId)!;
      return { ...texts, id: input.newItemIds.get(itemId) ?? itemId };
    });
    return new Meeting(
      {
        id: input.id,
        organizationId: first.organizationId,
        buildingId: first.buildingId,
        ...details,
        status: 'scheduled',
        isSecondConvocation: true,
        firstMeetingId: first.id,
        cancellationReason: null,
        ...NOT_OPENED,
        createdAt: now,
        updatedAt: now,
      },
      Agenda.of(agenda),
    );
  }

  static restore(snapshot: MeetingSnapshot): Meeting {
    const { agenda, ...state } = snapshot;
    return new Meeting({ ...state }, Agenda.restore(agenda));
  }

  get id(): string {
    return this.state.id;
  }

  get organizationId(): string {
    return this.state.organizationId;
  }

  get status(): MeetingStatus {
    return this.state.status;
  }

  /**
   * Replaces the editable fields while no convocation has left (then the letter is frozen: 409 AGENDA_FROZEN). A
   * second convocation stays at least 15 days after its first meeting (whose Brussels date the caller gives).
   */
  revise(input: MeetingDetailsInput, firstMeetingDate: CalendarDate | null, now: Date): void {
    this.assertEditable();
    const details = checkedDetails(input);
    if (details.scheduledAt.getTime() !== this.state.scheduledAt.getTime()) {
      assertNotInThePast(details.scheduledAt, now);
      const meetingDate = brusselsDate(details.scheduledAt);
      if (
        firstMeetingDate !== null &&
        daysBetween(firstMeetingDate, meetingDate) < ASSEMBLY_DELAYS.secondConvocationDays
      ) {
        throw new SecondConvocationInvalid('too_soon');
      }
    }
    this.state = { ...this.state, ...details, updatedAt: now };
  }

  addAgendaItem(id: string, input: AgendaItemInput, now: Date): AgendaItemSnapshot {
    this.changeAgenda(() => this.agenda.add(id, input), now);
    return this.agenda.find(id);
  }

  editAgendaItem(id: string, input: AgendaItemInput, now: Date): AgendaItemSnapshot {
    this.changeAgenda(() => this.agenda.edit(id, input), now);
    return this.agenda.find(id);
  }

  removeAgendaItem(id: string, now: Date): void {
    this.changeAgenda(() => this.agenda.remove(id), now);
  }

  reorderAgenda(ids: readonly string[], now: Date): void {
    this.changeAgenda(() => this.agenda.reorder(ids), now);
  }

  /** The first convocation left: the agenda freezes (art. 3.87 §3). Later dispatches keep the meeting convened. */
  convene(now: Date): void {
    if (this.state.status === 'convened') return;
    this.assertNotClosed();
    this.state = { ...this.state, status: 'convened', updatedAt: now };
  }

  /** Fails unless the convocation can still be sent: scheduled or convened. */
  assertConvocable(): void {
    if (this.state.status !== 'convened') this.assertNotClosed();
  }

  /** Attendance is recorded before opening, on a meeting that is not cancelled. */
  assertAttendanceOpen(): void {
    const { status } = this.state;
    if (status === 'scheduled' || status === 'convened') return;
    if (status === 'cancelled' || status === 'completed') throw new MeetingClosed(status);
    throw new AttendanceFrozen(status);
  }

  /**
   * Opens a convened assembly with its quorum verdict (art. 3.87 §5), frozen from then on: in_session when reached,
   * no_quorum otherwise; a second convocation deliberates whatever the attendance (in_session).
   */
  open(opening: Opening, now: Date): void {
    const { status } = this.state;
    if (status === 'scheduled') throw new MeetingNotConvened(status);
    if (status !== 'convened') throw new MeetingClosed(status);
    const { verdict } = opening;
    this.state = {
      ...this.state,
      status: verdict.reached || this.state.isSecondConvocation ? 'in_session' : 'no_quorum',
      openedAt: now,
      quorumOwnersCounted: verdict.owners.counted,
      quorumOwnersTotal: verdict.owners.total,
      quorumQuotasCounted: verdict.quotas.counted,
      quorumQuotasTotal: verdict.quotas.total,
      quorumBranch: verdict.branch,
      quorumReached: verdict.reached,
      chair: checkedOfficer('chair', opening.chair),
      secretary: checkedOfficer('secretary', opening.secretary),
      updatedAt: now,
    };
  }

  cancel(reason: string, now: Date): void {
    this.assertNotClosed();
    const cancellationReason = reason.trim();
    if (!cancellationReason || cancellationReason.length > 1000) {
      throw new InvalidMeeting('reason', 'must have 1 to 1000 characters');
    }
    this.state = { ...this.state, status: 'cancelled', cancellationReason, updatedAt: now };
  }

  /** Records that the assembly in session ended (its minutes are then due within 30 days). */
  complete(now: Date): void {
    const { status } = this.state;
    if (status === 'scheduled' || status === 'convened') throw new MeetingNotOpened(status);
    if (status !== 'in_session') throw new MeetingClosed(status);
    this.state = { ...this.state, status: 'completed', updatedAt: now };
  }

  /** Only a meeting without convocation may be deleted; the others are history. */
  assertDeletable(): void {
    this.assertEditable();
  }

  toSnapshot(): MeetingSnapshot {
    return { ...this.state, agenda: this.agenda.toSnapshot() };
  }

  private changeAgenda(change: () => Agenda, now: Date): void {
    this.assertEditable();
    this.agenda = change();
    this.state = { ...this.state, updatedAt: now };
  }

  /** Scheduled: anything goes. Convened: the letter left, so agenda and details are frozen. */
  private assertEditable(): void {
    if (this.state.status === 'convened') throw new AgendaFrozen();
    this.assertNotClosed();
  }

  /** Only scheduled and convened meetings are still to be held. */
  private assertNotClosed(): void {
    const { status } = this.state;
    if (status !== 'scheduled' && status !== 'convened') throw new MeetingClosed(status);
  }
}

function checkedOfficer(field: string, value: string | null): string | null {
  const text = value?.trim().replace(/\s+/g, ' ') || null;
  if (text && text.length > 255) throw new InvalidMeeting(field, 'must have at most 255 characters');
  return text;
}
