import { Injectable } from '@nestjs/common';
import { Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { Document, DocumentSnapshot } from '../domain/document';
import { DocumentCriteria, DocumentRepository, DocumentSort } from '../domain/document.repository';
import { DOCUMENT_COLUMNS, DocumentRow, rowToSnapshot, toRow } from './document.mapper';
import { DocumentOrmEntity } from './document.orm-entity';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';

const ORDER_BY: Record<DocumentSort, string> = { createdAt: 'd.created_at', title: 'd.title' };
/** Foreign keys of the migration whose violation means "that link no longer exists". */
const LINKS: Record<string, string> = {
  documents_building_fk: 'building',
  documents_meeting_fk: 'meeting',
  documents_expense_fk: 'expense',
};

/**
 * Reads are plain SQL in one round trip each (`TenantDatabase.reader`); the insert and the delete run in a tenant
 * transaction. Row-level security backs the explicit organization filter in both.
 */
@Injectable()
export class TypeOrmDocumentRepository extends DocumentRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<DocumentSnapshot | null> {
    const rows = await this.db
      .reader(organizationId)
      .query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.organization_id = $1 AND d.id = $2`, [
        organizationId,
        id,
      ]);
    return rows[0] ? rowToSnapshot(rows[0]) : null;
  }

  /** One page query with a window count, on the indexes of the documents migration. */
  async list(
    organizationId: string,
    criteria: DocumentCriteria,
    page: PageRequest<DocumentSort>,
  ): Promise<Page<DocumentSnapshot>> {
    const empty = { items: [], totalItems: 0, page: page.page, perPage: page.perPage };
    if (criteria.onlyBuildingIds?.length === 0 || criteria.onlyVisibilities?.length === 0) return empty;
    const direction = page.order === 'desc' ? 'DESC' : 'ASC';
    const params: unknown[] = [organizationId];
    const filter = whereClause(criteria, params);
    return readPage(
      this.db.reader(organizationId),
      `SELECT ${DOCUMENT_COLUMNS}, count(*) OVER () AS total FROM documents d WHERE ${filter}
        ORDER BY ${ORDER_BY[page.sort]} ${direction}, d.id ${direction}`,
      params,
      page,
      rowToSnapshot,
    );
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
      const rows: DocumentRow[] = await m.query(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.organization_id = $1 AND d.id = $2 FOR UPDATE`,
        [organizationId, id],
      );
      if (!rows[0]) return null;
      await m.delete(DocumentOrmEntity, { organizationId, id });
      return rowToSnapshot(rows[0]);
    });
  }
}

/** The WHERE clause of a list; pushes its parameters after the organization ($1). */
function whereClause(c: DocumentCriteria, params: unknown[]): string {
  const where = ['d.organization_id = $1'];
  if (c.buildingId) where.push(`d.building_id = $${params.push(c.buildingId)}`);
  if (c.type) where.push(`d.type = $${params.push(c.type)}`);
  if (c.meetingId) where.push(`d.meeting_id = $${params.push(c.meetingId)}`);
  if (c.expenseId) where.push(`d.expense_id = $${params.push(c.expenseId)}`);
  if (c.onlyBuildingIds) where.push(`d.building_id = ANY($${params.push(c.onlyBuildingIds)}::uuid[])`);
  if (c.onlyVisibilities) where.push(`d.visibility = ANY($${params.push(c.onlyVisibilities)}::varchar[])`);
  return where.join(' AND ');
}
