import type { CalendarDate } from '../../../shared/domain';
import type { DispatchChannel } from './dispatch';
import type { MeetingType } from './meeting';

export type ConvocationLanguage = 'fr' | 'nl' | 'en';

/** What the syndic firm prints under its name; each field is null until the firm records it. */
export interface ConvocationIssuer {
  readonly address: string | null;
  readonly bceNumber: string | null;
  readonly ipiNumber: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly feesIban: string | null;
}

/** Everything the convocation letter prints. */
export interface ConvocationLetter {
  readonly organizationName: string;
  readonly issuer?: ConvocationIssuer;
  readonly building: {
    readonly name: string;
    readonly address: string;
    readonly postalCode: string;
    readonly city: string;
    /** BCE/KBO of the association of co-owners. */
    readonly associationBce?: string | null;
  };
  readonly meeting: {
    readonly type: MeetingType;
    readonly title: string;
    readonly scheduledAt: Date;
    readonly location: string;
    readonly remoteUrl: string | null;
    readonly isSecondConvocation: boolean;
  };
  readonly agenda: ReadonlyArray<{
    readonly position: number;
    readonly title: string;
    readonly description: string | null;
  }>;
  readonly lang: ConvocationLanguage;
  /** The letter of one owner: addressee block, sending day and channel, the notice delay (art. 3.87 §3). */
  readonly addressee?: {
    readonly name: string;
    readonly addressLines: readonly string[];
    readonly channel: DispatchChannel;
    readonly sentOn: CalendarDate;
    readonly noticeDays: number;
  };
  readonly urgencyReason?: string | null;
}

/** Turns a convocation letter into a PDF document. */
export abstract class ConvocationRenderer {
  abstract render(letter: ConvocationLetter): Promise<Buffer>;
}
