import { Injectable } from '@nestjs/common';
import { addDays, type CalendarDate } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { OverdueItem, OwnerOverdue } from '../domain/arrears';
import { FundBalance, Ledger, LedgerLine, LedgerReads } from '../domain/ledger';

/**
 * The owners' books computed by PostgreSQL over the date range, each read in one statement. An owner's call items and
 * payments are read through their (owner, building, date) indexes from the first day of the period's year (of the
 * last day's year for the balances) to its last day; what came before those years is read from the owner's yearly
 * totals (migration owner-ledger-year-totals), so a ledger of one year reads one year of rows and one total per year
 * of history. Each item's call is looked up by its key (a lateral read of one row): joined instead, the planner may
 * hash all the organization's calls. Only the lines of the period are built and sorted; the running balance starts
 * from the opening balance.
 */
@Injectable()
export class PostgresLedgerReads extends LedgerReads {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async ledger(
    organizationId: string,
    ownerId: string,
    buildingId: string,
    from: CalendarDate | null,
    to: CalendarDate,
  ): Promise<Ledger> {
    // A period starting after its last day holds no line: its opening balance is the balance on that last day.
    const start = from !== null && from > to ? addDays(to, 1) : from;
    const startYear = start && yearOf(start);
    const toYear = yearOf(to);
    // The first day whose rows are read one by one; before it, yearly totals. The balances per fund add to the totals
    // of the years before the last day's what was allocated in that year up to that day: an allocation counts once
    // its payment's date and its item's call date are both on or before the day, in the year of the later one.
    const rowsFrom = startYear === null ? null : startYear < toYear ? startYear : toYear;
    const [row] = await this.db.reader(organizationId).rows<{
      opening: string;
      lines: Array<Omit<LedgerLine, 'balanceCents'> & { balanceCents: number | string }>;
      balances: FundBalance[];
    }>(
      sql`WITH items AS (
          SELECT i.id, i.call_id, i.fund_id, i.call_date, i.due_date, i.amount_cents, i.ogm, c.title, c.created_at
            FROM call_items i
            CROSS JOIN LATERAL (SELECT c.title, c.created_at FROM calls c
                 WHERE c.organization_id = i.organization_id AND c.id = i.call_id AND c.cancelled_at IS NULL LIMIT 1) c
           WHERE i.organization_id = ${organizationId} AND i.owner_id = ${ownerId} AND i.building_id = ${buildingId}
             AND i.call_date <= ${to}::date
             AND (${rowsFrom}::date IS NULL OR i.call_date >= ${rowsFrom}::date)
        ), paid AS (
          SELECT p.id, p.paid_on, p.amount_cents, p.unallocated_cents, p.ogm, p.created_at
            FROM payments p
           WHERE p.organization_id = ${organizationId} AND p.owner_id = ${ownerId} AND p.building_id = ${buildingId}
             AND p.paid_on <= ${to}::date
             AND (${rowsFrom}::date IS NULL OR p.paid_on >= ${rowsFrom}::date)
        ), fund_years AS (
          SELECT t.year, t.fund_id, t.called_cents, t.allocated_cents FROM owner_fund_year_totals t
           WHERE t.organization_id = ${organizationId} AND t.owner_id = ${ownerId} AND t.building_id = ${buildingId}
             AND t.year < greatest(${startYear}::date, ${toYear}::date)
        ), paid_years AS (
          SELECT t.year, t.paid_cents FROM owner_payment_year_totals t
           WHERE t.organization_id = ${organizationId} AND t.owner_id = ${ownerId} AND t.building_id = ${buildingId}
             AND t.year < greatest(${startYear}::date, ${toYear}::date)
        ), opening AS (
          SELECT CASE WHEN ${start}::date IS NULL THEN 0 ELSE
                   coalesce((SELECT sum(called_cents) FROM fund_years WHERE year < ${startYear}::date), 0)
                 - coalesce((SELECT sum(paid_cents) FROM paid_years WHERE year < ${startYear}::date), 0)
                 + coalesce((SELECT sum(amount_cents) FROM items
                              WHERE call_date >= ${startYear}::date AND call_date < ${start}::date), 0)
                 - coalesce((SELECT sum(amount_cents) FROM paid
                              WHERE paid_on >= ${startYear}::date AND paid_on < ${start}::date), 0)
                 END AS cents
        ), lines AS (
          SELECT call_date AS day, 0 AS seq, created_at AS at, id, 'call' AS kind, call_id, fund_id,
                 title AS description, ogm, due_date, amount_cents AS debit, 0::bigint AS credit,
                 0::bigint AS unallocated
            FROM items WHERE ${start}::date IS NULL OR call_date >= ${start}::date
          UNION ALL
          SELECT paid_on, 1, created_at, id, 'payment', NULL, NULL, 'Payment', ogm, NULL, 0, amount_cents,
                 unallocated_cents
            FROM paid WHERE ${start}::date IS NULL OR paid_on >= ${start}::date
        ), running AS (
          SELECT l.*, (SELECT cents FROM opening) + sum(l.debit - l.credit) OVER (ORDER BY l.day, l.seq, l.at, l.id)
                   AS balance
            FROM lines l
        ), allocated AS (
          SELECT i.fund_id, a.amount_cents
            FROM items i JOIN payment_allocations a ON a.organization_id = ${organizationId} AND a.call_item_id = i.id
           WHERE i.call_date >= ${toYear}::date AND a.paid_on <= ${to}::date
          UNION ALL
          SELECT i.fund_id, a.amount_cents
            FROM paid p
            JOIN payment_allocations a ON a.organization_id = ${organizationId} AND a.payment_id = p.id
            JOIN call_items i ON i.organization_id = ${organizationId} AND i.id = a.call_item_id
           WHERE p.paid_on >= ${toYear}::date AND i.call_date < ${toYear}::date
             AND NOT EXISTS (SELECT 1 FROM calls c
                  WHERE c.organization_id = ${organizationId} AND c.building_id = ${buildingId}
                    AND c.cancelled_at IS NOT NULL AND c.id = i.call_id)
        ), funds AS (
          SELECT fund_id, sum(called) AS called, sum(allocated) AS allocated
            FROM (SELECT fund_id, called_cents AS called, allocated_cents AS allocated
                    FROM fund_years WHERE year < ${toYear}::date
                  UNION ALL
                  SELECT fund_id, amount_cents, 0 FROM items WHERE call_date >= ${toYear}::date
                  UNION ALL
                  SELECT fund_id, 0, amount_cents FROM allocated) m
           GROUP BY fund_id
        ), balances AS (
          SELECT fund_id, called - allocated AS balance FROM funds WHERE called > 0
          UNION ALL
          SELECT NULL, coalesce((SELECT sum(allocated) FROM funds), 0)
                     - coalesce((SELECT sum(paid_cents) FROM paid_years WHERE year < ${toYear}::date), 0)
                     - coalesce((SELECT sum(amount_cents) FROM paid WHERE paid_on >= ${toYear}::date), 0)
        )
        SELECT
          (SELECT cents FROM opening) AS opening,
          (SELECT coalesce(json_agg(json_build_object('date', day::text, 'kind', kind, 'id', id, 'callId', call_id,
              'fundId', fund_id, 'description', description, 'ogm', ogm, 'dueDate', due_date::text,
              'debitCents', debit, 'creditCents', credit, 'unallocatedCents', unallocated, 'balanceCents', balance)
              ORDER BY day, seq, at, id), '[]')
             FROM running) AS lines,
          (SELECT coalesce(json_agg(json_build_object('fundId', fund_id, 'balanceCents', balance)
              ORDER BY fund_id NULLS LAST), '[]')
             FROM balances WHERE fund_id IS NOT NULL OR balance <> 0) AS balances`,
    );
    const lines = (row?.lines ?? []).map((l) => ({ ...l, balanceCents: Number(l.balanceCents) }));
    const opening = Number(row?.opening ?? 0);
    return {
      ownerId,
      buildingId,
      from,
      to,
      openingBalanceCents: opening,
      lines,
      closingBalanceCents: lines.at(-1)?.balanceCents ?? opening,
      balances: (row?.balances ?? []).map((b) => ({ fundId: b.fundId, balanceCents: Number(b.balanceCents) })),
    };
  }

