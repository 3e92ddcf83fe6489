import { randomUUID } from 'node:crypto';
import { ResourceNotFound } from '@shared/domain';
import { aCreateBuildingRequest } from '@test/builders/registry.builders';
import { createTestApp, TestApp } from '@test/support/test-app';
import { TenantSession } from '@test/support/tenant-session';
import { sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { Meeting, NewMeetingInput } from '../domain/meeting';
import { MeetingSort } from '../domain/meeting.repository';
import { PostgresMeetingRepository } from './postgres-meeting.repository';

const NOW = new Date('2026-01-01T00:00:00Z');
const page = (overrides: { sort?: MeetingSort; order?: 'asc' | 'desc' } = {}) =>
  ({ page: 1, perPage: 50, sort: 'scheduledAt', order: 'desc', ...overrides }) as const;

describe('PostgresMeetingRepository', () => {
  let api: TestApp;
  let repo: PostgresMeetingRepository;
  let db: TenantDatabase;
  let alice: string;
  let bob: string;
  /** A building of each organization, the one a meeting gets unless it names another. */
  const buildingOf = new Map<string, string>();

  async function anOrganizationWithBuildings(count = 1): Promise<{ organizationId: string; buildingIds: string[] }> {
    const session = await TenantSession.forNewOrganization(api.app);
    const buildingIds: string[] = [];
    for (let i = 0; i < count; i++) buildingIds.push((await session.post('/buildings', aCreateBuildingRequest())).id);
    buildingOf.set(session.organizationId, buildingIds[0]!);
    return { organizationId: session.organizationId, buildingIds };
  }

  beforeAll(async () => {
    api = await createTestApp();
    db = api.app.get(TenantDatabase);
    repo = new PostgresMeetingRepository(db);
    alice = (await anOrganizationWithBuildings()).organizationId;
    bob = (await anOrganizationWithBuildings()).organizationId;
  });
  afterAll(() => api.close());

  function aMeeting(organizationId: string, overrides: Partial<NewMeetingInput> = {}): Meeting {
    return Meeting.schedule(
      {
        id: randomUUID(),
        organizationId,
        buildingId: buildingOf.get(organizationId)!,
        type: 'ordinary',
        title: 'AG 2026',
        scheduledAt: new Date('2026-03-17T17:30:00Z'),
        location: 'Salle communale',
        agenda: ['Comptes', 'Décharge', 'Élections'].map((title) => ({ id: randomUUID(), title })),
        ...overrides,
      },
      NOW,
    );
  }

  it('stores a meeting with its agenda and hides it from another organization', async () => {
    const meeting = aMeeting(alice);
    await repo.insert(meeting);
    expect(await repo.findById(alice, meeting.id)).toEqual(meeting.toSnapshot());

    expect(await repo.findById(bob, meeting.id)).toBeNull();
    expect((await repo.list(bob, {}, page())).items).toEqual([]);
    expect(await repo.update(bob, meeting.id, (m) => m.cancel('hijack', NOW))).toBeNull();
    expect(await repo.delete(bob, meeting.id, () => undefined)).toBe(false);
    const raw = await db.reader(bob).rows(sql`SELECT id FROM meetings UNION ALL SELECT id FROM meeting_agenda_items`);
    expect(raw).toEqual([]);
    expect((await repo.findById(alice, meeting.id))?.status).toBe('scheduled');
  });

  it('reorders, edits and removes agenda items in one transaction, keeping their ids', async () => {
    const meeting = aMeeting(alice);
    await repo.insert(meeting);
    const [a, b, c] = meeting.toSnapshot().agenda.map((item) => item.id) as [string, string, string];
    await repo.update(alice, meeting.id, (m) => m.reorderAgenda([c, a, b], NOW));
    await repo.update(alice, meeting.id, (m) => {
      m.editAgendaItem(a, { title: 'Comptes 2025', description: 'Bilan' }, NOW);
      m.removeAgendaItem(b, NOW);
      m.addAgendaItem(randomUUID(), { title: 'Divers' }, NOW);
    });
    const stored = await repo.findById(alice, meeting.id);
    expect(stored?.agenda.map((item) => [item.position, item.title, item.description])).toEqual([
      [1, 'Élections', null],
      [2, 'Comptes 2025', 'Bilan'],
      [3, 'Divers', null],
    ]);
    expect(stored?.agenda.slice(0, 2).map((item) => item.id)).toEqual([c, a]);
  });

  it('rolls the whole change back when the domain refuses it', async () => {
    const meeting = aMeeting(alice);
    await repo.insert(meeting);
    const change = repo.update(alice, meeting.id, (m) => {
      m.removeAgendaItem(meeting.toSnapshot().agenda[0]!.id, NOW);
      m.reorderAgenda([], NOW);
    });
    await expect(change).rejects.toThrow('every current agenda item');
    expect((await repo.findById(alice, meeting.id))?.agenda).toHaveLength(3);
  });

  it('filters by building, status, type and Brussels calendar days, newest first', async () => {
    // `other` is in the organization's first building, the two filtered ones in the second.
    const { organizationId: org, buildingIds } = await anOrganizationWithBuildings(2);
    const buildingId = buildingIds[1]!;
    // 2026-04-10 23:30 in Brussels is 21:30Z; 2026-04-11 00:30 in Brussels is 22:30Z on the 10th.
    const late = aMeeting(org, { buildingId, scheduledAt: new Date('2026-04-10T21:30:00Z') });
    const early = aMeeting(org, { buildingId, scheduledAt: new Date('2026-04-10T22:30:00Z'), type: 'extraordinary' });
    const other = aMeeting(org, { scheduledAt: new Date('2026-05-01T10:00:00Z') });
    for (const m of [late, early, other]) await repo.insert(m);
    await repo.update(org, other.id, (m) => m.cancel('no quorum expected', NOW));

    const ids = async (criteria: Parameters<PostgresMeetingRepository['list']>[1], sort = page()) =>
      (await repo.list(org, criteria, sort)).items.map((m) => m.id);
    expect(await ids({})).toEqual([other.id, early.id, late.id]);
    expect(await ids({}, page({ order: 'asc' }))).toEqual([late.id, early.id, other.id]);
    expect(await ids({ buildingId })).toEqual([early.id, late.id]);
    expect(await ids({ from: '2026-04-11', to: '2026-04-11' })).toEqual([early.id]);
    expect(await ids({ to: '2026-04-10' })).toEqual([late.id]);
    expect(await ids({ status: 'cancelled' })).toEqual([other.id]);
    expect(await ids({ type: 'extraordinary' })).toEqual([early.id]);
    expect(await ids({ buildingIds: [] })).toEqual([]);
    expect(await ids({ buildingIds: [buildingId] })).toHaveLength(2);
    const second = await repo.list(org, {}, { page: 2, perPage: 2, sort: 'scheduledAt', order: 'desc' });
    expect({ ids: second.items.map((m) => m.id), total: second.totalItems }).toEqual({ ids: [late.id], total: 3 });
    expect(second.items[0]?.agenda).toHaveLength(3);
  });

  it('deletes a meeting with its agenda when the check passes', async () => {
    const meeting = aMeeting(alice);
    await repo.insert(meeting);
    await expect(repo.delete(alice, meeting.id, (m) => m.assertDeletable())).resolves.toBe(true);
    expect(await repo.findById(alice, meeting.id)).toBeNull();
    const orphans = await db
      .reader(alice)
      .rows(sql`SELECT id FROM meeting_agenda_items WHERE meeting_id = ${meeting.id}`);
    expect(orphans).toEqual([]);
  });

  it('refuses a meeting of a building that does not exist in the organization, as not found', async () => {
    await expect(repo.insert(aMeeting(alice, { buildingId: randomUUID() }))).rejects.toEqual(
      new ResourceNotFound('building'),
    );
    await expect(repo.insert(aMeeting(alice, { buildingId: buildingOf.get(bob)! }))).rejects.toEqual(
      new ResourceNotFound('building'),
    );
  });
});
