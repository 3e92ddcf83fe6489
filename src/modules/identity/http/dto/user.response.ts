import type { Role } from '../../../../shared/domain/tenant';
import type { UserSnapshot } from '../../domain/user';

export class UserResponse {
  id!: string;
  /** Null for the platform superadmin. */
  organizationId!: string | null;
  email!: string;
  firstName!: string;
  lastName!: string;
  role!: Role;
  active!: boolean;
  createdAt!: string;
  updatedAt!: string;

  static from(s: UserSnapshot): UserResponse {
    return {
      id: s.id,
      organizationId: s.organizationId,
      email: s.email,
      firstName: s.firstName,
      lastName: s.lastName,
      role: s.role,
      active: s.active,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