  async overdue(organizationId: string, buildingId: string, asOf: CalendarDate): Promise<OwnerOverdue[]> {
    const rows = await this.db
      .reader(organizationId)
      .rows<{ owner_id: string; credit: string; overdue: OverdueItem[] }>(
        sql`WITH items AS (
          SELECT i.id, i.owner_id, i.call_id, i.fund_id, c.title, i.ogm, i.due_date, i.amount_cents,
                 i.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM payment_allocations a
                   WHERE a.organization_id = i.organization_id AND a.call_item_id = i.id
                     AND a.paid_on <= ${asOf}::date), 0) AS outstanding
            FROM call_items i JOIN calls c ON c.organization_id = i.organization_id AND c.id = i.call_id
           WHERE i.organization_id = ${organizationId} AND i.building_id = ${buildingId}
             AND i.call_date <= ${asOf}::date AND c.cancelled_at IS NULL
        ), paid AS (
          SELECT p.owner_id, sum(p.amount_cents) AS paid FROM payments p
           WHERE p.organization_id = ${organizationId} AND p.building_id = ${buildingId} AND p.paid_on <= ${asOf}::date
           GROUP BY p.owner_id
        ), owners AS (
          SELECT owner_id, sum(amount_cents - outstanding) AS allocated,
                 json_agg(json_build_object('callItemId', id, 'callId', call_id, 'fundId', fund_id, 'title', title,
                   'ogm', ogm, 'dueDate', due_date::text, 'outstandingCents', outstanding) ORDER BY due_date, id)
                   FILTER (WHERE due_date < ${asOf}::date AND outstanding > 0) AS overdue
            FROM items GROUP BY owner_id
        )
        SELECT o.owner_id, coalesce(p.paid, 0) - o.allocated AS credit, o.overdue
          FROM owners o LEFT JOIN paid p ON p.owner_id = o.owner_id
         WHERE o.overdue IS NOT NULL`,
      );
    return rows.map((r) => ({
      ownerId: r.owner_id,
      creditCents: Number(r.credit),
      items: r.overdue.map((i) => ({ ...i, outstandingCents: Number(i.outstandingCents) })),
    }));
  }

  async lateInterestRate(organizationId: string, buildingId: string): Promise<number | null> {
    const [row] = await this.db.reader(organizationId).rows<{ annual_rate_bp: number | null }>(
      sql`SELECT l.annual_rate_bp FROM building_late_interest l
        WHERE l.organization_id = ${organizationId} AND l.building_id = ${buildingId}`,
    );
    return row?.annual_rate_bp ?? null;
  }
}

/** The first day of the date's calendar year. */
const yearOf = (day: CalendarDate): CalendarDate => `${day.slice(0, 4)}-01-01`;
