import { Injectable } from '@nestjs/common';
import { UsersService } from '@modules/identity';
import type { TenantContext } from '@shared/domain';
import { OwnerAccounts } from '../application/owner-accounts';

/** The portal accounts are users of the identity context, asked through its facade. */
@Injectable()
export class UsersFacadeOwnerAccounts extends OwnerAccounts {
  constructor(private readonly users: UsersService) {
    super();
  }

  isOwnerAccount(tenant: TenantContext, userId: string): Promise<boolean> {
    return this.users.isOwnerAccount(tenant, userId);
  }
}
