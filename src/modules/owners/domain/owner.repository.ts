import type { Page, PageRequest } from '../../../shared/domain';
import type { Owner, OwnerSnapshot } from './owner';

export const OWNER_SORTS = ['lastName', 'firstName', 'email'] as const;
export type OwnerSort = (typeof OWNER_SORTS)[number];

export interface OwnerCriteria {
  /** Case-insensitive prefix of the first or last name. */
  readonly namePrefix?: string;
  /** Exact email (through its blind index). */
  readonly email?: string;
  /** Only the owner record linked to this user (role owner). */
  readonly userId?: string;
}

export interface OwnerName {
  readonly firstName: string;
  readonly lastName: string;
}

/**
 * Owners of one organization. Emails and phones are stored only encrypted, with a blind index for uniqueness and
 * exact search. `insert` and `update` refuse a duplicate email (DuplicateOwnerEmail) and a user already linked to
 * another owner (OwnerUserAlreadyLinked); the service checks first that the user is an owner account.
 */
export abstract class OwnerRepository {
  abstract findById(organizationId: string, id: string): Promise<OwnerSnapshot | null>;
  abstract findIdByUser(organizationId: string, userId: string): Promise<string | null>;
  abstract list(
    organizationId: string,
    criteria: OwnerCriteria,
    page: PageRequest<OwnerSort>,
  ): Promise<Page<OwnerSnapshot>>;
  abstract namesFor(organizationId: string, ids: readonly string[]): Promise<Map<string, OwnerName>>;
  abstract insert(owner: Owner): Promise<void>;
  /** Loads the owner, applies `change`, stores it. Null when absent. */
  abstract update(organizationId: string, id: string, change: (owner: Owner) => void): Promise<OwnerSnapshot | null>;
  /** False when absent; OwnerHasOwnerships when it holds or held a share. */
  abstract delete(organizationId: string, id: string): Promise<boolean>;
}
