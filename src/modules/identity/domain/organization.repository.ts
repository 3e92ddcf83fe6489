import type { Page, PageRequest } from '../../../shared/domain/pagination';
import type { Organization, OrganizationSnapshot } from './organization';
import type { User } from './user';

export type OrganizationSort = 'name' | 'createdAt';

/** Organizations are platform resources: only the superadmin lists them; an organization reads its own row. */
export abstract class OrganizationRepository {
  /** `scope` is the caller's organization, or null for the platform (superadmin). */
  abstract findById(scope: string | null, id: string): Promise<Organization | null>;
  abstract findBySlug(slug: string): Promise<Organization | null>;
  abstract list(page: PageRequest<OrganizationSort>): Promise<Page<OrganizationSnapshot>>;
  /** Creates the organization and its first syndic in one transaction. */
  abstract createWithFirstUser(organization: Organization, syndic: User): Promise<void>;
  abstract save(organization: Organization): Promise<void>;
}
