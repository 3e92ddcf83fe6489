import type { ChargeMovement } from '@modules/expenses';
import { sql, type Sql } from '@shared/persistence/sql';
import type { PcnPeriod } from '../domain/pcn-period';

export interface UnitRow {
  readonly unitId: string;
  readonly unitNumber: string;
  /** Every quota period, null start first. */
  readonly quotas: { quota: number; validFrom: string | null; validTo: string | null }[];
  /** Shares in ten-thousandths of a percent, by start date. */
  readonly ownerships: { ownerId: string; share: number; startDate: string; endDate: string | null }[];
}

export interface ExpenseRow extends Partial<ExpenseWording> {
  readonly id: string;
  readonly expenseDate: string;
  readonly accountCode: string;
  readonly category: string;
  readonly amountCents: number;
  readonly keyId: string | null;
  readonly paidFromReserve: boolean;
}

/** What the workbook lists of an expense beyond its figures. */
export interface ExpenseWording {
  readonly description: string;
  readonly supplier: string | null;
  readonly invoiceNumber: string | null;
  readonly vatRate: 0 | 6 | 12 | 21 | null;
  readonly status: 'pending' | 'paid';
  readonly dueDate: string | null;
  readonly paidDate: string | null;
}

export interface PcnSourcesRow {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly postal_code: string;
  readonly city: string;
  readonly total_quota: number;
  readonly association_bce: string | null;
  /** By unit number. */
  readonly units: UnitRow[];
  /** Names of every owner the units had, by owner id (documents only, else empty). */
  readonly names: Record<string, { firstName: string; lastName: string }>;
  readonly keys: { id: string; weights: { unitId: string; weight: number }[] }[];
  /** Not cancelled, dated within the period, by date then id. */
  readonly expenses: ExpenseRow[];
  /** Per account and source, by account, first day, expense. */
  readonly movements: ChargeMovement[];
  /** The caller's shares of the building's units (role owner), else empty. */
  readonly holdings: { unitId: string; startDate: string; endDate: string | null }[];
}

/**
 * One statement for the whole report (`documents`: with the expenses' wording and the owners' names the PDF and the
 * workbook print): no row when the building is not in the organization or, `restricted` (role
 * owner), when `ownerId` held no share of one of its units on a day of the period; else the building with its
 * registry (units, quota periods, ownerships and the owners' names), its distribution keys, the period's expenses and
 * the journal's net movements on its charge accounts, each a JSON array built on the tables' own indexes
 * (expenses and journal entries by organization, building and date). The journal part sums, per class-6 account,
 * each source's lines: an expense's postings share its id as source; any other entry and its reversal share the
 * reversed entry's id; year-end closings are left out.
 */
