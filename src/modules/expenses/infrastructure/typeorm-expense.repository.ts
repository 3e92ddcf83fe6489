import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { Period } from '../../../shared/domain/calendar-date';
import type { Expense, ExpenseSnapshot } from '../domain/expense';
import { ExpenseCriteria, ExpenseRepository, ExpenseSort } from '../domain/expense.repository';
import { EXPENSE_COLUMNS, ExpenseRow, rowToSnapshot, toDomain, toRow } from './expense.mapper';
import { ExpenseOrmEntity } from './expense.orm-entity';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';

const ORDER_BY: Record<ExpenseSort, string> = {
  expenseDate: 'e.expense_date',
  amountCents: 'e.amount_cents',
  createdAt: 'e.created_at',
};

/**
 * Reads are plain SQL in one round trip each (`TenantDatabase.reader`); writes run in a tenant transaction that locks
 * the row. Row-level security backs the explicit organization filter in both.
 */
@Injectable()
export class TypeOrmExpenseRepository extends ExpenseRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<ExpenseSnapshot | null> {
    const rows = await this.db
      .reader(organizationId)
      .query<ExpenseRow>(`SELECT ${EXPENSE_COLUMNS} FROM expenses e WHERE e.organization_id = $1 AND e.id = $2`, [
        organizationId,
        id,
      ]);
    return rows[0] ? rowToSnapshot(rows[0]) : null;
  }

  /** One page query with a window count, on the indexes of the expenses migration. */
  async list(
    organizationId: string,
    criteria: ExpenseCriteria,
    page: PageRequest<ExpenseSort>,
  ): Promise<Page<ExpenseSnapshot>> {
    const empty = { items: [], totalItems: 0, page: page.page, perPage: page.perPage };
    if (criteria.onlyBuildingIds?.length === 0) return empty;
    const direction = page.order === 'desc' ? 'DESC' : 'ASC';
    const params: unknown[] = [organizationId];
    const filter = whereClause(criteria, params);
    return readPage(
      this.db.reader(organizationId),
      `SELECT ${EXPENSE_COLUMNS}, count(*) OVER () AS total FROM expenses e WHERE ${filter}
        ORDER BY ${ORDER_BY[page.sort]} ${direction}, e.id ${direction}`,
      params,
      page,
      rowToSnapshot,
    );
  }

  async chargeableIn(organizationId: string, buildingIds: readonly string[], period: Period): Promise<ExpenseSnapshot[]> {
    if (buildingIds.length === 0) return [];
    const params: unknown[] = [organizationId, buildingIds];
    const rows = await this.db.reader(organizationId).query<ExpenseRow>(
      `SELECT ${EXPENSE_COLUMNS} FROM expenses e
        WHERE e.organization_id = $1 AND e.building_id = ANY($2::uuid[]) AND e.status <> 'cancelled'
          AND ${periodClause(period, params)}
        ORDER BY e.expense_date, e.id`,
      params,
    );
    return rows.map(rowToSnapshot);
  }

  /** One statement in one round trip: the foreign key and the checks of the table guard it. */
  async insert(expense: Expense): Promise<void> {
    const s = expense.toSnapshot();
    await this.db
      .writeOnce(
        s.organizationId,
        `INSERT INTO expenses (id, organization_id, building_id, category, description, amount_cents, vat_rate,
           expense_date, due_date, supplier, invoice_number, account_code, status, paid_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          s.id,
          s.organizationId,
          s.buildingId,
          s.category,
          s.description,
          s.amountCents,
          s.vatRate,
          s.expenseDate,
          s.dueDate,
          s.supplier,
          s.invoiceNumber,
          s.accountCode,
          s.status,
          s.paidAt,
          s.createdAt,
          s.updatedAt,
        ],
      )
      .catch((error: unknown) => {
        // The foreign key on (organization_id, building_id) is the building check: unknown or another organization's.
        if (violatedForeignKey(error) === 'expenses_building_fk') throw new ResourceNotFound('building');
        throw error;
      });
  }

  update(organizationId: string, id: string, change: (expense: Expense) => void): Promise<ExpenseSnapshot | null> {
    return this.db.forOrganization(organizationId, async (m) => {
      const expense = await lock(m, organizationId, id);
      if (!expense) return null;
      change(expense);
      const { id: _id, organizationId: _org, buildingId: _building, createdAt: _created, ...changes } = toRow(expense);
      await m.update(ExpenseOrmEntity, { organizationId, id }, changes);
      return expense.toSnapshot();
    });
  }

  delete(organizationId: string, id: string, check: (expense: Expense) => void): Promise<boolean> {
    return this.db.forOrganization(organizationId, async (m) => {
      const expense = await lock(m, organizationId, id);
      if (!expense) return false;
      check(expense);
      await m.delete(ExpenseOrmEntity, { organizationId, id });
      return true;
    });
  }

  async existsForBuilding(organizationId: string, buildingId: string): Promise<boolean> {
    const rows = await this.db.reader(organizationId).query(
      `SELECT 1 FROM expenses e WHERE e.organization_id = $1 AND e.building_id = $2 AND e.status <> 'cancelled' LIMIT 1`,
      [organizationId, buildingId],
    );
    return rows.length > 0;
  }
}

async function lock(m: EntityManager, organizationId: string, id: string): Promise<Expense | null> {
  const rows: ExpenseRow[] = await m.query(
    `SELECT ${EXPENSE_COLUMNS} FROM expenses e WHERE e.organization_id = $1 AND e.id = $2 FOR UPDATE`,
    [organizationId, id],
  );
  return rows[0] ? toDomain(rows[0]) : null;
}

/** The WHERE clause of a list; pushes its parameters after the organization ($1). */
function whereClause(c: ExpenseCriteria, params: unknown[]): string {
  const where = ['e.organization_id = $1'];
  if (c.buildingId) where.push(`e.building_id = $${params.push(c.buildingId)}`);
  if (c.onlyBuildingIds) where.push(`e.building_id = ANY($${params.push(c.onlyBuildingIds)}::uuid[])`);
  if (c.category) where.push(`e.category = $${params.push(c.category)}`);
  where.push(periodClause(c, params));
  // `overdue` is pending past its due date: derived in SQL so that filters, counts and pages agree.
  if (c.status === 'overdue') where.push(`e.status = 'pending' AND e.due_date < $${params.push(c.today)}`);
  else if (c.status === 'pending') {
    where.push(`e.status = 'pending' AND (e.due_date IS NULL OR e.due_date >= $${params.push(c.today)})`);
  } else if (c.status) where.push(`e.status = $${params.push(c.status)}`);
  return where.join(' AND ');
}

function periodClause(period: Period, params: unknown[]): string {
  const parts = ['TRUE'];
  if (period.from) parts.push(`e.expense_date >= $${params.push(period.from)}`);
  if (period.to) parts.push(`e.expense_date <= $${params.push(period.to)}`);
  return parts.join(' AND ');
}
