import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { offsetOf, Page, PageRequest, ResourceNotFound } from '../../../shared/domain';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { Meeting, MeetingSnapshot } from '../domain/meeting';
import { MeetingCriteria, MeetingRepository, MeetingSort } from '../domain/meeting.repository';
import { toRows, toSnapshot } from './meeting.mapper';
import { MeetingAgendaItemOrmEntity, MeetingOrmEntity } from './meeting.orm-entities';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';

const ORDER_BY: Record<MeetingSort, string> = {
  scheduledAt: 'meeting.scheduledAt',
  createdAt: 'meeting.createdAt',
  title: 'meeting.title',
};

// Calendar-day filters are Brussels days: midnight there, whatever the server's zone and daylight saving.
const FROM_DAY = `CAST(:from AS timestamp) AT TIME ZONE 'Europe/Brussels'`;
const AFTER_TO_DAY = `(CAST(:to AS timestamp) + interval '1 day') AT TIME ZONE 'Europe/Brussels'`;

/** A meeting and its agenda are one aggregate: read together, written together in the tenant transaction. */
@Injectable()
export class TypeOrmMeetingRepository extends MeetingRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  findById(organizationId: string, id: string): Promise<MeetingSnapshot | null> {
    return this.db.forOrganization(organizationId, async (m) => {
      const row = await m.findOneBy(MeetingOrmEntity, { organizationId, id });
      return row ? toSnapshot(row, await itemsOf(m, organizationId, [id])) : null;
    });
  }

  list(
    organizationId: string,
    criteria: MeetingCriteria,
    page: PageRequest<MeetingSort>,
  ): Promise<Page<MeetingSnapshot>> {
    return this.db.forOrganization(organizationId, async (m) => {
      const query = m
        .createQueryBuilder(MeetingOrmEntity, 'meeting')
        .where('meeting.organizationId = :organizationId', { organizationId });
      const { buildingId, status, type, from, to, buildingIds } = criteria;
      if (buildingId) query.andWhere('meeting.buildingId = :buildingId', { buildingId });
      if (buildingIds) query.andWhere('meeting.buildingId = ANY(CAST(:buildingIds AS uuid[]))', { buildingIds });
      if (status) query.andWhere('meeting.status = :status', { status });
      if (type) query.andWhere('meeting.type = :type', { type });
      if (from) query.andWhere(`meeting.scheduledAt >= ${FROM_DAY}`, { from });
      if (to) query.andWhere(`meeting.scheduledAt < ${AFTER_TO_DAY}`, { to });
      const direction = page.order === 'desc' ? 'DESC' : 'ASC';
      // The id tie-break runs the other way, so (scheduled_at DESC, id) serves both orders from one index.
      const [rows, totalItems] = await query
        .orderBy(ORDER_BY[page.sort], direction)
        .addOrderBy('meeting.id', direction === 'DESC' ? 'ASC' : 'DESC')
        .offset(offsetOf(page))
        .limit(page.perPage)
        .getManyAndCount();
      const items = await itemsOf(
        m,
        organizationId,
        rows.map((row) => row.id),
      );
      return {
        items: rows.map((row) =>
          toSnapshot(
            row,
            items.filter((item) => item.meetingId === row.id),
          ),
        ),
        totalItems,
        page: page.page,
        perPage: page.perPage,
      };
    });
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

async function lock(m: EntityManager, organizationId: string, id: string): Promise<Meeting | null> {
  const row = await m.findOne(MeetingOrmEntity, { where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
  return row ? Meeting.restore(toSnapshot(row, await itemsOf(m, organizationId, [id]))) : null;
}

function itemsOf(
  m: EntityManager,
  organizationId: string,
  meetingIds: readonly string[],
): Promise<MeetingAgendaItemOrmEntity[]> {
  if (!meetingIds.length) return Promise.resolve([]);
  return m.find(MeetingAgendaItemOrmEntity, {
    where: { organizationId, meetingId: In([...meetingIds]) },
    order: { meetingId: 'ASC', position: 'ASC' },
  });
}

/** The building was checked through its facade first; the foreign key catches one deleted in between. */
function translate(error: unknown): never {
  if (violatedForeignKey(error) === 'meetings_building_fk') throw new ResourceNotFound('building');
  throw error;
}
