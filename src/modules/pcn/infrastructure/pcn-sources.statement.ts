import { chargeAccountsQuery } from '@modules/accounting';
import { sql, type Sql } from '@shared/persistence/sql';
import type { PcnPeriod } from '../domain/pcn-period';

type Day = string;

/** [unit id, unit number], by unit number. */
export type UnitTuple = [string, string];
/** [unit id, quota, valid from, valid to], each unit's periods null start first. */
export type QuotaTuple = [string, number, Day | null, Day | null];
/** [unit id, owner id, share in ten-thousandths of a percent, start, end], by start date. */
export type OwnershipTuple = [string, string, number, Day, Day | null];
/**
 * [account code, expense id (null for a manual entry), amount in cents, first day, and, when the expense is one of
 * the period's (dated within it, not cancelled): its date, category, key id, paid from the reserve fund].
 */
export type MovementTuple = [
  string,
  string | null,
  number,
  Day,
  Day | null,
  string | null,
  string | null,
  boolean | null,
];
/** [code, French label, Dutch label, English label]. */
export type LabelTuple = [string, string, string, string | null];

/** An expense of the period as the workbook lists it (read for the documents only). */
export interface ExpenseRow {
  readonly id: string;
  readonly expenseDate: Day;
  readonly accountCode: string;
  readonly category: string;
  readonly amountCents: number;
  readonly keyId: string | null;
  readonly paidFromReserve: boolean;
  readonly description: string;
  readonly supplier: string | null;
  readonly invoiceNumber: string | null;
  readonly vatRate: 0 | 6 | 12 | 21 | null;
  readonly status: 'pending' | 'paid';
  readonly dueDate: Day | null;
  readonly paidDate: Day | null;
}

export interface PcnSourcesRow {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly postal_code: string;
  readonly city: string;
  readonly total_quota: number;
  readonly association_bce: string | null;
  readonly units: UnitTuple[];
  readonly quotas: QuotaTuple[];
  readonly ownerships: OwnershipTuple[];
  /** Names of every owner the units had, by owner id (documents only, else empty). */
  readonly names: Record<string, { firstName: string; lastName: string }>;
  readonly keys: { id: string; weights: { unitId: string; weight: number }[] }[];
  /** Not cancelled, dated within the period, by date then id (documents only, else empty). */
  readonly expenses: ExpenseRow[];
  /** Per account and source, by account, first day, expense. */
  readonly movements: MovementTuple[];
  /** The charge accounts in force on the period's last day: those moved in the period (every one for the documents). */
  readonly labels: LabelTuple[];
  /** The caller's shares of the building's units (role owner), else empty: [unit id, start, end]. */
  readonly holdings: [string, Day, Day | null][];
}

