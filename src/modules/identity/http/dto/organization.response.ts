import type { OrganizationSnapshot } from '../../domain/organization';
import { UserResponse } from './user.response';
import type { UserSnapshot } from '../../domain/user';

export class OrganizationResponse {
  id!: string;
  name!: string;
  slug!: string;
  contactEmail!: string;
  /** False while suspended: its users cannot sign in. */
  active!: boolean;
  createdAt!: string;
  updatedAt!: string;

  static from(s: OrganizationSnapshot): OrganizationResponse {
    return {
      id: s.id,
      name: s.name,
      slug: s.slug,
      contactEmail: s.contactEmail,
      active: s.active,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class CreatedOrganizationResponse extends OrganizationResponse {
  /** The first syndic account. */
  syndic!: UserResponse;

  static withSyndic(organization: OrganizationSnapshot, syndic: UserSnapshot): CreatedOrganizationResponse {
    return { ...OrganizationResponse.from(organization), syndic: UserResponse.from(syndic) };
  }
}
