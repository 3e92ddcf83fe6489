import { Injectable } from '@nestjs/common';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { UnitShareHistory } from '../domain/building-shares';
import { ExpenseSplitSources, SplitSources } from '../domain/split-sources';
import { expenses } from './expenses.table';

/** [unit id, unit number, quota held that day or null, [owner id, share in ten-thousandths, start, end][]]. */
type UnitTuple = [string, string, number | null, [string, number, string, string | null][]];

/**
 * The expense, its key's weights and the registry of its day in one statement: each unit with the quota period that
 * covers the day (the first by start, as `quotaOn` takes it) and the ownerships active that day, in the order the
 * units context's share histories use (share-history-reads.ts), so the split is the one the whole history gives
 * for that day. The registry's tables are read, never written, as the PCN sources read them; row-level security
 * scopes every table to the organization.
 */
@Injectable()
export class PostgresSplitSources extends SplitSources {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async forExpense(organizationId: string, expenseId: string): Promise<ExpenseSplitSources | null> {
    const [row] = await this.db.reader(organizationId).rows<Record<string, unknown>>(
      sql`SELECT ${expenses.columns},
        (SELECT b.total_quota FROM buildings b
          WHERE b.organization_id = e.organization_id AND b.id = e.building_id) AS total_quota,
        (SELECT (SELECT coalesce(json_agg(json_build_object('unitId', w.unit_id, 'weight', w.weight)
                                          ORDER BY w.unit_id), '[]')
                   FROM distribution_key_weights w WHERE w.key_id = k.id)
           FROM distribution_keys k
          WHERE k.organization_id = e.organization_id AND k.building_id = e.building_id AND k.id = e.key_id)
          AS key_weights,
        (SELECT coalesce(json_agg(json_build_array(u.id, u.unit_number, q.quota,
                  (SELECT coalesce(json_agg(json_build_array(o.owner_id, round(o.share * 10000)::int,
                                                             o.start_date::text, o.end_date::text)
                                            ORDER BY o.start_date, o.owner_id, o.id), '[]')
                     FROM unit_ownerships o
                    WHERE o.organization_id = u.organization_id AND o.unit_id = u.id
                      AND o.start_date <= e.expense_date AND (o.end_date IS NULL OR o.end_date > e.expense_date)))
                  ORDER BY u.unit_number, u.id), '[]')
           FROM units u
           LEFT JOIN LATERAL (
             SELECT uq.quota FROM unit_quotas uq
              WHERE uq.organization_id = u.organization_id AND uq.unit_id = u.id
                AND (uq.valid_from IS NULL OR uq.valid_from <= e.expense_date)
                AND (uq.valid_to IS NULL OR uq.valid_to > e.expense_date)
              ORDER BY uq.valid_from NULLS FIRST LIMIT 1) q ON true
          WHERE u.organization_id = e.organization_id AND u.building_id = e.building_id) AS units
       FROM ${expenses.from} WHERE e.organization_id = ${organizationId} AND e.id = ${expenseId}`,
    );
    if (!row) return null;
    const expense = expenses.fromRow(row);
    const weights = row.key_weights as { unitId: string; weight: number }[] | null;
    return {
      expense,
      history: {
        buildingId: expense.buildingId,
        totalQuota: row.total_quota as number,
        units: (row.units as UnitTuple[]).map(unitOnTheDay),
      },
      key: expense.keyId && weights ? { id: expense.keyId, weights } : null,
    };
  }
}

function unitOnTheDay([unitId, unitNumber, quota, ownerships]: UnitTuple): UnitShareHistory {
  return {
    unitId,
    unitNumber,
    quota: quota ?? 0,
    // The one period of the day, or none: a unit without a quota that day (not yet created by the deed) takes no part.
    quotas: quota === null ? [] : [{ quota, validFrom: null, validTo: null }],
    ownerships: ownerships.map(([ownerId, share, startDate, endDate]) => ({ ownerId, share, startDate, endDate })),
  };
}