/**
 * One statement for the whole report: no row when the building is not in the organization or, `restricted` (role
 * owner), when `ownerId` held no share of one of its units on a day of the period; else the building with its
 * registry (units, quota periods, ownerships), its distribution keys, the journal's net movements on its charge
 * accounts in the period and the labels of those accounts, each a JSON array built on the tables' own indexes
 * (journal entries by organization, building and date). The journal part sums, per class-6 account, each source's
 * lines: an expense's postings share its id as source; any other entry and its reversal share the reversed entry's
 * id; year-end closings are left out. A movement carries what the split needs of its expense when that expense is
 * one of the period's. `documents` adds what the PDF and the workbook print: the period's expenses with their
 * wording, the owners' names and every charge account's label.
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
  const source = sql`CASE WHEN j.source_type = 'expense' THEN j.source_id END`;
  const periodExpenses = sql`SELECT * FROM expenses e
     WHERE e.organization_id = ${organizationId} AND e.building_id = ${buildingId} AND e.status <> 'cancelled'
       AND e.expense_date BETWEEN ${from} AND ${to}`;
  return sql`WITH building_units AS (
      SELECT u.id, u.unit_number FROM units u WHERE u.organization_id = ${organizationId} AND u.building_id = ${buildingId}
    ), ownerships AS (
      SELECT o.unit_id, o.owner_id, o.share, o.start_date, o.end_date, o.id FROM unit_ownerships o
       WHERE o.organization_id = ${organizationId} AND o.unit_id IN (SELECT id FROM building_units)
    ), holdings AS (
      SELECT o.unit_id, o.start_date, o.end_date FROM ownerships o WHERE ${restricted} AND o.owner_id = ${ownerId}::uuid
    ), sums AS (
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
    ), movements AS (
      SELECT m.account_code, m.expense_id, m.amount, m.first_day,
             e.expense_date, e.category, e.key_id, e.paid_from_reserve
        FROM sums m LEFT JOIN (${periodExpenses}) e ON e.id = m.expense_id
    ), charge_accounts AS (${chargeAccountsQuery(organizationId, period.to)})
    SELECT b.id, b.name, b.address, b.postal_code, b.city, b.total_quota, b.association_bce,
      (SELECT coalesce(json_agg(json_build_array(u.id, u.unit_number) ORDER BY u.unit_number, u.id), '[]')
         FROM building_units u) AS units,
      (SELECT coalesce(json_agg(json_build_array(q.unit_id, q.quota, q.valid_from, q.valid_to)
                                ORDER BY q.unit_id, q.valid_from NULLS FIRST), '[]')
         FROM unit_quotas q WHERE q.unit_id IN (SELECT id FROM building_units)) AS quotas,
      (SELECT coalesce(json_agg(json_build_array(o.unit_id, o.owner_id, round(o.share * 10000)::int, o.start_date,
                                                 o.end_date) ORDER BY o.start_date, o.owner_id, o.id), '[]')
         FROM ownerships o) AS ownerships,
      ${documents ? names(organizationId) : sql`'{}'::json`} AS names,
      (SELECT coalesce(json_agg(json_build_object('id', k.id, 'weights',
                (SELECT coalesce(json_agg(json_build_object('unitId', w.unit_id, 'weight', w.weight) ORDER BY w.unit_id), '[]')
                   FROM distribution_key_weights w WHERE w.key_id = k.id))), '[]')
         FROM distribution_keys k WHERE k.organization_id = ${organizationId} AND k.building_id = ${buildingId}) AS keys,
      ${documents ? expenseLines(periodExpenses) : sql`'[]'::json`} AS expenses,
      (SELECT coalesce(json_agg(json_build_array(m.account_code, m.expense_id, m.amount, m.first_day, m.expense_date,
                                                 m.category, m.key_id, m.paid_from_reserve)
                                ORDER BY m.account_code, m.first_day, m.expense_id), '[]')
         FROM movements m) AS movements,
      (SELECT coalesce(json_agg(json_build_array(a.code, a.label_fr, a.label_nl, a.label_en) ORDER BY a.code), '[]')
         FROM charge_accounts a
        ${documents ? sql.empty : sql`WHERE a.code IN (SELECT account_code FROM movements)`}) AS labels,
      (SELECT coalesce(json_agg(json_build_array(h.unit_id, h.start_date, h.end_date) ORDER BY h.start_date, h.unit_id), '[]')
         FROM holdings h) AS holdings
    FROM buildings b
    WHERE b.organization_id = ${organizationId} AND b.id = ${buildingId}
      AND (NOT ${restricted} OR EXISTS (
        SELECT 1 FROM holdings h WHERE h.start_date <= ${to} AND (h.end_date IS NULL OR h.end_date > ${from})))`;
}

function names(organizationId: string): Sql {
  return sql`(SELECT coalesce(json_object_agg(n.id, json_build_object('firstName', n.first_name, 'lastName', n.last_name)), '{}')
     FROM owners n WHERE n.organization_id = ${organizationId} AND n.id IN (SELECT owner_id FROM ownerships))`;
}

function expenseLines(periodExpenses: Sql): Sql {
  return sql`(SELECT coalesce(json_agg(json_build_object(
      'id', e.id, 'expenseDate', e.expense_date, 'accountCode', e.account_code, 'category', e.category,
      'amountCents', e.amount_cents, 'keyId', e.key_id, 'paidFromReserve', e.paid_from_reserve,
      'description', e.description, 'supplier', e.supplier, 'invoiceNumber', e.invoice_number, 'vatRate', e.vat_rate,
      'status', e.status, 'dueDate', e.due_date, 'paidDate', (e.paid_at AT TIME ZONE 'Europe/Brussels')::date)
    ORDER BY e.expense_date, e.id), '[]') FROM (${periodExpenses}) e)`;
}
