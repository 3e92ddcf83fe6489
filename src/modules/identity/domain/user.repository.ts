import type { Page, PageRequest } from '../../../shared/domain/pagination';
import type { User, UserSnapshot } from './user';

export type UserSort = 'lastName' | 'firstName' | 'createdAt' | 'role';

export interface UserFilter {
  /** Platform scope only: narrow to one organization. */
  readonly organizationId?: string;
  readonly role?: string;
}

/**
 * Users of one organization (`scope`), or of the whole platform when `scope` is null (superadmin, sign-in).
 * Emails are encrypted at rest; look-ups by email go through their keyed hash.
 */
export abstract class UserRepository {
  abstract findById(scope: string | null, id: string): Promise<User | null>;
  abstract findByEmail(scope: string | null, email: string): Promise<User | null>;
  abstract list(scope: string | null, filter: UserFilter, page: PageRequest<UserSort>): Promise<Page<UserSnapshot>>;
  abstract save(user: User): Promise<void>;
  /** True when at least one superadmin exists. */
  abstract superadminExists(): Promise<boolean>;
}