export function pcnSourcesStatement(
  organizationId: string,
  buildingId: string,
  period: PcnPeriod,
  restricted: boolean,
  ownerId: string | null,
  documents: boolean,
): Sql {
  const from = sql`${period.from}::date`;
  const to = sql`${period.to}::date`;
  const owner = sql`${ownerId}::uuid`;
  const source = sql`CASE WHEN j.source_type = 'expense' THEN j.source_id END`;
  // The JSON report prints figures only: the expenses' wording and the owners' names are read for the documents.
  const lines = documents
    ? sql`, 'description', e.description, 'supplier', e.supplier, 'invoiceNumber', e.invoice_number,
          'vatRate', e.vat_rate, 'status', e.status, 'dueDate', e.due_date,
          'paidDate', (e.paid_at AT TIME ZONE 'Europe/Brussels')::date`
    : sql.empty;
  const names = documents
    ? sql`(SELECT coalesce(json_object_agg(n.id, json_build_object('firstName', n.first_name, 'lastName', n.last_name)), '{}')
         FROM owners n WHERE n.organization_id = ${organizationId} AND n.id IN (SELECT owner_id FROM ownerships))`
    : sql`'{}'::json`;
  return sql`WITH building_units AS (
      SELECT u.id, u.unit_number FROM units u WHERE u.organization_id = ${organizationId} AND u.building_id = ${buildingId}
    ), ownerships AS (
      SELECT o.unit_id, o.owner_id, o.share, o.start_date, o.end_date, o.id FROM unit_ownerships o
       WHERE o.organization_id = ${organizationId} AND o.unit_id IN (SELECT id FROM building_units)
    ), holdings AS (
      SELECT o.unit_id, o.start_date, o.end_date FROM ownerships o WHERE ${restricted} AND o.owner_id = ${owner}
    ), movements AS (
      SELECT l.account_code, ${source} AS expense_id, sum(l.debit_cents - l.credit_cents) AS amount,
             min(j.entry_date) AS first_day
        FROM journal_entries j
        JOIN journal_lines l ON l.organization_id = j.organization_id AND l.entry_id = j.id
       WHERE j.organization_id = ${organizationId} AND j.building_id = ${buildingId}
         AND j.entry_date BETWEEN ${from} AND ${to}
         AND j.source_type IS DISTINCT FROM 'closing' AND l.account_code LIKE '6%'
       GROUP BY l.account_code, ${source},
                CASE WHEN j.source_type = 'expense' THEN NULL ELSE coalesce(j.reverses_entry_id, j.id) END
      HAVING sum(l.debit_cents - l.credit_cents) <> 0
    )
    SELECT b.id, b.name, b.address, b.postal_code, b.city, b.total_quota, b.association_bce,
      (SELECT coalesce(json_agg(json_build_object(
                'unitId', u.id, 'unitNumber', u.unit_number,
                'quotas', (SELECT coalesce(json_agg(json_build_object('quota', q.quota, 'validFrom', q.valid_from,
                                   'validTo', q.valid_to) ORDER BY q.valid_from NULLS FIRST), '[]')
                             FROM unit_quotas q WHERE q.unit_id = u.id),
                'ownerships', (SELECT coalesce(json_agg(json_build_object('ownerId', o.owner_id,
                                   'share', round(o.share * 10000)::int, 'startDate', o.start_date, 'endDate', o.end_date)
                                   ORDER BY o.start_date, o.owner_id, o.id), '[]')
                                 FROM ownerships o WHERE o.unit_id = u.id))
              ORDER BY u.unit_number, u.id), '[]')
         FROM building_units u) AS units,
      ${names} AS names,
      (SELECT coalesce(json_agg(json_build_object('id', k.id, 'weights',
                (SELECT coalesce(json_agg(json_build_object('unitId', w.unit_id, 'weight', w.weight) ORDER BY w.unit_id), '[]')
                   FROM distribution_key_weights w WHERE w.key_id = k.id))), '[]')
         FROM distribution_keys k WHERE k.organization_id = ${organizationId} AND k.building_id = ${buildingId}) AS keys,
      (SELECT coalesce(json_agg(json_build_object(
                'id', e.id, 'expenseDate', e.expense_date, 'accountCode', e.account_code, 'category', e.category,
                'amountCents', e.amount_cents, 'keyId', e.key_id, 'paidFromReserve', e.paid_from_reserve${lines})
              ORDER BY e.expense_date, e.id), '[]')
         FROM expenses e
        WHERE e.organization_id = ${organizationId} AND e.building_id = ${buildingId} AND e.status <> 'cancelled'
          AND e.expense_date BETWEEN ${from} AND ${to}) AS expenses,
      (SELECT coalesce(json_agg(json_build_object('accountCode', m.account_code, 'expenseId', m.expense_id,
                'amountCents', m.amount, 'date', m.first_day) ORDER BY m.account_code, m.first_day, m.expense_id), '[]')
         FROM movements m) AS movements,
      (SELECT coalesce(json_agg(json_build_object('unitId', h.unit_id, 'startDate', h.start_date, 'endDate', h.end_date)
              ORDER BY h.start_date, h.unit_id), '[]')
         FROM holdings h) AS holdings
    FROM buildings b
    WHERE b.organization_id = ${organizationId} AND b.id = ${buildingId}
      AND (NOT ${restricted} OR EXISTS (
        SELECT 1 FROM holdings h WHERE h.start_date <= ${to} AND (h.end_date IS NULL OR h.end_date > ${from})))`;
}
