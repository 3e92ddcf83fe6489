import { Injectable } from '@nestjs/common';
import { Page, PageRequest, ResourceNotFound } from '../../../shared/domain';
import { readPage } from '../../../shared/persistence/page-query';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';
import { Sql, sql } from '../../../shared/persistence/sql';
import type { SqlReader, SqlTransaction } from '../../../shared/persistence/sql-transaction';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { Meeting, MeetingSnapshot } from '../domain/meeting';
import { MeetingCriteria, MeetingRepository, MeetingSort } from '../domain/meeting.repository';
import { agendaItems } from './meeting-agenda-items.table';
import { AGENDA, toRecords, toSnapshot } from './meeting.mapper';
import { meetings } from './meetings.table';

const ORDER_BY = {
  scheduledAt: 'm.scheduled_at',
  createdAt: 'm.created_at',
  title: 'm.title',
} as const satisfies Record<MeetingSort, string>;

/**
 * A meeting and its agenda are one aggregate: read together in one statement (one round trip, `TenantDatabase.reader`),
 * written together in a tenant transaction that locks the meeting. Row-level security backs the explicit organization
 * filter in both.
 */
@Injectable()
export class PostgresMeetingRepository extends MeetingRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<MeetingSnapshot | null> {
    return readMeeting(this.db.reader(organizationId), organizationId, id);
  }

  /** The page with a window count and the agenda of its meetings: one statement, so both come from one snapshot. */
  async list(
    organizationId: string,
    criteria: MeetingCriteria,
    page: PageRequest<MeetingSort>,
  ): Promise<Page<MeetingSnapshot>> {
    const empty = { items: [], totalItems: 0, page: page.page, perPage: page.perPage };
    if (criteria.buildingIds?.length === 0) return empty;
    const descending = page.order === 'desc';
    // The id tie-break runs the other way, so (scheduled_at DESC, id) serves both orders from one index.
    const order = descending ? sql`DESC, m.id ASC` : sql`ASC, m.id DESC`;
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${meetings.columns}, ${AGENDA}, count(*) OVER () AS total
            FROM ${meetings.from} WHERE ${whereClause(organizationId, criteria)}
           ORDER BY ${sql.id(ORDER_BY[page.sort])} ${order}`,
      page,
      toSnapshot,
    );
  }

  async insert(meeting: Meeting): Promise<void> {
    const records = toRecords(meeting);
    await this.db
      .transaction(meeting.organizationId, async (tx) => {
        await tx.execute(meetings.insert([records.meeting]));
        if (records.items.length) await tx.execute(agendaItems.insert(records.items));
      })
      .catch(translate);
  }

  update(organizationId: string, id: string, change: (meeting: Meeting) => void): Promise<MeetingSnapshot | null> {
    return this.db.transaction(organizationId, async (tx) => {
      const meeting = await lock(tx, organizationId, id);
      if (!meeting) return null;
      change(meeting);
      const { meeting: record, items } = toRecords(meeting);
      const { id: _id, organizationId: _org, buildingId: _building, createdAt: _created, ...changed } = record;
      await tx.execute(
        sql`UPDATE meetings SET ${meetings.set(changed)} WHERE organization_id = ${organizationId} AND id = ${id}`,
      );
      const kept = items.map((item) => item.id);
      await tx.execute(
        sql`DELETE FROM meeting_agenda_items
             WHERE organization_id = ${organizationId} AND meeting_id = ${id} AND NOT (id = ANY(${kept}::uuid[]))`,
      );
      // Positions may pass through duplicates here: the unique (meeting_id, position) constraint is checked at commit.
      if (items.length) {
        await tx.execute(
          sql`${agendaItems.insert(items)} ON CONFLICT (id) DO UPDATE
                SET position = EXCLUDED.position, title = EXCLUDED.title, description = EXCLUDED.description,
                    title_nl = EXCLUDED.title_nl, description_nl = EXCLUDED.description_nl`,
        );
      }
      return meeting.toSnapshot();
    });
  }

  delete(organizationId: string, id: string, check: (meeting: Meeting) => void): Promise<boolean> {
    return this.db.transaction(organizationId, async (tx) => {
      const meeting = await lock(tx, organizationId, id);
      if (!meeting) return false;
      check(meeting);
      await tx.execute(sql`DELETE FROM meetings WHERE organization_id = ${organizationId} AND id = ${id}`);
      return true;
    });
  }
}

/**
 * Locks the meeting, then reads it with its agenda: two statements, so that the agenda is read after the lock is held
 * (a single locking statement would re-read the meeting after a concurrent change, but not its agenda).
 */
async function lock(tx: SqlTransaction, organizationId: string, id: string): Promise<Meeting | null> {
  const locked = await tx.rows(
    sql`SELECT 1 FROM meetings WHERE organization_id = ${organizationId} AND id = ${id} FOR UPDATE`,
  );
  if (!locked.length) return null;
  const snapshot = await readMeeting(tx, organizationId, id);
  return snapshot ? Meeting.restore(snapshot) : null;
}

/** A meeting and its agenda in one statement. */
async function readMeeting(reader: SqlReader, organizationId: string, id: string): Promise<MeetingSnapshot | null> {
  const [row] = await reader.rows(
    sql`SELECT ${meetings.columns}, ${AGENDA} FROM ${meetings.from} WHERE m.organization_id = ${organizationId} AND m.id = ${id}`,
  );
  return row ? toSnapshot(row) : null;
}

/** Calendar-day filters are Brussels days: midnight there, whatever the server's zone and daylight saving. */
function whereClause(organizationId: string, c: MeetingCriteria): Sql {
  const where = [sql`m.organization_id = ${organizationId}`];
  if (c.buildingId) where.push(sql`m.building_id = ${c.buildingId}`);
  if (c.buildingIds) where.push(sql`m.building_id = ANY(${c.buildingIds}::uuid[])`);
  if (c.status) where.push(sql`m.status = ${c.status}`);
  if (c.type) where.push(sql`m.type = ${c.type}`);
  if (c.from) where.push(sql`m.scheduled_at >= ${c.from}::timestamp AT TIME ZONE 'Europe/Brussels'`);
  if (c.to) where.push(sql`m.scheduled_at < (${c.to}::timestamp + interval '1 day') AT TIME ZONE 'Europe/Brussels'`);
  return sql.join(where, sql` AND `);
}

/** The building was checked through its facade first; the foreign key catches one deleted in between. */
function translate(error: unknown): never {
  if (violatedForeignKey(error) === 'meetings_building_fk') throw new ResourceNotFound('building');
  throw error;
}
