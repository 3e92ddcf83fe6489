import type { CalendarDate } from '../../../shared/domain';

/** Civil Code art. 3.87 §3: registered mail, unless the owner agreed in writing to receive convocations by e-mail. */
export const DISPATCH_CHANNELS = ['email', 'registered_mail'] as const;
export type DispatchChannel = (typeof DISPATCH_CHANNELS)[number];

/** One line of the convocation register: the convocation of one owner to one meeting. */
export interface DispatchSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly meetingId: string;
  readonly ownerId: string;
  readonly channel: DispatchChannel;
  /** The Brussels calendar day the letter or e-mail left. */
  readonly sentOn: CalendarDate;
  /** The registered-mail number or the e-mail receipt id, once known. */
  readonly proof: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}
