import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { brusselsDate, Clock, Page, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { BuildingsService } from '@modules/buildings';
import type { AgendaItemSnapshot } from '../domain/agenda';
import { Meeting, MeetingDetailsInput, MeetingSnapshot } from '../domain/meeting';
import { InvalidMeeting } from '../domain/meeting.errors';
import { MeetingRepository } from '../domain/meeting.repository';
import { AssemblyRepository } from '../domain/assembly.repository';
import type { SecondConvocationRequestInput } from './assembly.inputs';
import { MeetingDetails, MeetingListInput, ScheduleMeetingInput } from './meeting.inputs';

const notFound = () => new ResourceNotFound('meeting');

/**
 * General assemblies of the caller's organization. Also the facade other contexts use (through `@modules/meetings`):
 * `get` and `assertInBuilding`. An owner sees the meetings of buildings where it holds a share; others answer 404.
 * Writes are for syndics only (enforced by the routes), who see the whole organization.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly repo: MeetingRepository,
    private readonly assemblies: AssemblyRepository,
    private readonly buildings: BuildingsService,
    private readonly clock: Clock,
  ) {}

  async schedule(tenant: TenantContext, input: ScheduleMeetingInput): Promise<MeetingSnapshot> {
    await this.buildings.assertExists(tenant, input.buildingId);
    const meeting = Meeting.schedule(
      {
        ...detailsOf(input),
        id: randomUUID(),
        organizationId: tenant.organizationId,
        buildingId: input.buildingId,
        agenda: (input.agenda ?? []).map((item) => ({ ...item, id: randomUUID() })),
        isSecondConvocation: input.isSecondConvocation,
        firstMeetingId: input.firstMeetingId,
      },
      this.clock.now(),
    );
    await this.repo.insert(meeting);
    return meeting.toSnapshot();
  }

  /**
   * Art. 3.87 §5: the second assembly of a first one opened without quorum: once, at least 15 days later, on items
   * of the first agenda (all of them when none are named), in the same building; it deliberates whatever the
   * attendance. A new meeting (scheduled), convoked like any other.
   */
  async secondConvocation(
    tenant: TenantContext,
    firstMeetingId: string,
    input: SecondConvocationRequestInput,
  ): Promise<MeetingSnapshot> {
    await this.get(tenant, firstMeetingId);
    const created = await this.assemblies.insertSecondConvocation(
      tenant.organizationId,
      firstMeetingId,
      (first, exists) =>
        Meeting.secondConvocation(
          first,
          {
            id: randomUUID(),
            scheduledAt: new Date(input.scheduledAt),
            location: input.location,
            agendaItemIds: input.agendaItemIds,
            newItemIds: new Map(first.agenda.map((item) => [item.id, randomUUID()])),
            exists,
          },
          this.clock.now(),
        ),
    );
    if (!created) throw notFound();
    return created;
  }

  /** Newest first by default; `from`/`to` are inclusive Brussels calendar days of scheduledAt. */
  async list(tenant: TenantContext, input: MeetingListInput): Promise<Page<MeetingSnapshot>> {
    if (input.from && input.to && input.from > input.to) throw new InvalidMeeting('to', 'must not be before from');
    const visible = await this.buildings.visibleBuildingIds(tenant);
    const sort = input.sort ?? 'scheduledAt';
    const page = {
      page: input.page,
      perPage: input.perPage,
      sort,
      order: input.order ?? (sort === 'title' ? 'asc' : 'desc'),
    } as const;
    const { buildingId, status, type, from, to } = input;
    return this.repo.list(
      tenant.organizationId,
      { buildingId, status, type, from, to, buildingIds: visible ?? undefined },
      page,
    );
  }

  /** The meetings of one building; 404 when the building is not the caller's to see. */
  async listForBuilding(
    tenant: TenantContext,
    buildingId: string,
    input: MeetingListInput,
  ): Promise<Page<MeetingSnapshot>> {
    await this.buildings.assertExists(tenant, buildingId);
    return this.list(tenant, { ...input, buildingId });
  }

  /** The meeting, or ResourceNotFound (404), also when the caller is an owner without a share in its building. */
  async get(tenant: TenantContext, id: string): Promise<MeetingSnapshot> {
    const meeting = await this.repo.findById(tenant.organizationId, id);
    if (!meeting) throw notFound();
    const visible = await this.buildings.visibleBuildingIds(tenant);
    if (visible && !visible.includes(meeting.buildingId)) throw notFound();
    return meeting;
  }

  /** One item of the meeting's agenda; 404 when the meeting is not visible or has no such item. */
  async agendaItem(tenant: TenantContext, meetingId: string, itemId: string): Promise<AgendaItemSnapshot> {
    const item = (await this.get(tenant, meetingId)).agenda.find((candidate) => candidate.id === itemId);
    if (!item) throw new ResourceNotFound('agenda item');
    return item;
  }

  /** For documents linking to a meeting: 404 unless the meeting is visible to the caller and in that building. */
  async assertInBuilding(tenant: TenantContext, meetingId: string, buildingId: string): Promise<void> {
    if ((await this.get(tenant, meetingId)).buildingId !== buildingId) throw notFound();
  }

  /** Replaces the editable fields (not the building, not the agenda). */
  async revise(tenant: TenantContext, id: string, input: MeetingDetails): Promise<MeetingSnapshot> {
    const current = await this.get(tenant, id);
    const first = current.firstMeetingId
      ? await this.repo.findById(tenant.organizationId, current.firstMeetingId)
      : null;
    const firstDate = first ? brusselsDate(first.scheduledAt) : null;
    return this.change(tenant, id, (meeting) => meeting.revise(detailsOf(input), firstDate, this.clock.now()));
  }

  cancel(tenant: TenantContext, id: string, reason: string): Promise<MeetingSnapshot> {
    return this.change(tenant, id, (meeting) => meeting.cancel(reason, this.clock.now()));
  }

  complete(tenant: TenantContext, id: string): Promise<MeetingSnapshot> {
    return this.change(tenant, id, (meeting) => meeting.complete(this.clock.now()));
  }

  /** Only scheduled meetings: once a convocation left, the meeting is part of the register. */
  async remove(tenant: TenantContext, id: string): Promise<void> {
    if (!(await this.repo.delete(tenant.organizationId, id, (meeting) => meeting.assertDeletable()))) throw notFound();
  }

  private async change(
    tenant: TenantContext,
    id: string,
    change: (meeting: Meeting) => void,
  ): Promise<MeetingSnapshot> {
    const updated = await this.repo.update(tenant.organizationId, id, change);
    if (!updated) throw notFound();
    return updated;
  }
}

function detailsOf(input: MeetingDetails): MeetingDetailsInput {
  return {
    type: input.type,
    title: input.title,
    scheduledAt: new Date(input.scheduledAt),
    location: input.location,
    remoteUrl: input.remoteUrl,
    urgent: input.urgent,
    urgencyReason: input.urgencyReason,
  };
}
