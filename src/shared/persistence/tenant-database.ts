import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** TypeORM keeps these protected; they are set so its manager treats our opening as a transaction it started. */
interface TransactionState {
  isTransactionActive: boolean;
  transactionDepth: number;
}

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
    // The id is a checked uuid, so it can be written into the statement: BEGIN and the setting then travel in one
    // round trip (a simple-protocol query), which is a quarter of the database round trips of a typical read.
    return this.inTransaction(`BEGIN; SELECT set_config('app.organization_id', '${organizationId.toLowerCase()}', true)`, work);
  }

  /**
   * Platform work that must cross organizations (login by email, the superadmin's organization list, seeding).
   * Each call site is a deliberate exception to tenant isolation.
   */
  acrossOrganizations<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.inTransaction(`BEGIN; SELECT set_config('app.platform', 'on', true)`, work);
  }

  private async inTransaction<T>(opening: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const state = runner as unknown as TransactionState;
    try {
      await runner.query(opening);
      state.isTransactionActive = true;
      state.transactionDepth = 1;
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await rollback(runner);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

async function rollback(runner: QueryRunner): Promise<void> {
  if (runner.isTransactionActive) {
    await runner.rollbackTransaction().catch(() => undefined);
  } else {
    // The opening itself failed half-way: make sure the connection goes back to the pool outside any transaction.
    await runner.query('ROLLBACK').catch(() => undefined);
  }
}
