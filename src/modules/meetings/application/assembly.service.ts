import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OwnersService } from '@modules/owners';
import { BuildingsService } from '@modules/buildings';
import { brusselsDate, Clock, Page, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { AssemblyRepository } from '../domain/assembly.repository';
import type { AttendanceEntry } from '../domain/attendance';
import { checkConvocationNotice, NoticeWarning } from '../domain/convocation-rules';
import type { DispatchSnapshot } from '../domain/dispatch';
import { InvalidAttendance, InvalidMeeting } from '../domain/meeting.errors';
import type { MeetingSnapshot } from '../domain/meeting';
import { assertAttendanceShape, assertProxyLimits } from '../domain/proxies';
import { quorumOf, QuorumReport } from '../domain/quorum';
import { AssemblyRegistry } from './assembly-registry';
import { AttendanceInput, ConvokeInput, DispatchListInput, OpeningInput } from './assembly.inputs';
import { MeetingsService } from './meetings.service';

export interface Convocation {
  readonly dispatches: readonly DispatchSnapshot[];
  readonly warnings: readonly NoticeWarning[];
}

/** The quorum of a meeting: computed from today's attendance list before opening, frozen at opening. */
export interface QuorumView extends QuorumReport {
  readonly frozen: boolean;
}

/**
 * The assembly itself: the convocation register (art. 3.87 §3), the attendance list with proxies (§7), the double
 * quorum and the opening (§5). Reads follow the meeting's visibility (MeetingsService.get: an owner sees only the
 * meetings of its buildings); writes are for syndics (the routes).
 */
@Injectable()
export class AssemblyService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly buildings: BuildingsService,
    private readonly owners: OwnersService,
    private readonly registry: AssemblyRegistry,
    private readonly repo: AssemblyRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Convokes every owner of the building on `sentOn` not convoked yet, by its channel (registered mail unless it
   * agreed in writing to e-mail) or the one given, after checking the notice delay on that date. The meeting becomes
   * convened and its agenda freezes.
   */
  async convoke(tenant: TenantContext, meetingId: string, input: ConvokeInput): Promise<Convocation> {
    const current = await this.meetings.get(tenant, meetingId);
    const sentOn = input.sentOn ?? brusselsDate(this.clock.now());
    const building = await this.buildings.getForDocument(tenant, current.buildingId);
    const ownerIds = await this.registry.ownersOn(tenant, current.buildingId, sentOn);
    if (!ownerIds.length) throw new InvalidMeeting('sentOn', 'the building has no owner to convoke on that day');
    const channels = await this.owners.channelsOn(tenant, ownerIds, sentOn);
    const warnings = new Set<NoticeWarning>();
    const now = this.clock.now();
    const result = await this.repo.convoke(tenant.organizationId, meetingId, (meeting, convoked) => {
      meeting.assertConvocable();
      const { scheduledAt, urgent } = meeting.toSnapshot();
      const dispatches = ownerIds
        .filter((ownerId) => !convoked.has(ownerId))
        .map((ownerId): DispatchSnapshot => {
          const channel = input.channel ?? channels.get(ownerId) ?? 'registered_mail';
          for (const warning of checkConvocationNotice({
            meetingDate: brusselsDate(scheduledAt),
            sentOn,
            noticeDays: building.noticeDays,
            channel,
            urgent,
          })) {
            warnings.add(warning);
          }
          return {
            id: randomUUID(),
            organizationId: tenant.organizationId,
            meetingId,
            ownerId,
            channel,
            sentOn,
            proof: null,
            createdAt: now,
            updatedAt: now,
          };
        });
      meeting.convene(now);
      return dispatches;
    });
    if (!result) throw new ResourceNotFound('meeting');
    return { dispatches: result.dispatches, warnings: [...warnings] };
  }

  async dispatches(
    tenant: TenantContext,
    meetingId: string,
    input: DispatchListInput,
  ): Promise<Page<DispatchSnapshot>> {
    await this.meetings.get(tenant, meetingId);
    return this.repo.listDispatches(tenant.organizationId, meetingId, {
      page: input.page,
      perPage: input.perPage,
      sort: input.sort ?? 'sentOn',
      order: input.order ?? 'asc',
    });
  }

  async dispatch(tenant: TenantContext, meetingId: string, dispatchId: string): Promise<DispatchSnapshot> {
    await this.meetings.get(tenant, meetingId);
    const dispatch = await this.repo.findDispatch(tenant.organizationId, meetingId, dispatchId);
    if (!dispatch) throw new ResourceNotFound('dispatch');
    return dispatch;
  }

  /** The registered-mail number or the e-mail receipt id of one convocation. */
  async recordProof(
    tenant: TenantContext,
    meetingId: string,
    dispatchId: string,
    proof: string,
  ): Promise<DispatchSnapshot> {
    await this.meetings.get(tenant, meetingId);
    const text = proof.trim();
    if (!text || text.length > 255) throw new InvalidMeeting('proof', 'must have 1 to 255 characters');
    const updated = await this.repo.recordProof(tenant.organizationId, meetingId, dispatchId, text, this.clock.now());
    if (!updated) throw new ResourceNotFound('dispatch');
    return updated;
  }

  /**
   * Replaces the attendance list before opening: owners of the building on the assembly date, each once; a
   * represented owner names its proxy holder (a co-owner listed present, or a name), checked against the limits and
   * the syndic at once (art. 3.87 §7).
   */
  async recordAttendance(
    tenant: TenantContext,
    meetingId: string,
    inputs: readonly AttendanceInput[],
  ): Promise<AttendanceEntry[]> {
    const meeting = await this.meetings.get(tenant, meetingId);
    const entries = inputs.map(toEntry);
    assertAttendanceShape(entries);
    const day = brusselsDate(meeting.scheduledAt);
    const owners = new Set(await this.registry.ownersOn(tenant, meeting.buildingId, day));
    entries.forEach((entry, index) => {
      if (!owners.has(entry.ownerId)) {
        throw new InvalidAttendance(
          `entries[${index}].ownerId`,
          'is not an owner of the building on the assembly date',
        );
      }
    });
    const rights = await this.registry.votingRightsOn(tenant, meeting.buildingId, day);
    const holders = entries.flatMap((e) => (e.proxyHolderOwnerId ? [e.proxyHolderOwnerId] : []));
    assertProxyLimits(entries, rights, await this.registry.syndicAmong(tenant, holders));
    const found = await this.repo.replaceAttendance(
      tenant.organizationId,
      meetingId,
      (locked) => locked.assertAttendanceOpen(),
      entries,
    );
    if (!found) throw new ResourceNotFound('meeting');
    return this.repo.attendance(tenant.organizationId, meetingId);
  }

  async attendance(tenant: TenantContext, meetingId: string): Promise<AttendanceEntry[]> {
    await this.meetings.get(tenant, meetingId);
    return this.repo.attendance(tenant.organizationId, meetingId);
  }

  /** Before opening: today's attendance against the units' votes on the assembly date. After: the frozen verdict. */
  async quorum(tenant: TenantContext, meetingId: string): Promise<QuorumView> {
    const meeting = await this.meetings.get(tenant, meetingId);
    const attendance = await this.repo.attendance(tenant.organizationId, meetingId);
    if (meeting.openedAt) {
      const rights = await this.repo.votingRights(tenant.organizationId, meetingId);
      return { ...frozenVerdict(meeting), suspended: quorumOf(rights, attendance).suspended, frozen: true };
    }
    const rights = await this.registry.votingRightsOn(tenant, meeting.buildingId, brusselsDate(meeting.scheduledAt));
    return { ...quorumOf(rights, attendance), frozen: false };
  }

  /**
   * Opens a convened assembly: freezes attendance, the quorum verdict and each unit's votes on the assembly's date
   * (meeting_voting_rights) → in_session, or no_quorum when the double quorum is not met (a second convocation
   * deliberates whatever the attendance). Not tied to the clock: an assembly is often recorded afterwards.
   */
  async open(tenant: TenantContext, meetingId: string, input: OpeningInput): Promise<MeetingSnapshot> {
    const meeting = await this.meetings.get(tenant, meetingId);
    const rights = await this.registry.votingRightsOn(tenant, meeting.buildingId, brusselsDate(meeting.scheduledAt));
    const opened = await this.repo.open(tenant.organizationId, meetingId, rights, (locked, attendance) => {
      locked.open(
        { verdict: quorumOf(rights, attendance), chair: input.chair ?? null, secretary: input.secretary ?? null },
        this.clock.now(),
      );
    });
    if (!opened) throw new ResourceNotFound('meeting');
    return opened;
  }
}

function toEntry(input: AttendanceInput): AttendanceEntry {
  return {
    ownerId: input.ownerId,
    status: input.status,
    proxyHolderOwnerId: input.proxyHolder?.ownerId ?? null,
    proxyHolderName: input.proxyHolder?.name?.trim().replace(/\s+/g, ' ') || null,
  };
}

function frozenVerdict(m: MeetingSnapshot): Omit<QuorumReport, 'suspended'> {
  return {
    owners: { counted: m.quorumOwnersCounted ?? 0, total: m.quorumOwnersTotal ?? 0 },
    quotas: { counted: m.quorumQuotasCounted ?? 0, total: m.quorumQuotasTotal ?? 0 },
    branch: m.quorumBranch,
    reached: m.quorumReached ?? false,
  };
}
