import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { ConvocationChannel, OwnerConsents } from './email-consent';

/**
 * The register of owners' consents to e-mail, with history. A change runs in one transaction holding the owner
 * row's lock, so two recordings for one owner run one after the other; a document named as proof must belong to the
 * organization (else ResourceNotFound 'document').
 */
export abstract class ConsentRegister {
  /** Locks the owner, loads its consents, applies `change`, writes the difference. Null when there is no such owner. */
  abstract change<T>(
    organizationId: string,
    ownerId: string,
    change: (consents: OwnerConsents) => T,
  ): Promise<{ result: T } | null>;
  /** The channel of each owner on `day`, in one query; ids not in the organization are left out. */
  abstract channelsOn(
    organizationId: string,
    ownerIds: readonly string[],
    day: CalendarDate,
  ): Promise<Map<string, ConvocationChannel>>;
}
