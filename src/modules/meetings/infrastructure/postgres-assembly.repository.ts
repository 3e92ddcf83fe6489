import { Injectable } from '@nestjs/common';
import { Page, PageRequest } from '../../../shared/domain';
import { readPage } from '../../../shared/persistence/page-query';
import { sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { AssemblyRepository, DispatchSort } from '../domain/assembly.repository';
import type { AttendanceEntry, VotingRight } from '../domain/attendance';
import type { DispatchSnapshot } from '../domain/dispatch';
import type { Meeting, MeetingSnapshot } from '../domain/meeting';
import { meetingAttendance, meetingVotingRights } from './meeting-attendance.table';
import { meetingDispatches } from './meeting-dispatches.table';
import { insertMeeting, lockMeeting, storeMeeting, translate } from './postgres-meeting.repository';

const ORDER_BY = { sentOn: 'd.sent_on', createdAt: 'd.created_at' } as const satisfies Record<DispatchSort, string>;

/** The register, the attendance and the voting rights, each write under the meeting's row lock. */
@Injectable()
export class PostgresAssemblyRepository extends AssemblyRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  convoke(
    organizationId: string,
    meetingId: string,
    plan: (meeting: Meeting, convoked: ReadonlySet<string>) => readonly DispatchSnapshot[],
  ): Promise<{ meeting: MeetingSnapshot; dispatches: readonly DispatchSnapshot[] } | null> {
    return this.db.transaction(organizationId, async (tx) => {
      const meeting = await lockMeeting(tx, organizationId, meetingId);
      if (!meeting) return null;
      const rows = await tx.rows<{ owner_id: string }>(
        sql`SELECT owner_id FROM meeting_dispatches WHERE organization_id = ${organizationId} AND meeting_id = ${meetingId}`,
      );
      const dispatches = plan(meeting, new Set(rows.map((row) => row.owner_id)));
      if (dispatches.length) await tx.execute(meetingDispatches.insert(dispatches));
      await storeMeeting(tx, meeting);
      return { meeting: meeting.toSnapshot(), dispatches };
    });
  }

  listDispatches(
    organizationId: string,
    meetingId: string,
    page: PageRequest<DispatchSort>,
  ): Promise<Page<DispatchSnapshot>> {
    const order = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${meetingDispatches.columns}, count(*) OVER () AS total FROM ${meetingDispatches.from}
           WHERE d.organization_id = ${organizationId} AND d.meeting_id = ${meetingId}
           ORDER BY ${sql.id(ORDER_BY[page.sort])} ${order}, d.id ${order}`,
      page,
      (row: Record<string, unknown>) => meetingDispatches.fromRow(row),
    );
  }

  async findDispatch(organizationId: string, meetingId: string, id: string): Promise<DispatchSnapshot | null> {
    const [row] = await this.db.reader(organizationId).rows(
      sql`SELECT ${meetingDispatches.columns} FROM ${meetingDispatches.from}
           WHERE d.organization_id = ${organizationId} AND d.meeting_id = ${meetingId} AND d.id = ${id}`,
    );
    return row ? meetingDispatches.fromRow(row) : null;
  }

  async recordProof(
    organizationId: string,
    meetingId: string,
    id: string,
    proof: string,
    now: Date,
  ): Promise<DispatchSnapshot | null> {
    const [row] = await this.db.transaction(organizationId, (tx) =>
      tx.rows(
        sql`UPDATE meeting_dispatches d SET ${meetingDispatches.set({ proof, updatedAt: now })}
             WHERE d.organization_id = ${organizationId} AND d.meeting_id = ${meetingId} AND d.id = ${id}
         RETURNING ${meetingDispatches.columns}`,
      ),
    );
    return row ? meetingDispatches.fromRow(row) : null;
  }

  replaceAttendance(
    organizationId: string,
    meetingId: string,
    check: (meeting: Meeting) => void,
    entries: readonly AttendanceEntry[],
  ): Promise<boolean> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const meeting = await lockMeeting(tx, organizationId, meetingId);
        if (!meeting) return false;
        check(meeting);
        await tx.execute(
          sql`DELETE FROM meeting_attendance WHERE organization_id = ${organizationId} AND meeting_id = ${meetingId}`,
        );
        if (entries.length) {
          await tx.execute(meetingAttendance.insert(entries.map((e) => ({ ...e, organizationId, meetingId }))));
        }
        return true;
      })
      .catch(translate);
  }

  async attendance(organizationId: string, meetingId: string): Promise<AttendanceEntry[]> {
    const rows = await this.db.reader(organizationId).rows(
      sql`SELECT ${meetingAttendance.columns} FROM ${meetingAttendance.from}
           WHERE at.organization_id = ${organizationId} AND at.meeting_id = ${meetingId} ORDER BY at.owner_id`,
    );
    return rows.map((row) => {
      const { organizationId: _org, meetingId: _meeting, ...entry } = meetingAttendance.fromRow(row);
      return entry;
    });
  }

  open(
    organizationId: string,
    meetingId: string,
    rights: readonly VotingRight[],
    open: (meeting: Meeting, attendance: readonly AttendanceEntry[]) => void,
  ): Promise<MeetingSnapshot | null> {
    return this.db.transaction(organizationId, async (tx) => {
      const meeting = await lockMeeting(tx, organizationId, meetingId);
      if (!meeting) return null;
      const rows = await tx.rows(
        sql`SELECT ${meetingAttendance.columns} FROM ${meetingAttendance.from}
             WHERE at.organization_id = ${organizationId} AND at.meeting_id = ${meetingId}`,
      );
      open(
        meeting,
        rows.map((row) => meetingAttendance.fromRow(row)),
      );
      if (rights.length) {
        await tx.execute(meetingVotingRights.insert(rights.map((r) => ({ ...r, organizationId, meetingId }))));
      }
      await storeMeeting(tx, meeting);
      return meeting.toSnapshot();
    });
  }

  async votingRights(organizationId: string, meetingId: string): Promise<VotingRight[]> {
    const rows = await this.db.reader(organizationId).rows(
      sql`SELECT ${meetingVotingRights.columns} FROM ${meetingVotingRights.from}
           WHERE vr.organization_id = ${organizationId} AND vr.meeting_id = ${meetingId} ORDER BY vr.unit_id`,
    );
    return rows.map((row) => {
      const { organizationId: _org, meetingId: _meeting, ...right } = meetingVotingRights.fromRow(row);
      return right;
    });
  }

  insertSecondConvocation(
    organizationId: string,
    firstMeetingId: string,
    build: (first: MeetingSnapshot, exists: boolean) => Meeting,
  ): Promise<MeetingSnapshot | null> {
    return this.db.transaction(organizationId, async (tx) => {
      const first = await lockMeeting(tx, organizationId, firstMeetingId);
      if (!first) return null;
      const [existing] = await tx.rows(
        sql`SELECT 1 FROM meetings WHERE organization_id = ${organizationId} AND first_meeting_id = ${firstMeetingId}
             AND status <> 'cancelled' LIMIT 1`,
      );
      const second = build(first.toSnapshot(), existing !== undefined);
      await insertMeeting(tx, second);
      return second.toSnapshot();
    });
  }
}
