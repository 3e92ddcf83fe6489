import { randomUUID } from 'node:crypto';
import type { BuildingsService } from '@modules/buildings';
import { offsetOf, Page, PageRequest, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { FixedClock } from '../../../../test/fakes/fixed-clock';
import { Meeting, MeetingSnapshot } from '../domain/meeting';
import { MeetingInThePast, MeetingNotOpened } from '../domain/meeting.errors';
import { MeetingCriteria, MeetingRepository, MeetingSort } from '../domain/meeting.repository';
import { MeetingAgendaService } from './meeting-agenda.service';
import { ScheduleMeetingInput } from './meeting.inputs';
import type { AssemblyRepository } from '../domain/assembly.repository';
import { MeetingsService } from './meetings.service';

const DAY = 24 * 60 * 60 * 1000;

/** Honours organizationId like the real adapter; enough of the criteria for these tests. */
class InMemoryMeetingRepository extends MeetingRepository {
  private readonly rows = new Map<string, MeetingSnapshot>();

  async findById(organizationId: string, id: string): Promise<MeetingSnapshot | null> {
    const row = this.rows.get(id);
    return row && row.organizationId === organizationId ? row : null;
  }
  async list(
    organizationId: string,
    criteria: MeetingCriteria,
    page: PageRequest<MeetingSort>,
  ): Promise<Page<MeetingSnapshot>> {
    const all = [...this.rows.values()].filter(
      (m) =>
        m.organizationId === organizationId &&
        (!criteria.buildingId || m.buildingId === criteria.buildingId) &&
        (!criteria.buildingIds || criteria.buildingIds.includes(m.buildingId)),
    );
    const items = all.slice(offsetOf(page), offsetOf(page) + page.perPage);
    return { items, totalItems: all.length, page: page.page, perPage: page.perPage };
  }
  async insert(meeting: Meeting): Promise<void> {
    this.rows.set(meeting.id, meeting.toSnapshot());
  }
  async update(
    organizationId: string,
    id: string,
    change: (meeting: Meeting) => void,
  ): Promise<MeetingSnapshot | null> {
    const row = await this.findById(organizationId, id);
    if (!row) return null;
    const meeting = Meeting.restore(row);
    change(meeting);
    this.rows.set(id, meeting.toSnapshot());
    return meeting.toSnapshot();
  }
  async delete(organizationId: string, id: string, check: (meeting: Meeting) => void): Promise<boolean> {
    const row = await this.findById(organizationId, id);
    if (!row) return false;
    check(Meeting.restore(row));
    return this.rows.delete(id);
  }
}

/** Two buildings in the organization; an owner holds a share in the first only. */
class FakeBuildings {
  constructor(
    readonly organizationId: string,
    readonly mine: string,
    readonly theirs: string,
  ) {}
  async assertExists(tenant: TenantContext, id: string): Promise<void> {
    const visible = await this.visibleBuildingIds(tenant);
    if (
      tenant.organizationId !== this.organizationId ||
      ![this.mine, this.theirs].includes(id) ||
      (visible && !visible.includes(id))
    ) {
      throw new ResourceNotFound('building');
    }
  }
  async visibleBuildingIds(tenant: TenantContext): Promise<readonly string[] | null> {
    return tenant.role === 'owner' ? [this.mine] : null;
  }
}

describe('MeetingsService', () => {
  const organizationId = randomUUID();
  const syndic: TenantContext = { organizationId, userId: randomUUID(), role: 'syndic' };
  const owner: TenantContext = { ...syndic, userId: randomUUID(), role: 'owner' };
  const buildings = new FakeBuildings(organizationId, randomUUID(), randomUUID());
  let clock: FixedClock;
  let service: MeetingsService;
  let agenda: MeetingAgendaService;

  beforeEach(() => {
    clock = new FixedClock(new Date('2026-05-01T08:00:00Z'));
    const repo = new InMemoryMeetingRepository();
    service = new MeetingsService(repo, {} as AssemblyRepository, buildings as unknown as BuildingsService, clock);
    agenda = new MeetingAgendaService(repo, clock);
  });

  const input = (overrides: Partial<ScheduleMeetingInput> = {}): ScheduleMeetingInput => ({
    buildingId: buildings.mine,
    type: 'ordinary',
    title: 'AG 2026',
    scheduledAt: new Date(clock.now().getTime() + 15 * DAY).toISOString(),
    location: 'Salle communale',
    agenda: [{ title: 'Comptes' }, { title: 'Budget' }],
    ...overrides,
  });

  it('reads the injected clock: any future time is accepted, the past is not', async () => {
    const body = input();
    await expect(service.schedule(syndic, body)).resolves.toMatchObject({ status: 'scheduled' });
    clock.set(new Date(body.scheduledAt));
    await expect(service.schedule(syndic, body)).rejects.toThrow(MeetingInThePast);
  });

  it('does not complete a meeting that was never opened', async () => {
    const meeting = await service.schedule(syndic, input());
    clock.set(meeting.scheduledAt);
    await expect(service.complete(syndic, meeting.id)).rejects.toThrow(MeetingNotOpened);
  });

  it('shows an owner only the meetings of its buildings', async () => {
    const visible = await service.schedule(syndic, input());
    const hidden = await service.schedule(syndic, input({ buildingId: buildings.theirs }));
    expect((await service.list(owner, { page: 1, perPage: 20 })).items.map((m) => m.id)).toEqual([visible.id]);
    await expect(service.get(owner, hidden.id)).rejects.toThrow(ResourceNotFound);
    await expect(service.listForBuilding(owner, buildings.theirs, { page: 1, perPage: 20 })).rejects.toThrow(
      ResourceNotFound,
    );
  });

  it('asserts a meeting belongs to a building (facade for documents)', async () => {
    const meeting = await service.schedule(syndic, input());
    await expect(service.assertInBuilding(syndic, meeting.id, buildings.mine)).resolves.toBeUndefined();
    await expect(service.assertInBuilding(syndic, meeting.id, buildings.theirs)).rejects.toThrow(ResourceNotFound);
    await expect(service.assertInBuilding(syndic, randomUUID(), buildings.mine)).rejects.toThrow(ResourceNotFound);
    const stranger = { ...syndic, organizationId: randomUUID() };
    await expect(service.assertInBuilding(stranger, meeting.id, buildings.mine)).rejects.toThrow(ResourceNotFound);
  });

  it('answers not found for agenda changes of an unknown meeting', async () => {
    await expect(agenda.addItem(syndic, randomUUID(), { title: 'x' })).rejects.toThrow(ResourceNotFound);
    await expect(service.remove(syndic, randomUUID())).rejects.toThrow(ResourceNotFound);
  });
});
