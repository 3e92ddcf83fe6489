import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { sql, Sql } from '../../../shared/persistence/sql';
import { column, table } from '../../../shared/persistence/table';
import type { QuotaPeriod } from '../domain/unit-quotas';

/** A quota period as stored: the period plus its unit and that unit's building (the building's sums need no join). */
export interface StoredQuotaPeriod extends QuotaPeriod {
  readonly organizationId: string;
  readonly buildingId: string;
  readonly unitId: string;
}

export const unitQuotas = table<StoredQuotaPeriod>('unit_quotas', 'q', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  unitId: column('unit_id'),
  quota: column('quota'),
  validFrom: column('valid_from', { date: true }),
  validTo: column('valid_to', { date: true }),
  decisionRef: column('decision_ref'),
});

/** The periods aliased `q` that hold on `day`. */
export function quotaHoldsOn(day: CalendarDate): Sql {
  return sql`(q.valid_from IS NULL OR q.valid_from <= ${day}::date) AND (q.valid_to IS NULL OR q.valid_to > ${day}::date)`;
}

/**
 * `LEFT JOIN LATERAL … cq`: the quota the unit aliased `u` holds on `day` (null before its first period), served by
 * unit_quotas_unit_from_uq. Select it as `cq.quota`.
 */
export function quotaOnJoin(day: CalendarDate): Sql {
  return sql`LEFT JOIN LATERAL (SELECT q.quota FROM unit_quotas q WHERE q.unit_id = u.id AND ${quotaHoldsOn(day)}) cq ON true`;
}
