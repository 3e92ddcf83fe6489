import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { offsetOf, Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { Period } from '../../../shared/domain/calendar-date';
import type { Expense, ExpenseSnapshot } from '../domain/expense';
import { ExpenseCriteria, ExpenseRepository, ExpenseSort } from '../domain/expense.repository';
import { toDomain, toRow, toSnapshot } from './expense.mapper';
import { ExpenseOrmEntity } from './expense.orm-entity';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';

const ORDER_BY: Record<ExpenseSort, string> = {
  expenseDate: 'e.expenseDate',
  amountCents: 'e.amountCents',
  createdAt: 'e.createdAt',
};

/** Every call is one tenant transaction: row-level security backs the explicit organization filter. */
@Injectable()
export class TypeOrmExpenseRepository extends ExpenseRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  findById(organizationId: string, id: string): Promise<ExpenseSnapshot | null> {
    return this.db.forOrganization(organizationId, async (m) => {
      const row = await m.findOneBy(ExpenseOrmEntity, { organizationId, id });
      return row ? toSnapshot(row) : null;
    });
  }

  /** One COUNT and one page query, both on indexes (see the migration). */
  list(
    organizationId: string,
    criteria: ExpenseCriteria,
    page: PageRequest<ExpenseSort>,
  ): Promise<Page<ExpenseSnapshot>> {
    const empty = { items: [], totalItems: 0, page: page.page, perPage: page.perPage };
    if (criteria.onlyBuildingIds?.length === 0) return Promise.resolve(empty);
    const direction = page.order === 'desc' ? 'DESC' : 'ASC';
    return this.db.forOrganization(organizationId, async (m) => {
      const [rows, totalItems] = await filtered(m, organizationId, criteria)
        .orderBy(ORDER_BY[page.sort], direction)
        .addOrderBy('e.id', direction)
        .offset(offsetOf(page))
        .limit(page.perPage)
        .getManyAndCount();
      return { items: rows.map(toSnapshot), totalItems, page: page.page, perPage: page.perPage };
    });
  }

  chargeableIn(organizationId: string, buildingIds: readonly string[], period: Period): Promise<ExpenseSnapshot[]> {
    if (buildingIds.length === 0) return Promise.resolve([]);
    return this.db.forOrganization(organizationId, async (m) => {
      const rows = await m
        .createQueryBuilder(ExpenseOrmEntity, 'e')
        .where('e.organizationId = :organizationId', { organizationId })
        .andWhere('e.buildingId IN (:...buildingIds)', { buildingIds })
        .andWhere(`e.status <> 'cancelled'`)
        .andWhere(periodClause(period), { from: period.from, to: period.to })
        .orderBy('e.expenseDate', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getMany();
      return rows.map(toSnapshot);
    });
  }

  async insert(expense: Expense): Promise<void> {
    const row = toRow(expense);
    await this.db
      .forOrganization(row.organizationId, (m) => m.insert(ExpenseOrmEntity, row))
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

  existsForBuilding(organizationId: string, buildingId: string): Promise<boolean> {
    return this.db.forOrganization(organizationId, (m) =>
      m
        .createQueryBuilder(ExpenseOrmEntity, 'e')
        .where('e.organizationId = :organizationId AND e.buildingId = :buildingId', { organizationId, buildingId })
        .andWhere(`e.status <> 'cancelled'`)
        .getExists(),
    );
  }
}

async function lock(m: EntityManager, organizationId: string, id: string): Promise<Expense | null> {
  const row = await m
    .createQueryBuilder(ExpenseOrmEntity, 'e')
    .setLock('pessimistic_write')
    .where('e.organizationId = :organizationId AND e.id = :id', { organizationId, id })
    .getOne();
  return row ? toDomain(row) : null;
}

function filtered(m: EntityManager, organizationId: string, c: ExpenseCriteria): SelectQueryBuilder<ExpenseOrmEntity> {
  const qb = m
    .createQueryBuilder(ExpenseOrmEntity, 'e')
    .where('e.organizationId = :organizationId', { organizationId });
  if (c.buildingId) qb.andWhere('e.buildingId = :buildingId', { buildingId: c.buildingId });
  if (c.onlyBuildingIds) qb.andWhere('e.buildingId IN (:...onlyBuildingIds)', { onlyBuildingIds: c.onlyBuildingIds });
  if (c.category) qb.andWhere('e.category = :category', { category: c.category });
  if (c.from || c.to) qb.andWhere(periodClause(c), { from: c.from, to: c.to });
  // `overdue` is pending past its due date: derived in SQL so that filters, counts and pages agree.
  if (c.status === 'overdue') qb.andWhere(`e.status = 'pending' AND e.dueDate < :today`, { today: c.today });
  else if (c.status === 'pending') {
    qb.andWhere(`e.status = 'pending' AND (e.dueDate IS NULL OR e.dueDate >= :today)`, { today: c.today });
  } else if (c.status) qb.andWhere('e.status = :status', { status: c.status });
  return qb;
}

function periodClause(period: Period): string {
  const parts = ['TRUE'];
  if (period.from) parts.push('e.expenseDate >= :from');
  if (period.to) parts.push('e.expenseDate <= :to');
  return parts.join(' AND ');
}
