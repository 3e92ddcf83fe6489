import type { EntityManager } from 'typeorm';
import type { TenantDatabase } from '../../../shared/persistence/tenant-database';

/** Runs in the organization's row-level-security scope, or across organizations for the platform (null). */
export function inScope<T>(
  db: TenantDatabase,
  scope: string | null,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return scope === null ? db.acrossOrganizations(work) : db.forOrganization(scope, work);
}

export { isUniqueViolation } from '../../../shared/persistence/postgres-error';
