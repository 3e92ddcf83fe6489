import type { PcnAccount, PcnAccountSnapshot } from './pcn-account';

/**
 * An organization's chart of accounts. Every method first gives the organization the default accounts when its
 * chart is still empty (organizations are created elsewhere, so the chart is seeded on first use).
 */
export abstract class PcnAccountRepository {
  /** The whole chart, by code. */
  abstract listAll(organizationId: string): Promise<PcnAccountSnapshot[]>;
  abstract findByCode(organizationId: string, code: string): Promise<PcnAccount | null>;
  abstract exists(organizationId: string, code: string): Promise<boolean>;
  /** Throws PcnAccountAlreadyExists when the code is taken. */
  abstract insert(account: PcnAccount): Promise<void>;
  /** Locks the row, lets `change` apply a domain rule, stores the result; null when there is no such code. */
  abstract update(organizationId: string, code: string, change: (account: PcnAccount) => void): Promise<PcnAccountSnapshot | null>;
}
