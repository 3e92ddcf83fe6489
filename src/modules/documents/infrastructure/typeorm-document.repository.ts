import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { offsetOf, Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { Document, DocumentSnapshot } from '../domain/document';
import { DocumentCriteria, DocumentRepository, DocumentSort } from '../domain/document.repository';
import { toRow, toSnapshot } from './document.mapper';
import { DocumentOrmEntity } from './document.orm-entity';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';

const ORDER_BY: Record<DocumentSort, string> = { createdAt: 'd.createdAt', title: 'd.title' };
/** Foreign keys of the migration whose violation means "that link no longer exists". */
const LINKS: Record<string, string> = {
  documents_building_fk: 'building',
  documents_meeting_fk: 'meeting',
  documents_expense_fk: 'expense',
};

/** Every call is one tenant transaction: row-level security backs the explicit organization filter. */
@Injectable()
export class TypeOrmDocumentRepository extends DocumentRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  findById(organizationId: string, id: string): Promise<DocumentSnapshot | null> {
    return this.db.forOrganization(organizationId, async (m) => {
      const row = await m.findOneBy(DocumentOrmEntity, { organizationId, id });
      return row ? toSnapshot(row) : null;
    });
  }

  /** One COUNT and one page query, both on indexes (see the migration). */
  list(
    organizationId: string,
    criteria: DocumentCriteria,
    page: PageRequest<DocumentSort>,
  ): Promise<Page<DocumentSnapshot>> {
    const empty = { items: [], totalItems: 0, page: page.page, perPage: page.perPage };
    if (criteria.onlyBuildingIds?.length === 0 || criteria.onlyVisibilities?.length === 0)
      return Promise.resolve(empty);
    const direction = page.order === 'desc' ? 'DESC' : 'ASC';
    return this.db.forOrganization(organizationId, async (m) => {
      const [rows, totalItems] = await filtered(m, organizationId, criteria)
        .orderBy(ORDER_BY[page.sort], direction)
        .addOrderBy('d.id', direction)
        .offset(offsetOf(page))
        .limit(page.perPage)
        .getManyAndCount();
      return { items: rows.map(toSnapshot), totalItems, page: page.page, perPage: page.perPage };
    });
  }

  async insert(document: Document, publish: () => Promise<void>): Promise<void> {
    const row = toRow(document);
    try {
      await this.db.forOrganization(row.organizationId, async (m) => {
        await m.insert(DocumentOrmEntity, row);
        await publish();
      });
    } catch (error) {
      const link = LINKS[violatedForeignKey(error) ?? ''];
      throw link ? new ResourceNotFound(link) : error;
    }
  }

  delete(organizationId: string, id: string): Promise<DocumentSnapshot | null> {
    return this.db.forOrganization(organizationId, async (m) => {
      const row = await m
        .createQueryBuilder(DocumentOrmEntity, 'd')
        .setLock('pessimistic_write')
        .where('d.organizationId = :organizationId AND d.id = :id', { organizationId, id })
        .getOne();
      if (!row) return null;
      await m.delete(DocumentOrmEntity, { organizationId, id });
      return toSnapshot(row);
    });
  }
}

function filtered(
  m: EntityManager,
  organizationId: string,
  c: DocumentCriteria,
): SelectQueryBuilder<DocumentOrmEntity> {
  const qb = m
    .createQueryBuilder(DocumentOrmEntity, 'd')
    .where('d.organizationId = :organizationId', { organizationId });
  if (c.buildingId) qb.andWhere('d.buildingId = :buildingId', { buildingId: c.buildingId });
  if (c.type) qb.andWhere('d.type = :type', { type: c.type });
  if (c.meetingId) qb.andWhere('d.meetingId = :meetingId', { meetingId: c.meetingId });
  if (c.expenseId) qb.andWhere('d.expenseId = :expenseId', { expenseId: c.expenseId });
  if (c.onlyBuildingIds) qb.andWhere('d.buildingId IN (:...onlyBuildingIds)', { onlyBuildingIds: c.onlyBuildingIds });
  if (c.onlyVisibilities)
    qb.andWhere('d.visibility IN (:...onlyVisibilities)', { onlyVisibilities: c.onlyVisibilities });
  return qb;
}
