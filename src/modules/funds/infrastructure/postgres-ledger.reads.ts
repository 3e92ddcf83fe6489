import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '@shared/domain';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { OverdueItem, OwnerOverdue } from '../domain/arrears';
import { FundBalance, Ledger, LedgerLine, LedgerReads } from '../domain/ledger';

/**
 * The owners' books computed by PostgreSQL over the date range, each read in one statement: call items and payments
 * of one owner in one building are read through their (owner, building, date) indexes, which carry the amounts. Only
 * the lines of the period are built and sorted; what came before `from` is a sum (the opening balance) the running
 * balance starts from; the balances per fund subtract what was allocated to each fund's items up to the last day.
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
    const [row] = await this.db.reader(organizationId).rows<{
      opening: string;
      lines: Array<Omit<LedgerLine, 'balanceCents'> & { balanceCents: number | string }>;
      balances: FundBalance[];
    }>(
      sql`WITH owed AS (
          SELECT i.id, i.fund_id, i.call_date, i.amount_cents
            FROM call_items i
           WHERE i.organization_id = ${organizationId} AND i.owner_id = ${ownerId} AND i.building_id = ${buildingId}
             AND i.call_date <= ${to}::date
             AND NOT EXISTS (SELECT 1 FROM calls c
                  WHERE c.organization_id = ${organizationId} AND c.building_id = ${buildingId}
                    AND c.cancelled_at IS NOT NULL AND c.id = i.call_id)
        ), items AS (
          SELECT i.id, i.call_id, i.fund_id, i.call_date, i.due_date, i.amount_cents, i.ogm, c.title, c.created_at
            FROM call_items i JOIN calls c ON c.organization_id = i.organization_id AND c.id = i.call_id
           WHERE i.organization_id = ${organizationId} AND i.owner_id = ${ownerId} AND i.building_id = ${buildingId}
             AND i.call_date <= ${to}::date AND (${from}::date IS NULL OR i.call_date >= ${from}::date)
             AND c.cancelled_at IS NULL
        ), paid AS (
          SELECT p.id, p.paid_on, p.amount_cents, p.unallocated_cents, p.ogm, p.created_at
            FROM payments p
           WHERE p.organization_id = ${organizationId} AND p.owner_id = ${ownerId} AND p.building_id = ${buildingId}
             AND p.paid_on <= ${to}::date
        ), opening AS (
          SELECT coalesce((SELECT sum(amount_cents) FROM owed WHERE call_date < ${from}::date), 0)
               - coalesce((SELECT sum(amount_cents) FROM paid WHERE paid_on < ${from}::date), 0) AS cents
        ), lines AS (
          SELECT call_date AS day, 0 AS seq, created_at AS at, id, 'call' AS kind, call_id, fund_id,
                 title AS description, ogm, due_date, amount_cents AS debit, 0::bigint AS credit,
                 0::bigint AS unallocated
            FROM items
          UNION ALL
          SELECT paid_on, 1, created_at, id, 'payment', NULL, NULL, 'Payment', ogm, NULL, 0, amount_cents,
                 unallocated_cents
            FROM paid WHERE ${from}::date IS NULL OR paid_on >= ${from}::date
        ), running AS (
          SELECT l.*, (SELECT cents FROM opening) + sum(l.debit - l.credit) OVER (ORDER BY l.day, l.seq, l.at, l.id)
                   AS balance
            FROM lines l
        ), allocated AS (
          SELECT o.fund_id, sum(a.amount_cents) AS paid
            FROM owed o JOIN payment_allocations a ON a.organization_id = ${organizationId} AND a.call_item_id = o.id
           WHERE a.paid_on <= ${to}::date
           GROUP BY o.fund_id
        ), balances AS (
          SELECT f.fund_id, f.called - coalesce(al.paid, 0) AS balance
            FROM (SELECT fund_id, sum(amount_cents) AS called FROM owed GROUP BY fund_id) f
            LEFT JOIN allocated al ON al.fund_id = f.fund_id
          UNION ALL
          SELECT NULL, (SELECT coalesce(sum(paid), 0) FROM allocated) - (SELECT coalesce(sum(amount_cents), 0) FROM paid)
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
