import type { CalendarDate } from '../../../shared/domain';
import type { ConvocationIssuer } from './convocation';
import type { Majority } from './majority';
import type { MeetingType } from './meeting';
import type { QuorumBranch } from './quorum';

export type MinutesLanguage = 'fr' | 'nl';

/** The quorum verdict frozen at opening (art. 3.87 §5). */
export interface MinutesQuorum {
  readonly ownersCounted: number;
  readonly ownersTotal: number;
  readonly quotasCounted: number;
  readonly quotasTotal: number;
  readonly branch: QuorumBranch | null;
  readonly reached: boolean;
}

export interface MinutesAttendee {
  readonly name: string;
  readonly status: 'present' | 'represented';
  readonly proxyHolder: string | null;
  readonly votes: number;
}

export interface MinutesResolution {
  /** The agenda item's number (1..n) and title. */
  readonly itemNumber: number;
  readonly itemTitle: string;
  readonly title: string;
  readonly text: string | null;
  readonly majority: Majority;
  readonly status: 'adopted' | 'rejected';
  readonly forVotes: number;
  readonly againstVotes: number;
  readonly abstentionVotes: number;
  /** Names, as art. 3.87 §10 asks: those who voted against and those who abstained. */
  readonly against: readonly string[];
  readonly abstained: readonly string[];
  readonly capped: ReadonlyArray<{ readonly name: string; readonly votes: number; readonly countedVotes: number }>;
  readonly suspended: ReadonlyArray<{ readonly unitNumber: string; readonly votes: number }>;
}

/** Everything the minutes (procès-verbal / notulen) print, as plain data. */
export interface MinutesDocument {
  readonly organizationName: string;
  readonly issuer?: ConvocationIssuer;
  readonly building: {
    readonly name: string;
    readonly address: string;
    readonly postalCode: string;
    readonly city: string;
    readonly associationBce?: string | null;
  };
  readonly meeting: {
    readonly type: MeetingType;
    readonly title: string;
    readonly scheduledAt: Date;
    readonly location: string;
    readonly isSecondConvocation: boolean;
    readonly chair: string | null;
    readonly secretary: string | null;
  };
  /** Null when no quorum was recorded; a second convocation deliberates whatever the attendance. */
  readonly quorum: MinutesQuorum | null;
  readonly attendees: readonly MinutesAttendee[];
  readonly resolutions: readonly MinutesResolution[];
  readonly minutesDueOn: CalendarDate;
  readonly challengeDeadline: CalendarDate;
  readonly lang: MinutesLanguage;
}

/** Turns minutes into a PDF document. */
export abstract class MinutesRenderer {
  abstract render(minutes: MinutesDocument): Promise<Buffer>;
}
