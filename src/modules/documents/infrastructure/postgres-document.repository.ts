import { Injectable } from '@nestjs/common';
import { Page, PageRequest, ResourceNotFound } from '@shared/domain';
import { readPage } from '@shared/persistence/page-query';
import { violatedForeignKey } from '@shared/persistence/postgres-error';
import { Sql, sql } from '@shared/persistence/sql';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import type { Document, DocumentSnapshot } from '../domain/document';
import { DocumentCriteria, DocumentRepository, DocumentSort } from '../domain/document.repository';
import { documents } from './documents.table';

const ORDER_BY = { createdAt: 'd.created_at', title: 'd.title' } as const satisfies Record<DocumentSort, string>;
/** Foreign keys of the migration whose violation means "that link no longer exists". */
const LINKS: Record<string, string> = {
  documents_building_fk: 'building',
  documents_meeting_fk: 'meeting',
  documents_expense_fk: 'expense',
};

/**
 * Reads and the delete are one statement in one round trip each (`TenantDatabase.reader`, `writeOnce`); the insert
 * runs in a tenant transaction that also publishes the bytes. Row-level security backs the explicit organization
 * filter in all of them.
 */
@Injectable()
export class PostgresDocumentRepository extends DocumentRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<DocumentSnapshot | null> {
    const [row] = await this.db
      .reader(organizationId)
      .rows(
        sql`SELECT ${documents.columns} FROM ${documents.from} WHERE d.organization_id = ${organizationId} AND d.id = ${id}`,
      );
    return row ? documents.fromRow(row) : null;
  }

  /** One page query with a window count, on the indexes of the documents migration. */
  async list(
    organizationId: string,
    criteria: DocumentCriteria,
    page: PageRequest<DocumentSort>,
  ): Promise<Page<DocumentSnapshot>> {
    const empty = { items: [], totalItems: 0, page: page.page, perPage: page.perPage };
    if (criteria.onlyBuildingIds?.length === 0 || criteria.onlyVisibilities?.length === 0) return empty;
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${documents.columns}, count(*) OVER () AS total
            FROM ${documents.from} WHERE ${whereClause(organizationId, criteria)}
           ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, d.id ${direction}`,
      page,
      (row: Record<string, unknown>) => documents.fromRow(row),
    );
  }

  async insert(document: Document, publish: () => Promise<void>): Promise<void> {
    const snapshot = document.toSnapshot();
    try {
      await this.db.transaction(snapshot.organizationId, async (tx) => {
        await tx.execute(documents.insert([snapshot]));
        await publish();
      });
    } catch (error) {
      const link = LINKS[violatedForeignKey(error) ?? ''];
      throw link ? new ResourceNotFound(link) : error;
    }
  }

  async delete(organizationId: string, id: string): Promise<DocumentSnapshot | null> {
    const [row] = await this.db.writeOnce(
      organizationId,
      sql`DELETE FROM ${documents.from} WHERE d.organization_id = ${organizationId} AND d.id = ${id}
          RETURNING ${documents.columns}`,
    );
    return row ? documents.fromRow(row) : null;
  }
}

function whereClause(organizationId: string, c: DocumentCriteria): Sql {
  const where = [sql`d.organization_id = ${organizationId}`];
  if (c.buildingId) where.push(sql`d.building_id = ${c.buildingId}`);
  if (c.type) where.push(sql`d.type = ${c.type}`);
  if (c.meetingId) where.push(sql`d.meeting_id = ${c.meetingId}`);
  if (c.expenseId) where.push(sql`d.expense_id = ${c.expenseId}`);
  if (c.onlyBuildingIds) where.push(sql`d.building_id = ANY(${c.onlyBuildingIds}::uuid[])`);
  if (c.onlyVisibilities) where.push(sql`d.visibility = ANY(${c.onlyVisibilities}::varchar[])`);
  return sql.join(where, sql` AND `);
}
