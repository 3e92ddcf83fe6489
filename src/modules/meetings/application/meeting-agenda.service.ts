import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { AgendaItemInput, AgendaItemSnapshot } from '../domain/agenda';
import { Meeting, MeetingSnapshot } from '../domain/meeting';
import { MeetingRepository } from '../domain/meeting.repository';

/** Edits the agenda of a scheduled meeting; each change locks the meeting and rewrites its agenda in one transaction. */
@Injectable()
export class MeetingAgendaService {
  constructor(
    private readonly repo: MeetingRepository,
    private readonly clock: Clock,
  ) {}

  async addItem(tenant: TenantContext, meetingId: string, input: AgendaItemInput): Promise<AgendaItemSnapshot> {
    const id = randomUUID();
    const meeting = await this.change(tenant, meetingId, (m) => m.addAgendaItem(id, input, this.clock.now()));
    return itemOf(meeting, id);
  }

  async editItem(
    tenant: TenantContext,
    meetingId: string,
    itemId: string,
    input: AgendaItemInput,
  ): Promise<AgendaItemSnapshot> {
    const meeting = await this.change(tenant, meetingId, (m) => m.editAgendaItem(itemId, input, this.clock.now()));
    return itemOf(meeting, itemId);
  }

  async removeItem(tenant: TenantContext, meetingId: string, itemId: string): Promise<void> {
    await this.change(tenant, meetingId, (m) => m.removeAgendaItem(itemId, this.clock.now()));
  }

  /** `itemIds` lists every current item once, in the new order; returns the whole meeting. */
  reorder(tenant: TenantContext, meetingId: string, itemIds: readonly string[]): Promise<MeetingSnapshot> {
    return this.change(tenant, meetingId, (m) => m.reorderAgenda(itemIds, this.clock.now()));
  }

  private async change(
    tenant: TenantContext,
    meetingId: string,
    change: (meeting: Meeting) => void,
  ): Promise<MeetingSnapshot> {
    const updated = await this.repo.update(tenant.organizationId, meetingId, change);
    if (!updated) throw new ResourceNotFound('meeting');
    return updated;
  }
}

function itemOf(meeting: MeetingSnapshot, id: string): AgendaItemSnapshot {
  const item = meeting.agenda.find((candidate) => candidate.id === id);
  if (!item) throw new ResourceNotFound('agenda item');
  return item;
}
