import { Injectable } from '@nestjs/common';

export type AccountClosedListener = (userId: string) => Promise<void>;
export type OrganizationSuspendedListener = (organizationId: string) => Promise<void>;

/**
 * Lets other contexts react when an account stops being usable (deactivated or erased), such as auth ending its
 * sessions, without identity depending on them.
 */
@Injectable()
export class AccountHooks {
  private readonly closedListeners: AccountClosedListener[] = [];
  private readonly suspendedListeners: OrganizationSuspendedListener[] = [];

  onAccountClosed(listener: AccountClosedListener): void {
    this.closedListeners.push(listener);
  }

  async accountClosed(userId: string): Promise<void> {
    for (const listener of this.closedListeners) await listener(userId);
  }

  onOrganizationSuspended(listener: OrganizationSuspendedListener): void {
    this.suspendedListeners.push(listener);
  }

  async organizationSuspended(organizationId: string): Promise<void> {
    for (const listener of this.suspendedListeners) await listener(organizationId);
  }
}
