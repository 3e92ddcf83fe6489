import type { PageRequest } from '../../../shared/domain/pagination';
import type { Role } from '../../../shared/domain/tenant';
import type { OrganizationLetterhead } from '../domain/organization';
import type { OrganizationSort } from '../domain/organization.repository';
import type { UserSort } from '../domain/user.repository';

export interface NewUserInput {
  readonly email: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
}

export interface CreateOrganizationInput {
  readonly name: string;
  readonly slug?: string;
  readonly contactEmail: string;
  readonly syndic: NewUserInput;
}

export interface UpdateOrganizationInput {
  readonly name: string;
  readonly contactEmail: string;
  /** Left out: unchanged; null: cleared. */
  readonly letterhead?: Partial<OrganizationLetterhead>;
}

export interface CreateUserInput extends NewUserInput {
  readonly role: Exclude<Role, 'superadmin'>;
  /** Only the platform superadmin names the organization; everyone else creates users in their own. */
  readonly organizationId?: string;
}

export interface UpdateUserInput {
  readonly firstName: string;
  readonly lastName: string;
  readonly role: Exclude<Role, 'superadmin'>;
}

export interface ListUsersInput {
  readonly organizationId?: string;
  readonly role?: string;
  readonly page: PageRequest<UserSort>;
}

export type ListOrganizationsInput = PageRequest<OrganizationSort>;
