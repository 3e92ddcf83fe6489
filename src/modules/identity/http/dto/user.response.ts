import type { Role } from '../../../../shared/domain/tenant';
import type { UserSnapshot } from '../../domain/user';
import { ApiEmail, ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class UserResponse {
  @ApiId()
  id!: string;
  /** Null for the platform superadmin. */
  @ApiId({ nullable: true })
  organizationId!: string | null;
  @ApiEmail({ example: 'sophie.peeters@example.be' })
  email!: string;
  /** @example "Sophie" */
  firstName!: string;
  /** @example "Peeters" */
  lastName!: string;
  /** @example "syndic" */
  role!: Role;
  /** @example true */
  active!: boolean;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
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
