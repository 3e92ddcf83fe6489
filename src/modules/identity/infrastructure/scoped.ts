import type { EntityManager } from 'typeorm';
import type { TenantDatabase } from '../../../shared/persistence/tenant-database';

/** Runs in the organization's row-level-security scope, or across organizations for the platform (null). */
export function inScope<T>(db: TenantDatabase, scope: string | null, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return scope === null ? db.acrossOrganizations(work) : db.forOrganization(scope, work);
}

/** PostgreSQL unique_violation, optionally on a given constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return pg?.code === '23505' && (constraint === undefined || pg.constraint === constraint);
}
