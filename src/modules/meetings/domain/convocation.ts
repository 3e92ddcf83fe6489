import type { MeetingType } from './meeting';

export type ConvocationLanguage = 'fr' | 'nl';

/** Everything the convocation letter prints. */
export interface ConvocationLetter {
  readonly organizationName: string;
  readonly building: {
    readonly name: string;
    readonly address: string;
    readonly postalCode: string;
    readonly city: string;
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
}

/** Turns a convocation letter into a PDF document. */
export abstract class ConvocationRenderer {
  abstract render(letter: ConvocationLetter): Promise<Buffer>;
}
