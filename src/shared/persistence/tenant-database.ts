import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every read and write of tenant data runs in a transaction that tells PostgreSQL's row-level security which
 * organization is acting (`app.organization_id`, local to the transaction). Repositories still filter on
 * `organization_id` themselves: the policy is the second net that catches a forgotten filter.
 */
@Injectable()
export class TenantDatabase {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction that sees only this organization's rows. */
  forOrganization<T>(organizationId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!UUID.test(organizationId)) throw new Error('forOrganization needs an organization uuid');
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
      return work(manager);
    });
  }

  /**
   * Platform work that must cross organizations (login by email, the superadmin's organization list, seeding).
   * Each call site is a deliberate exception to tenant isolation.
   */
  acrossOrganizations<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('app.platform', 'on', true)`);
      return work(manager);
    });
  }
}
