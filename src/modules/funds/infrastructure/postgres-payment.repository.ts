import { Injectable } from '@nestjs/common';
import { JournalPosting, paymentPosting } from '@modules/accounting';
import { Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { violatedForeignKey } from '@shared/persistence/postgres-error';
import { sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { AllocationPlan, OpenItem } from '../domain/payment-allocation';
import {
  NamedItem,
  NewPayment,
  PayerItem,
  PaymentCriteria,
  PaymentRepository,
  PaymentSnapshot,
  PaymentSort,
} from '../domain/payment';
import { paymentAllocations, payments } from './money.tables';

const ORDER_BY = {
  paidOn: 'p.paid_on',
  amountCents: 'p.amount_cents',
  createdAt: 'p.created_at',
} as const satisfies Record<PaymentSort, string>;

const COLUMNS = sql`${payments.columns},
  (SELECT coalesce(json_agg(json_build_object('callItemId', a.call_item_id, 'amountCents', a.amount_cents)
            ORDER BY a.call_item_id), '[]')
     FROM payment_allocations a WHERE a.organization_id = p.organization_id AND a.payment_id = p.id) AS allocations`;

/**
 * Recording a payment is one transaction under READ COMMITTED with row locks: it locks every call item of the owner
 * in the building, in id order, before it reads what they still owe. Two payments of one owner therefore run one
 * after the other, and the second allocates only what the first left; a cancellation (which locks its call's items
 * in the same order) either commits first, and the payment no longer sees the call, or waits, and then finds the
 * payment's allocation (409). Row locks rather than SERIALIZABLE: no retry loop, and payments of different owners
 * never wait for each other.
 */
@Injectable()
export class PostgresPaymentRepository extends PaymentRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly journal: JournalPosting,
  ) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<PaymentSnapshot | null> {
    const [row] = await this.db
      .reader(organizationId)
      .rows(sql`SELECT ${COLUMNS} FROM ${payments.from} WHERE p.organization_id = ${organizationId} AND p.id = ${id}`);
    return row ? toSnapshot(row) : null;
  }

  async itemByOgm(organizationId: string, buildingId: string, ogm: string): Promise<NamedItem | null> {
    const [row] = await this.db.reader(organizationId).rows<{ id: string; owner_id: string }>(
      sql`SELECT i.id, i.owner_id FROM call_items i
        WHERE i.organization_id = ${organizationId} AND i.ogm = ${ogm} AND i.building_id = ${buildingId}`,
    );
    return row ? { id: row.id, ownerId: row.owner_id } : null;
  }

  async itemById(organizationId: string, buildingId: string, id: string): Promise<NamedItem | null> {
    const [row] = await this.db.reader(organizationId).rows<{ id: string; owner_id: string }>(
      sql`SELECT i.id, i.owner_id FROM call_items i
        WHERE i.organization_id = ${organizationId} AND i.id = ${id} AND i.building_id = ${buildingId}`,
    );
    return row ? { id: row.id, ownerId: row.owner_id } : null;
  }

  async openItemsOfPayers(organizationId: string, buildingId: string, ibans: readonly string[]): Promise<PayerItem[]> {
    if (ibans.length === 0) return [];
    const rows = await this.db.reader(organizationId).rows<{
      id: string;
      owner_id: string;
      counterparty_iban: string;
      due_date: string;
      outstanding: string;
    }>(
      sql`WITH payers AS (
            SELECT DISTINCT p.owner_id, p.counterparty_iban FROM payments p
            WHERE p.organization_id = ${organizationId} AND p.counterparty_iban = ANY(${[...ibans]}::text[]))
          SELECT * FROM (
            SELECT i.id, i.owner_id, payers.counterparty_iban, i.due_date::text AS due_date, i.call_date,
                   i.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM payment_allocations a
                     WHERE a.organization_id = i.organization_id AND a.call_item_id = i.id), 0) AS outstanding
            FROM payers JOIN call_items i ON i.organization_id = ${organizationId} AND i.owner_id = payers.owner_id
              AND i.building_id = ${buildingId}
            JOIN calls c ON c.organization_id = i.organization_id AND c.id = i.call_id AND c.cancelled_at IS NULL
          ) open WHERE open.outstanding > 0
          ORDER BY open.due_date, open.call_date, open.id`,
    );
    return rows.map((r) => ({
      callItemId: r.id,
      ownerId: r.owner_id,
      counterpartyIban: r.counterparty_iban,
      outstandingCents: Number(r.outstanding),
      dueDate: r.due_date,
    }));
  }

  record(payment: NewPayment, plan: (items: readonly OpenItem[]) => AllocationPlan): Promise<PaymentSnapshot> {
    const { organizationId, buildingId, ownerId } = payment;
    return this.db
      .transaction(organizationId, async (tx) => {
        await tx.rows(
          sql`SELECT i.id FROM call_items i
            WHERE i.organization_id = ${organizationId} AND i.building_id = ${buildingId} AND i.owner_id = ${ownerId}
            ORDER BY i.id FOR UPDATE`,
        );
        const open = await tx.rows<{
          id: string;
          due_date: string;
          call_date: string;
          outstanding: string;
          fund_kind: 'working_capital' | 'reserve';
        }>(
          sql`SELECT i.id, i.due_date::text AS due_date, i.call_date::text AS call_date, f.kind AS fund_kind,
                 i.amount_cents - coalesce((SELECT sum(a.amount_cents) FROM payment_allocations a
                   WHERE a.organization_id = i.organization_id AND a.call_item_id = i.id), 0) AS outstanding
            FROM call_items i JOIN calls c ON c.organization_id = i.organization_id AND c.id = i.call_id
            JOIN funds f ON f.organization_id = i.organization_id AND f.id = i.fund_id
            WHERE i.organization_id = ${organizationId} AND i.building_id = ${buildingId}
              AND i.owner_id = ${ownerId} AND c.cancelled_at IS NULL`,
        );
        const { allocations, unallocatedCents } = plan(
          open.map((r) => ({
            id: r.id,
            dueDate: r.due_date,
            callDate: r.call_date,
            outstandingCents: Number(r.outstanding),
          })),
        );
        await tx.execute(payments.insert([{ ...payment, unallocatedCents }]));
        if (allocations.length) {
          await tx.execute(
            paymentAllocations.insert(
              allocations.map((a) => ({
                organizationId,
                paymentId: payment.id,
                callItemId: a.callItemId,
                amountCents: a.amountCents,
                paidOn: payment.paidOn,
              })),
            ),
          );
        }
        // The bank of each fund paid is debited, 410 credited for the owner: in the payment's transaction.
        const kinds = new Map(open.map((r) => [r.id, r.fund_kind]));
        await this.journal.post(
          tx,
          organizationId,
          paymentPosting({
            paymentId: payment.id,
            buildingId,
            ownerId,
            paidOn: payment.paidOn,
            amountCents: payment.amountCents,
            allocations: allocations.map((a) => ({ fundKind: kinds.get(a.callItemId)!, amountCents: a.amountCents })),
          }),
        );
        return { ...payment, allocations, unallocatedCents };
      })
      .catch(translate);
  }

  list(
    organizationId: string,
    criteria: PaymentCriteria,
    page: PageRequest<PaymentSort>,
  ): Promise<Page<PaymentSnapshot>> {
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    const where = [sql`p.organization_id = ${organizationId}`];
    if (criteria.buildingId) where.push(sql`p.building_id = ${criteria.buildingId}`);
    if (criteria.ownerId) where.push(sql`p.owner_id = ${criteria.ownerId}`);
    if (criteria.from) where.push(sql`p.paid_on >= ${criteria.from}::date`);
    if (criteria.to) where.push(sql`p.paid_on <= ${criteria.to}::date`);
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${COLUMNS}, count(*) OVER () AS total FROM ${payments.from}
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, p.id ${direction}`,
      page,
      toSnapshot,
    );
  }
}

function toSnapshot(row: Record<string, unknown>): PaymentSnapshot {
  return { ...payments.fromRow(row), allocations: row.allocations as PaymentSnapshot['allocations'] };
}

function translate(error: unknown): never {
  const constraint = violatedForeignKey(error);
  if (constraint === 'payments_building_fk') throw new ResourceNotFound('building');
  if (constraint === 'payments_owner_fk') throw new ResourceNotFound('owner');
  throw error;
}
