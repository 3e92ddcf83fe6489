import { Injectable } from '@nestjs/common';
import { callPosting, JournalPosting } from '@modules/accounting';
import { Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { isUniqueViolation, violatedForeignKey } from '@shared/persistence/postgres-error';
import { sql, Sql } from '@shared/persistence/sql';
import type { SqlReader } from '@shared/persistence/sql-transaction';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { CallCriteria, CallItemSnapshot, CallRepository, CallSnapshot, CallSort, OgmTaken } from '../domain/call';
import { CallAlreadyCancelled, CallHasPayments } from '../domain/money.errors';
import { callItems, calls } from './money.tables';

const ORDER_BY = {
  callDate: 'c.call_date',
  dueDate: 'c.due_date',
  amountCents: 'c.amount_cents',
  createdAt: 'c.created_at',
} as const satisfies Record<CallSort, string>;

/** A call with its items (by owner id) and what was paid of each, in one statement. */
const COLUMNS = sql`${calls.columns}, coalesce(t.paid, 0) AS paid_cents, t.items`;
const FROM = sql`${calls.from}
  CROSS JOIN LATERAL (
    SELECT sum(coalesce(pa.paid, 0)) AS paid,
           coalesce(json_agg(json_build_object('id', i.id, 'ownerId', i.owner_id, 'amountCents', i.amount_cents,
             'units', i.units, 'ogm', i.ogm, 'paidCents', coalesce(pa.paid, 0)) ORDER BY i.owner_id), '[]') AS items
      FROM call_items i
      LEFT JOIN LATERAL (SELECT sum(a.amount_cents) AS paid FROM payment_allocations a
                          WHERE a.organization_id = i.organization_id AND a.call_item_id = i.id) pa ON true
     WHERE i.organization_id = c.organization_id AND i.call_id = c.id
  ) t`;

/**
 * Reads are one round trip each. A call and its items are inserted in one transaction; a cancellation locks the call,
 * then its items in id order (payments lock items in that order too), then reads their allocations.
 */
@Injectable()
export class PostgresCallRepository extends CallRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly journal: JournalPosting,
  ) {
    super();
  }

  /** The call, its items and its journal entry (410 per owner against 70 or 160) commit together. */
  async insert(call: CallSnapshot): Promise<void> {
    const { items, ...row } = call;
    await this.db
      .transaction(call.organizationId, async (tx) => {
        await tx.execute(calls.insert([row]));
        await tx.execute(
          callItems.insert(
            items.map((item) => ({
              id: item.id,
              organizationId: call.organizationId,
              buildingId: call.buildingId,
              callId: call.id,
              fundId: call.fundId,
              ownerId: item.ownerId,
              amountCents: item.amountCents,
              callDate: call.callDate,
              dueDate: call.dueDate,
              units: item.units,
              ogm: item.ogm,
            })),
          ),
        );
        const [fund] = await tx.rows<{ kind: 'working_capital' | 'reserve' }>(
          sql`SELECT f.kind FROM funds f WHERE f.organization_id = ${call.organizationId} AND f.id = ${call.fundId}`,
        );
        await this.journal.post(
          tx,
          call.organizationId,
          callPosting({
            callId: call.id,
            buildingId: call.buildingId,
            title: call.title,
            callDate: call.callDate,
            fundKind: fund!.kind,
            items,
          }),
        );
      })
      .catch(translate);
  }

  async findById(organizationId: string, id: string): Promise<CallSnapshot | null> {
    return byId(this.db.reader(organizationId), organizationId, id);
  }

  list(organizationId: string, criteria: CallCriteria, page: PageRequest<CallSort>): Promise<Page<CallSnapshot>> {
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${COLUMNS}, count(*) OVER () AS total FROM ${FROM}
        WHERE ${sql.join(conditions(organizationId, criteria), sql` AND `)}
        ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, c.id ${direction}`,
      page,
      toSnapshot,
    );
  }

  cancel(organizationId: string, id: string, now: Date): Promise<CallSnapshot | null> {
    return this.db.transaction(organizationId, async (tx) => {
      const [call] = await tx.rows<{ cancelled_at: Date | null; call_date: string }>(
        sql`SELECT c.cancelled_at, c.call_date::text AS call_date FROM calls c WHERE c.organization_id = ${organizationId} AND c.id = ${id} FOR UPDATE`,
      );
      if (!call) return null;
      if (call.cancelled_at) throw new CallAlreadyCancelled();
      await tx.rows(
        sql`SELECT i.id FROM call_items i WHERE i.organization_id = ${organizationId} AND i.call_id = ${id}
          ORDER BY i.id FOR UPDATE`,
      );
      // A statement of its own, after the locks: it sees the allocations of a payment that committed while we waited.
      const paid = await tx.rows(
        sql`SELECT 1 FROM payment_allocations a JOIN call_items i ON i.id = a.call_item_id
          WHERE i.organization_id = ${organizationId} AND i.call_id = ${id} LIMIT 1`,
      );
      if (paid.length) throw new CallHasPayments();
      await tx.execute(
        sql`UPDATE calls SET cancelled_at = ${now}, updated_at = ${now}
          WHERE organization_id = ${organizationId} AND id = ${id}`,
      );
      // The call never was: its entry is reversed on its own date, as the owners' ledgers drop it on every date.
      await this.journal.reverseSource(tx, organizationId, 'call', id, call.call_date);
      return byId(tx, organizationId, id);
    });
  }

  async reserveCalledIn(organizationId: string, buildingId: string, year: number): Promise<number> {
    const [row] = await this.db.reader(organizationId).rows<{ total: string | null }>(
      sql`SELECT sum(c.amount_cents) AS total FROM calls c
        JOIN funds f ON f.organization_id = c.organization_id AND f.id = c.fund_id
        WHERE c.organization_id = ${organizationId} AND c.building_id = ${buildingId} AND f.kind = 'reserve'
          AND c.cancelled_at IS NULL AND c.call_date BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date`,
    );
    return Number(row?.total ?? 0);
  }
}

async function byId(reader: SqlReader, organizationId: string, id: string): Promise<CallSnapshot | null> {
  const [row] = await reader.rows(
    sql`SELECT ${COLUMNS} FROM ${FROM} WHERE c.organization_id = ${organizationId} AND c.id = ${id}`,
  );
  return row ? toSnapshot(row) : null;
}

function conditions(organizationId: string, criteria: CallCriteria): Sql[] {
  const list = [sql`c.organization_id = ${organizationId}`];
  if (criteria.buildingId) list.push(sql`c.building_id = ${criteria.buildingId}`);
  if (criteria.from) list.push(sql`c.call_date >= ${criteria.from}::date`);
  if (criteria.to) list.push(sql`c.call_date <= ${criteria.to}::date`);
  const outstanding = sql`c.amount_cents - coalesce(t.paid, 0)`;
  switch (criteria.status) {
    case 'cancelled':
      list.push(sql`c.cancelled_at IS NOT NULL`);
      break;
    case 'paid':
      list.push(sql`c.cancelled_at IS NULL AND ${outstanding} <= 0`);
      break;
    case 'overdue':
      list.push(sql`c.cancelled_at IS NULL AND ${outstanding} > 0 AND c.due_date < ${criteria.today}::date`);
      break;
    case 'open':
      list.push(sql`c.cancelled_at IS NULL AND ${outstanding} > 0 AND c.due_date >= ${criteria.today}::date`);
      break;
  }
  return list;
}

function toSnapshot(row: Record<string, unknown>): CallSnapshot {
  return { ...calls.fromRow(row), items: row.items as CallItemSnapshot[] };
}

function translate(error: unknown): never {
  if (isUniqueViolation(error, 'call_items_ogm_uq')) throw new OgmTaken();
  const constraint = violatedForeignKey(error);
  if (constraint === 'calls_building_fk') throw new ResourceNotFound('building');
  if (constraint === 'calls_fund_fk') throw new ResourceNotFound('fund');
  if (constraint === 'calls_key_fk') throw new ResourceNotFound('distribution key');
  if (constraint === 'call_items_owner_fk') throw new ResourceNotFound('owner');
  throw error;
}
