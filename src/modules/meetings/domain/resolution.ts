import { InvalidMeeting } from './meeting.errors';
import type { Majority } from './majority';
import { ResolutionClosed } from './resolution.errors';
import type { BallotChoice, TallyResult } from './tally';

export type ResolutionStatus = 'open' | 'adopted' | 'rejected';

export interface BallotSnapshot {
  readonly ownerId: string;
  readonly choice: BallotChoice;
  /** The owner's votes at the meeting; `countedVotes` (after the cap) is set when the resolution closes. */
  readonly votes: number;
  readonly countedVotes: number | null;
  readonly proxyHolderOwnerId: string | null;
  readonly proxyHolderName: string | null;
  readonly castAt: Date;
}

export interface ResolutionSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly meetingId: string;
  readonly agendaItemId: string;
  readonly title: string;
  readonly text: string | null;
  readonly majority: Majority;
  readonly status: ResolutionStatus;
  readonly forVotes: number | null;
  readonly againstVotes: number | null;
  readonly abstentionVotes: number | null;
  readonly closedAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly ballots: readonly BallotSnapshot[];
}

export interface NewResolutionInput {
  readonly id: string;
  readonly organizationId: string;
  readonly meetingId: string;
  readonly agendaItemId: string;
  readonly title: string;
  readonly text?: string | null;
  readonly majority: Majority;
}

const MAX_TITLE = 255;
const MAX_TEXT = 8000;

/** A motion put to the vote on an agenda item: open while ballots come in, then adopted or rejected for good. */
export class Resolution {
  private constructor(private state: ResolutionSnapshot) {}

  static propose(input: NewResolutionInput, now: Date): Resolution {
    const title = input.title.trim();
    if (!title || title.length > MAX_TITLE) throw new InvalidMeeting('title', `must have 1 to ${MAX_TITLE} characters`);
    const text = input.text?.trim() || null;
    if (text && text.length > MAX_TEXT) throw new InvalidMeeting('text', `must have at most ${MAX_TEXT} characters`);
    return new Resolution({
      ...input,
      title,
      text,
      status: 'open',
      forVotes: null,
      againstVotes: null,
      abstentionVotes: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
      ballots: [],
    });
  }

  static restore(snapshot: ResolutionSnapshot): Resolution {
    return new Resolution({ ...snapshot, ballots: [...snapshot.ballots] });
  }

  /** Records or replaces the owner's ballot; possible until the resolution closes. */
  cast(ballot: Omit<BallotSnapshot, 'countedVotes'>, now: Date): void {
    this.assertOpen();
    const others = this.state.ballots.filter((existing) => existing.ownerId !== ballot.ownerId);
    this.state = { ...this.state, ballots: [...others, { ...ballot, countedVotes: null }], updatedAt: now };
  }

  /** Closes the vote with its tally (computed by `tally` on the roll frozen at opening). */
  close(result: TallyResult, now: Date): void {
    this.assertOpen();
    const ballots = this.state.ballots.map((ballot) => ({
      ...ballot,
      countedVotes: result.counted.get(ballot.ownerId) ?? 0,
    }));
    this.state = {
      ...this.state,
      status: result.status,
      forVotes: result.forVotes,
      againstVotes: result.againstVotes,
      abstentionVotes: result.abstentionVotes,
      ballots,
      closedAt: now,
      updatedAt: now,
    };
  }

  get ballots(): readonly BallotSnapshot[] {
    return this.state.ballots;
  }

  get majority(): Majority {
    return this.state.majority;
  }

  get organizationId(): string {
    return this.state.organizationId;
  }

  toSnapshot(): ResolutionSnapshot {
    return { ...this.state, ballots: [...this.state.ballots] };
  }

  private assertOpen(): void {
    if (this.state.status !== 'open') throw new ResolutionClosed(this.state.status);
  }
}
