import type { UserSnapshot } from '../../../identity';
import { ApiEmail, ApiId } from '../../../../shared/http/api-property.decorators';

/** The signed-in account. */
export class UsersAccountResponse {
  @ApiId()
  id!: string;
  @ApiId({ nullable: true })
  organizationId!: string | null;
  @ApiEmail({ example: 'sophie.peeters@example.be' })
  email!: string;
  /** @example "Sophie" */
  firstName!: string;
  /** @example "Peeters" */
  lastName!: string;
  /** @example "syndic" */
  role!: string;
  /** @example true */
  active!: boolean;

  static from(s: UserSnapshot): UsersAccountResponse {
    return {
      id: s.id,
      organizationId: s.organizationId,
      email: s.email,
      firstName: s.firstName,
      lastName: s.lastName,
      role: s.role,
      active: s.active,
    };
  }
}
