import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { offsetOf, Page, PageRequest, ResourceNotFound } from '../../../shared/domain';
import { SqlReader, TenantDatabase } from '../../../shared/persistence/tenant-database';
import { Meeting, MeetingSnapshot } from '../domain/meeting';
import { MeetingCriteria, MeetingRepository, MeetingSort } from '../domain/meeting.repository';
import {
  AGENDA_ITEM_COLUMNS,
  MEETING_COLUMNS,
  MeetingRow,
  rowsToSnapshots,
  toRows,
} from './meeting.mapper';
import { MeetingAgendaItemOrmEntity, MeetingOrmEntity } from './meeting.orm-entities';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';

const ORDER_BY: Record<MeetingSort, string> = {
  scheduledAt: 'm.scheduled_at',
  createdAt: 'm.created_at',
  title: 'm.title',
};

// Calendar-day filters are Brussels days: midnight there, whatever the server's zone and daylight saving.
const FROM_DAY = (param: string) => `CAST(${param} AS timestamp) AT TIME ZONE 'Europe/Brussels'`;
const AFTER_TO_DAY = (param: string) =>
  `(CAST(${param} AS timestamp) + interval '1 day') AT TIME ZONE 'Europe/Brussels'`;

/**
 * A meeting and its agenda are one aggregate: read together in one statement (one round trip, `TenantDatabase.reader`),
 * written together in a tenant transaction that locks the meeting. Row-level security backs the explicit organization
 * filter in both.
 */
@Injectable()
export class TypeOrmMeetingRepository extends MeetingRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<MeetingSnapshot | null> {
    return readMeeting(this.db.reader(organizationId), organizationId, id);
  }

  /**
   * The page with a window count, joined to the agenda of its meetings: one statement, so the agenda is read in the
   * same snapshot as the page.
   */
  async list(
    organizationId: string,
    criteria: MeetingCriteria,
    page: PageRequest<MeetingSort>,
  ): Promise<Page<MeetingSnapshot>> {
    const empty = { items: [], totalItems: 0, page: page.page, perPage: page.perPage };
    if (criteria.buildingIds?.length === 0) return empty;
    const params: unknown[] = [organizationId];
    const filter = whereClause(criteria, params);
    const direction = page.order === 'desc' ? 'DESC' : 'ASC';
    // The id tie-break runs the other way, so (scheduled_at DESC, id) serves both orders from one index.
    const order = `${ORDER_BY[page.sort]} ${direction}, m.id ${direction === 'DESC' ? 'ASC' : 'DESC'}`;
    const reader = this.db.reader(organizationId);
    const rows = await reader.query<MeetingRow & { total: string }>(
      `WITH page AS (
         SELECT ${MEETING_COLUMNS}, count(*) OVER () AS total FROM meetings m WHERE ${filter}
          ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2})
       SELECT m.*, ${AGENDA_ITEM_COLUMNS}
         FROM page m LEFT JOIN meeting_agenda_items i ON i.organization_id = m.organization_id AND i.meeting_id = m.id
        ORDER BY ${order}, i.position`,
      [...params, page.perPage, offsetOf(page)],
    );
    let totalItems = Number(rows[0]?.total ?? 0);
    if (!rows.length && page.page > 1) {
      // A page past the end has no row to carry the window count.
      const [count] = await reader.query<{ n: string }>(`SELECT count(*) AS n FROM meetings m WHERE ${filter}`, params);
      totalItems = Number(count?.n ?? 0);
    }
    return { items: rowsToSnapshots(rows), totalItems, page: page.page, perPage: page.perPage };
  }

  async insert(meeting: Meeting): Promise<void> {
    const rows = toRows(meeting);
    await this.db
      .forOrganization(meeting.organizationId, async (m) => {
        await m.insert(MeetingOrmEntity, rows.meeting);
        if (rows.items.length) await m.insert(MeetingAgendaItemOrmEntity, rows.items);
      })
      .catch(translate);
  }

  update(organizationId: string, id: string, change: (meeting: Meeting) => void): Promise<MeetingSnapshot | null> {
    return this.db.forOrganization(organizationId, async (m) => {
      const meeting = await lock(m, organizationId, id);
      if (!meeting) return null;
      change(meeting);
      const { meeting: row, items } = toRows(meeting);
      const { id: _id, organizationId: _org, buildingId: _building, createdAt: _created, ...changed } = row;
      await m.update(MeetingOrmEntity, { organizationId, id }, changed);
      const kept = items.map((item) => item.id);
      await m.delete(
        MeetingAgendaItemOrmEntity,
        kept.length ? { meetingId: id, id: Not(In(kept)) } : { meetingId: id },
      );
      // Positions may pass through duplicates here: the unique (meeting_id, position) constraint is checked at commit.
      if (items.length) await m.upsert(MeetingAgendaItemOrmEntity, items, ['id']);
      return meeting.toSnapshot();
    });
  }

  delete(organizationId: string, id: string, check: (meeting: Meeting) => void): Promise<boolean> {
    return this.db.forOrganization(organizationId, async (m) => {
      const meeting = await lock(m, organizationId, id);
      if (!meeting) return false;
      check(meeting);
      await m.delete(MeetingOrmEntity, { organizationId, id });
      return true;
    });
  }
}

/**
 * Locks the meeting, then reads it with its agenda: two statements, so that the agenda is read after the lock is held
 * (a single locking statement would re-read the meeting after a concurrent change, but not its agenda).
 */
async function lock(m: EntityManager, organizationId: string, id: string): Promise<Meeting | null> {
  const locked: unknown[] = await m.query(`SELECT 1 FROM meetings WHERE organization_id = $1 AND id = $2 FOR UPDATE`, [
    organizationId,
    id,
  ]);
  if (!locked.length) return null;
  const snapshot = await readMeeting(m, organizationId, id);
  return snapshot ? Meeting.restore(snapshot) : null;
}

/** A meeting and its agenda in one statement. */
async function readMeeting(reader: SqlReader, organizationId: string, id: string): Promise<MeetingSnapshot | null> {
  const rows = await reader.query<MeetingRow>(
    `SELECT ${MEETING_COLUMNS}, ${AGENDA_ITEM_COLUMNS}
       FROM meetings m LEFT JOIN meeting_agenda_items i ON i.organization_id = m.organization_id AND i.meeting_id = m.id
      WHERE m.organization_id = $1 AND m.id = $2
      ORDER BY i.position`,
    [organizationId, id],
  );
  return rowsToSnapshots(rows)[0] ?? null;
}

/** The WHERE clause of a list; pushes its parameters after the organization ($1). */
function whereClause(c: MeetingCriteria, params: unknown[]): string {
  const where = ['m.organization_id = $1'];
  if (c.buildingId) where.push(`m.building_id = $${params.push(c.buildingId)}`);
  if (c.buildingIds) where.push(`m.building_id = ANY($${params.push(c.buildingIds)}::uuid[])`);
  if (c.status) where.push(`m.status = $${params.push(c.status)}`);
  if (c.type) where.push(`m.type = $${params.push(c.type)}`);
  if (c.from) where.push(`m.scheduled_at >= ${FROM_DAY(`$${params.push(c.from)}`)}`);
  if (c.to) where.push(`m.scheduled_at < ${AFTER_TO_DAY(`$${params.push(c.to)}`)}`);
  return where.join(' AND ');
}

/** The building was checked through its facade first; the foreign key catches one deleted in between. */
function translate(error: unknown): never {
  if (violatedForeignKey(error) === 'meetings_building_fk') throw new ResourceNotFound('building');
  throw error;
}
