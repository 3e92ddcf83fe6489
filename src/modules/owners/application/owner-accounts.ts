import type { TenantContext } from '../../../shared/domain';

/**
 * The portal accounts an owner record may be linked to. Implemented by the identity context's `UsersService` (it
 * owns the users); kept as a port here so owners never reads identity's tables.
 */
export abstract class OwnerAccounts {
  /** True for an active owner-role user of the caller's organization; ResourceNotFound (404) when there is none. */
  abstract isOwnerAccount(tenant: TenantContext, userId: string): Promise<boolean>;
}
