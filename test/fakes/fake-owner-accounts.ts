import { OwnerAccounts } from '../../src/modules/owners/application/owner-accounts';
import { ResourceNotFound, Role, TenantContext } from '../../src/shared/domain';

interface Account {
  readonly organizationId: string;
  readonly role: Role;
  readonly active: boolean;
}

/** The identity facade as owners sees it: users of one organization, by id. */
export class FakeOwnerAccounts extends OwnerAccounts {
  private readonly accounts = new Map<string, Account>();

  add(userId: string, account: Account): void {
    this.accounts.set(userId, account);
  }

  async isOwnerAccount(tenant: TenantContext, userId: string): Promise<boolean> {
    const account = this.accounts.get(userId);
    if (!account || account.organizationId !== tenant.organizationId) throw new ResourceNotFound('user');
    return account.role === 'owner' && account.active;
  }
}
