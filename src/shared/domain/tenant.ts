export const ROLES = ['superadmin', 'syndic', 'accountant', 'board_member', 'owner'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, from the verified access token only. `organizationId` is null for the platform superadmin. */
export interface Actor {
  readonly userId: string;
  readonly role: Role;
  readonly organizationId: string | null;
}

/** An actor bound to one organization: every tenant-owned read and write takes one. */
export interface TenantContext extends Actor {
  readonly organizationId: string;
}
