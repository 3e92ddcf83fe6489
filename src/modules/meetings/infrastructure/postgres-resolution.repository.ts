import { Injectable } from '@nestjs/common';
import type { Page, PageRequest } from '../../../shared/domain';
import { readPage } from '../../../shared/persistence/page-query';
import { sql } from '../../../shared/persistence/sql';
import type { SqlReader } from '../../../shared/persistence/sql-transaction';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import type { AttendanceEntry, VotingRight } from '../domain/attendance';
import { Resolution, ResolutionSnapshot } from '../domain/resolution';
import { AssemblyRollReader, ResolutionRepository } from '../domain/resolution.repository';
import { meetingAttendance, meetingVotingRights } from './meeting-attendance.table';
import { ballots, resolutions } from './resolutions.table';

// The ballots of the resolution `r` as one json column, by owner.
const BALLOTS = sql`(SELECT coalesce(json_agg(x ORDER BY x.owner_id), '[]')
  FROM (SELECT ${ballots.columns} FROM ${ballots.from}
         WHERE b.organization_id = r.organization_id AND b.resolution_id = r.id) x) AS ballots`;

function toSnapshot(row: Record<string, unknown>): ResolutionSnapshot {
  const list = (row.ballots as Record<string, unknown>[]).map((item) => {
    const { organizationId: _org, resolutionId: _resolution, ...ballot } = ballots.fromRow(item);
    return ballot;
  });
  return { ...resolutions.fromRow(row), ballots: list };
}

/** A resolution and its ballots are one aggregate, read in one statement and written in one transaction. */
@Injectable()
export class PostgresResolutionRepository extends ResolutionRepository {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  listByMeeting(
    organizationId: string,
    meetingId: string,
    page: PageRequest<'createdAt'>,
  ): Promise<Page<ResolutionSnapshot>> {
    const order = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${resolutions.columns}, ${BALLOTS}, count(*) OVER () AS total FROM ${resolutions.from}
           WHERE r.organization_id = ${organizationId} AND r.meeting_id = ${meetingId}
           ORDER BY r.created_at ${order}, r.id ${order}`,
      page,
      toSnapshot,
    );
  }

  async insert(resolution: Resolution): Promise<void> {
    const { ballots: _none, ...record } = resolution.toSnapshot();
    await this.db.writeOnce(resolution.organizationId, resolutions.insert([record]));
  }

  /** The meeting row is locked (shared) first, so a resolution never changes while its meeting opens or completes. */
  update(
    organizationId: string,
    meetingId: string,
    id: string,
    change: (resolution: Resolution, meetingStatus: string) => void,
  ): Promise<ResolutionSnapshot | null> {
    return this.db.transaction(organizationId, async (tx) => {
      const [meeting] = await tx.rows<{ status: string }>(
        sql`SELECT status FROM meetings WHERE organization_id = ${organizationId} AND id = ${meetingId} FOR SHARE`,
      );
      if (!meeting) return null;
      const locked = await tx.rows(
        sql`SELECT 1 FROM meeting_resolutions
             WHERE organization_id = ${organizationId} AND meeting_id = ${meetingId} AND id = ${id} FOR UPDATE`,
      );
      if (!locked.length) return null;
      const snapshot = await readOne(tx, organizationId, id);
      const resolution = Resolution.restore(snapshot!);
      change(resolution, meeting.status);
      const {
        ballots: list,
        id: _id,
        organizationId: _org,
        meetingId: _m,
        createdAt: _c,
        ...changed
      } = resolution.toSnapshot();
      await tx.execute(
        sql`UPDATE meeting_resolutions SET ${resolutions.set(changed)}
             WHERE organization_id = ${organizationId} AND id = ${id}`,
      );
      await tx.execute(
        sql`DELETE FROM resolution_ballots WHERE organization_id = ${organizationId} AND resolution_id = ${id}`,
      );
      if (list.length) {
        await tx.execute(ballots.insert(list.map((ballot) => ({ ...ballot, organizationId, resolutionId: id }))));
      }
      return resolution.toSnapshot();
    });
  }
}

async function readOne(reader: SqlReader, organizationId: string, id: string): Promise<ResolutionSnapshot | null> {
  const [row] = await reader.rows(
    sql`SELECT ${resolutions.columns}, ${BALLOTS} FROM ${resolutions.from}
         WHERE r.organization_id = ${organizationId} AND r.id = ${id}`,
  );
  return row ? toSnapshot(row) : null;
}

/** Reads the attendance and voting rights of a meeting in one round trip each. */
@Injectable()
export class PostgresAssemblyRollReader extends AssemblyRollReader {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async read(
    organizationId: string,
    meetingId: string,
  ): Promise<{ rights: VotingRight[]; attendance: AttendanceEntry[] }> {
    const reader = this.db.reader(organizationId);
    const [rights, attendance] = await Promise.all([
      reader.rows(
        sql`SELECT ${meetingVotingRights.columns} FROM ${meetingVotingRights.from}
             WHERE vr.organization_id = ${organizationId} AND vr.meeting_id = ${meetingId} ORDER BY vr.unit_id`,
      ),
      reader.rows(
        sql`SELECT ${meetingAttendance.columns} FROM ${meetingAttendance.from}
             WHERE at.organization_id = ${organizationId} AND at.meeting_id = ${meetingId} ORDER BY at.owner_id`,
      ),
    ]);
    return {
      rights: rights.map((row) => {
        const { unitId, ownerId, votes } = meetingVotingRights.fromRow(row);
        return { unitId, ownerId, votes };
      }),
      attendance: attendance.map((row) => {
        const { ownerId, status, proxyHolderOwnerId, proxyHolderName } = meetingAttendance.fromRow(row);
        return { ownerId, status, proxyHolderOwnerId, proxyHolderName };
      }),
    };
  }
}
