import { Agenda, AgendaItemInput, AgendaItemSnapshot } from './agenda';
import { assertConvocationNotice, assertSecondConvocation, FirstMeetingFacts } from './convocation-rules';
import { checkedDetails, MeetingDetailsInput, MeetingStatus, MeetingType } from './meeting-details';
import type { QuorumBranch } from './quorum';
import { InvalidMeeting, MeetingClosed, MeetingNotHeldYet } from './meeting.errors';

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

/** A general assembly of a building's owners (AGO / AGE) with its agenda: scheduled → completed | cancelled. */
export class Meeting {
  private constructor(
    private state: Omit<MeetingSnapshot, 'agenda'>,
    private agenda: Agenda,
  ) {}

  /** A new meeting, convened at least 15 days ahead unless urgent; a second convocation follows a held first one. */
  static schedule(input: NewMeetingInput, firstMeeting: FirstMeetingFacts | null, now: Date): Meeting {
    const details = checkedDetails(input);
    assertConvocationNotice(details.scheduledAt, now, details.urgent);
    const firstMeetingId = input.firstMeetingId ?? null;
    if (input.isSecondConvocation && !firstMeetingId) {
      throw new InvalidMeeting('firstMeetingId', 'is required for a second convocation');
    }
    if (!input.isSecondConvocation && firstMeetingId) {
      throw new InvalidMeeting('firstMeetingId', 'is only for a second convocation');
    }
    if (firstMeetingId) {
      assertSecondConvocation(firstMeeting, { buildingId: input.buildingId, scheduledAt: details.scheduledAt });
    }
    const { id, organizationId, buildingId } = input;
    return new Meeting(
      {
        id,
        organizationId,
        buildingId,
        ...details,
        status: 'scheduled',
        isSecondConvocation: firstMeetingId !== null,
        firstMeetingId,
        cancellationReason: null,
        ...NOT_OPENED,
        createdAt: now,
        updatedAt: now,
      },
      Agenda.of(input.agenda),
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

  /**
   * Replaces the editable fields. The notice rule is checked again when the date moves or the urgent flag is
   * dropped; a second convocation's date is checked again against its first meeting (given by the caller).
   */
  revise(input: MeetingDetailsInput, firstMeeting: FirstMeetingFacts | null, now: Date): void {
    this.assertOpen();
    const details = checkedDetails(input);
    const moved = details.scheduledAt.getTime() !== this.state.scheduledAt.getTime();
    if (moved || (this.state.urgent && !details.urgent)) {
      assertConvocationNotice(details.scheduledAt, now, details.urgent);
    }
    if (moved && this.state.isSecondConvocation) {
      assertSecondConvocation(firstMeeting, { buildingId: this.state.buildingId, scheduledAt: details.scheduledAt });
    }
    this.state = { ...this.state, ...details, updatedAt: now };
  }

  addAgendaItem(id: string, input: AgendaItemInput, now: Date): AgendaItemSnapshot {
    this.changeAgenda(this.agenda.add(id, input), now);
    return this.agenda.find(id);
  }

  editAgendaItem(id: string, input: AgendaItemInput, now: Date): AgendaItemSnapshot {
    this.changeAgenda(this.agenda.edit(id, input), now);
    return this.agenda.find(id);
  }

  removeAgendaItem(id: string, now: Date): void {
    this.changeAgenda(this.agenda.remove(id), now);
  }

  reorderAgenda(ids: readonly string[], now: Date): void {
    this.changeAgenda(this.agenda.reorder(ids), now);
  }

  cancel(reason: string, now: Date): void {
    this.assertOpen();
    const cancellationReason = reason.trim();
    if (!cancellationReason || cancellationReason.length > 1000) {
      throw new InvalidMeeting('reason', 'must have 1 to 1000 characters');
    }
    this.state = { ...this.state, status: 'cancelled', cancellationReason, updatedAt: now };
  }

  /** Records that the assembly was held; possible only once its time has come. */
  complete(now: Date): void {
    this.assertOpen();
    if (this.state.scheduledAt.getTime() > now.getTime()) throw new MeetingNotHeldYet();
    this.state = { ...this.state, status: 'completed', updatedAt: now };
  }

  /** Only a scheduled meeting may be deleted; held or cancelled ones are history. */
  assertDeletable(): void {
    this.assertOpen();
  }

  toSnapshot(): MeetingSnapshot {
    return { ...this.state, agenda: this.agenda.toSnapshot() };
  }

  private changeAgenda(agenda: Agenda, now: Date): void {
    this.assertOpen();
    this.agenda = agenda;
    this.state = { ...this.state, updatedAt: now };
  }

  private assertOpen(): void {
    if (this.state.status !== 'scheduled') throw new MeetingClosed(this.state.status);
  }
}
