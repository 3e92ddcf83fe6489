import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OwnersService } from '@modules/owners';
import { Clock, Page, PageRequest, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { assemblyRoll, AssemblyRoll, voterOn } from '../domain/assembly-roll';
import type { Majority } from '../domain/majority';
import type { MeetingSnapshot } from '../domain/meeting';
import { Resolution, ResolutionSnapshot } from '../domain/resolution';
import { MeetingNotInSession } from '../domain/resolution.errors';
import { AssemblyRollReader, ResolutionRepository } from '../domain/resolution.repository';
import { BallotChoice, tally } from '../domain/tally';
import type { CountedVoter } from '../domain/vote-cap';
import { MeetingsService } from './meetings.service';

export interface ProposeResolutionInput {
  readonly agendaItemId: string;
  readonly title: string;
  readonly text?: string | null;
  readonly majority: Majority;
}

export interface BallotInput {
  readonly ownerId: string;
  readonly choice: BallotChoice;
}

/** A closed resolution with what its closing found: the voters the cap reduced and the suspended units. */
export interface ClosedResolution {
  readonly resolution: ResolutionSnapshot;
  readonly capped: readonly CountedVoter[];
  readonly suspended: ReadonlyArray<{ unitId: string; votes: number }>;
}

const notFound = () => new ResourceNotFound('resolution');

/**
 * Resolutions of an assembly in session: proposed on an agenda item, voted by the owners present or represented
 * (their weight frozen at opening), closed with the majority of art. 3.88 and the cap of art. 3.87 §6.
 * Reads follow the meeting's visibility; writes are for syndics (enforced by the routes).
 */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly repo: ResolutionRepository,
    private readonly rolls: AssemblyRollReader,
    private readonly owners: OwnersService,
    private readonly clock: Clock,
  ) {}

  /** Only while the meeting is in session (409), only on one of its agenda items (404). */
  async propose(tenant: TenantContext, meetingId: string, input: ProposeResolutionInput): Promise<ResolutionSnapshot> {
    const meeting = await this.meetings.get(tenant, meetingId);
    assertInSession(meeting.status);
    if (!meeting.agenda.some((item) => item.id === input.agendaItemId)) throw new ResourceNotFound('agenda item');
    const resolution = Resolution.propose(
      { ...input, id: randomUUID(), organizationId: tenant.organizationId, meetingId },
      this.clock.now(),
    );
    await this.repo.insert(resolution);
    return resolution.toSnapshot();
  }

  async list(
    tenant: TenantContext,
    meetingId: string,
    page: PageRequest<'createdAt'>,
  ): Promise<Page<ResolutionSnapshot>> {
    await this.meetings.get(tenant, meetingId);
    return this.repo.listByMeeting(tenant.organizationId, meetingId, page);
  }

  /** Records or replaces an owner's ballot, weighed with its votes frozen at opening. */
  async vote(
    tenant: TenantContext,
    meetingId: string,
    resolutionId: string,
    input: BallotInput,
  ): Promise<ResolutionSnapshot> {
    await this.meetings.get(tenant, meetingId);
    await this.owners.assertExists(tenant, input.ownerId);
    const voter = voterOn(await this.roll(tenant, meetingId), input.ownerId);
    const now = this.clock.now();
    return this.change(tenant, meetingId, resolutionId, (resolution) =>
      resolution.cast(
        {
          ownerId: voter.ownerId,
          choice: input.choice,
          votes: voter.votes,
          proxyHolderOwnerId: voter.entry.status === 'represented' ? voter.entry.proxyHolderOwnerId : null,
          proxyHolderName: voter.entry.status === 'represented' ? voter.entry.proxyHolderName : null,
          castAt: now,
        },
        now,
      ),
    );
  }

  /** Counts the ballots and closes the resolution for good. */
  async close(tenant: TenantContext, meetingId: string, resolutionId: string): Promise<ClosedResolution> {
    await this.meetings.get(tenant, meetingId);
    const roll = await this.roll(tenant, meetingId);
    let capped: readonly CountedVoter[] = [];
    const resolution = await this.change(tenant, meetingId, resolutionId, (open) => {
      const result = tally(open.majority, roll, open.ballots);
      open.close(result, this.clock.now());
      capped = result.capped;
    });
    return { resolution, capped, suspended: roll.suspended };
  }

  private async roll(tenant: TenantContext, meetingId: string): Promise<AssemblyRoll> {
    const { rights, attendance } = await this.rolls.read(tenant.organizationId, meetingId);
    return assemblyRoll(rights, attendance);
  }

  // The resolution's own state (RESOLUTION_CLOSED) answers first; then the meeting must still be in session.
  private async change(
    tenant: TenantContext,
    meetingId: string,
    resolutionId: string,
    change: (resolution: Resolution) => void,
  ): Promise<ResolutionSnapshot> {
    const updated = await this.repo.update(tenant.organizationId, meetingId, resolutionId, (resolution, status) => {
      if (resolution.toSnapshot().status === 'open') assertInSession(status);
      change(resolution);
    });
    if (!updated) throw notFound();
    return updated;
  }
}

function assertInSession(status: MeetingSnapshot['status'] | string): void {
  if (status !== 'in_session') throw new MeetingNotInSession(status);
}
