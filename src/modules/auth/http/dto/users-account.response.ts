import type { UserSnapshot } from '../../../identity';

/** The signed-in account. */
export class UsersAccountResponse {
  id!: string;
  organizationId!: string | null;
  email!: string;
  firstName!: string;
  lastName!: string;
  role!: string;
  active!: boolean;

  static from(s: UserSnapshot): UsersAccountResponse {
    return { id: s.id, organizationId: s.organizationId, email: s.email, firstName: s.firstName, lastName: s.lastName, role: s.role, active: s.active };
  }
}
