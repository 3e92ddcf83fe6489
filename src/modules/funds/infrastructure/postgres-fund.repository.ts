import { Injectable } from '@nestjs/common';
import { ResourceNotFound } from '@shared/domain';
import { isUniqueViolation, violatedForeignKey } from '@shared/persistence/postgres-error';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { FundSnapshot, FundView } from '../domain/fund';
import { FundRepository } from '../domain/fund.repository';
import { DuplicateFundName } from '../domain/money.errors';
import { funds } from './money.tables';

/** One round trip per read; the insert is one statement guarded by its foreign key and unique name. */
@Injectable()
export class PostgresFundRepository extends FundRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async insert(fund: FundSnapshot): Promise<void> {
    await this.db.writeOnce(fund.organizationId, funds.insert([fund])).catch((error: unknown) => {
      if (isUniqueViolation(error, 'funds_building_name_uq')) throw new DuplicateFundName(fund.name);
      if (violatedForeignKey(error) === 'funds_building_fk') throw new ResourceNotFound('building');
      throw error;
    });
  }

  async listByBuilding(organizationId: string, buildingId: string): Promise<FundView[]> {
    const rows = await this.db.reader(organizationId).rows(
      sql`SELECT ${funds.columns}, coalesce(t.called, 0) AS called_cents, coalesce(t.paid, 0) AS paid_cents
        FROM ${funds.from}
        LEFT JOIN LATERAL (
          SELECT sum(i.amount_cents) AS called,
                 sum((SELECT coalesce(sum(a.amount_cents), 0) FROM payment_allocations a
                       WHERE a.organization_id = i.organization_id AND a.call_item_id = i.id)) AS paid
            FROM call_items i JOIN calls c ON c.id = i.call_id
           WHERE i.organization_id = f.organization_id AND c.fund_id = f.id AND c.cancelled_at IS NULL
        ) t ON true
        WHERE f.organization_id = ${organizationId} AND f.building_id = ${buildingId}
        ORDER BY f.kind, f.name, f.id`,
    );
    return rows.map((row) => ({
      ...funds.fromRow(row),
      calledCents: Number(row.called_cents),
      balanceCents: Number(row.paid_cents),
    }));
  }

  async findById(organizationId: string, buildingId: string, id: string): Promise<FundSnapshot | null> {
    const [row] = await this.db.reader(organizationId).rows(
      sql`SELECT ${funds.columns} FROM ${funds.from}
        WHERE f.organization_id = ${organizationId} AND f.building_id = ${buildingId} AND f.id = ${id}`,
    );
    return row ? funds.fromRow(row) : null;
  }

  async findByIds(organizationId: string, ids: readonly string[]): Promise<FundSnapshot[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.reader(organizationId).rows(
      sql`SELECT ${funds.columns} FROM ${funds.from}
        WHERE f.organization_id = ${organizationId} AND f.id = ANY(${ids}::uuid[])`,
    );
    return rows.map(funds.fromRow);
  }
}
