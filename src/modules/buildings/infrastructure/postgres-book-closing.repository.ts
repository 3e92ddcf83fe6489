import { Injectable } from '@nestjs/common';
import { type CalendarDate, type Page, type PageRequest, ResourceNotFound } from '../../../shared/domain';
import { readPage } from '../../../shared/persistence/page-query';
import { postgresError, violatedForeignKey } from '../../../shared/persistence/postgres-error';
import { sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import type { BookClosingSnapshot } from '../domain/book-closing';
import { ClosingNotAfterLast } from '../domain/book-closing.errors';
import { BookClosingRepository } from '../domain/book-closing.repository';
import { BookClosingHooks } from './book-closing-hooks';
import { buildingClosings } from './building-closings.table';

/**
 * A closing runs in a tenant transaction that first locks the building row FOR UPDATE: the database's guard
 * (app_assert_books_open) takes the same row in share mode before it reads the closings, so a dated write and a
 * closing covering its date never both commit with the write landing after the closing. The registered closing hooks
 * write in the same transaction, before the closing row.
 */
@Injectable()
export class PostgresBookClosingRepository extends BookClosingRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hooks: BookClosingHooks,
  ) {
    super();
  }

  close(
    organizationId: string,
    buildingId: string,
    close: (lastUntil: CalendarDate | null) => BookClosingSnapshot,
  ): Promise<BookClosingSnapshot | null> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const [building] = await tx.rows<{ last_until: string | null }>(
          sql`SELECT (SELECT c.until::text FROM building_closings c WHERE c.building_id = b.id
                       ORDER BY c.until DESC LIMIT 1) AS last_until
                FROM buildings b WHERE b.organization_id = ${organizationId} AND b.id = ${buildingId} FOR UPDATE`,
        );
        if (!building) return null;
        const closing = close(building.last_until);
        // What other contexts write before the period locks (the year-end entry), in this transaction.
        await this.hooks.run(tx, {
          organizationId,
          buildingId,
          closingId: closing.id,
          until: closing.until,
          lastUntil: building.last_until,
        });
        await tx.execute(buildingClosings.insert([closing]));
        return closing;
      })
      .catch(translate);
  }

  async list(
    organizationId: string,
    buildingId: string,
    page: PageRequest<'until'>,
  ): Promise<Page<BookClosingSnapshot> | null> {
    const reader = this.db.reader(organizationId);
    const direction = page.order === 'asc' ? sql`ASC` : sql`DESC`;
    const found = await readPage(
      reader,
      sql`SELECT ${buildingClosings.columns}, count(*) OVER () AS total FROM ${buildingClosings.from}
        WHERE c.organization_id = ${organizationId} AND c.building_id = ${buildingId}
        ORDER BY c.until ${direction}`,
      page,
      buildingClosings.fromRow,
    );
    // Only an empty page needs to tell "no closing yet" from "no such building".
    if (found.totalItems > 0) return found;
    const [building] = await reader.rows(
      sql`SELECT 1 FROM buildings b WHERE b.organization_id = ${organizationId} AND b.id = ${buildingId}`,
    );
    return building ? found : null;
  }

  async findById(organizationId: string, buildingId: string, id: string): Promise<BookClosingSnapshot | null> {
    const [row] = await this.db.reader(organizationId).rows(
      sql`SELECT ${buildingClosings.columns} FROM ${buildingClosings.from}
        WHERE c.organization_id = ${organizationId} AND c.building_id = ${buildingId} AND c.id = ${id}`,
    );
    return row ? buildingClosings.fromRow(row) : null;
  }
}

/** The database's nets for what the domain checks first under the same lock: the building and "after the last". */
function translate(error: unknown): never {
  if (violatedForeignKey(error) === 'building_closings_building_fk') throw new ResourceNotFound('building');
  const pg = postgresError(error);
  if (pg?.constraint === 'building_closings_after_last' || pg?.constraint === 'building_closings_until_uq') {
    throw new ClosingNotAfterLast('the requested day', lastUntilOf(pg.detail));
  }
  throw error;
}

function lastUntilOf(detail: string | undefined): string {
  try {
    const parsed = JSON.parse(detail ?? '{}') as { lastUntil?: unknown };
    return typeof parsed.lastUntil === 'string' ? parsed.lastUntil : '';
  } catch {
    return '';
  }
}
