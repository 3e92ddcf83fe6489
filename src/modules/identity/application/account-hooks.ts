import { Injectable } from '@nestjs/common';

export type AccountClosedListener = (userId: string) => Promise<void>;
export type AccountChangedListener = (userId: string) => Promise<void>;
export type OrganizationSuspendedListener = (organizationId: string) => Promise<void>;
export type SessionEndedListener = (sessionId: string) => Promise<void>;

/**
 * Lets other contexts react when an account stops being usable (deactivated or erased) or changes (a new role),
 * such as auth ending its sessions, and lets identity hear that a sign-in has ended, without either depending on
 * the other.
 */
@Injectable()
export class AccountHooks {
  private readonly closedListeners: AccountClosedListener[] = [];
  private readonly changedListeners: AccountChangedListener[] = [];
  private readonly suspendedListeners: OrganizationSuspendedListener[] = [];
  private readonly sessionEndedListeners: SessionEndedListener[] = [];

  onAccountClosed(listener: AccountClosedListener): void {
    this.closedListeners.push(listener);
  }

  async accountClosed(userId: string): Promise<void> {
    for (const listener of this.closedListeners) await listener(userId);
  }

  onAccountChanged(listener: AccountChangedListener): void {
    this.changedListeners.push(listener);
  }

  async accountChanged(userId: string): Promise<void> {
    for (const listener of this.changedListeners) await listener(userId);
  }

  onOrganizationSuspended(listener: OrganizationSuspendedListener): void {
    this.suspendedListeners.push(listener);
  }

  async organizationSuspended(organizationId: string): Promise<void> {
    for (const listener of this.suspendedListeners) await listener(organizationId);
  }

  onSessionEnded(listener: SessionEndedListener): void {
    this.sessionEndedListeners.push(listener);
  }

  /** A sign-in (refresh-session family) has ended: the access tokens it issued must stop working. */
  async sessionEnded(sessionId: string): Promise<void> {
    for (const listener of this.sessionEndedListeners) await listener(sessionId);
  }
}
