import { randomUUID } from 'node:crypto';
import type { Response } from 'light-my-request';
import { PDFParse } from 'pdf-parse';
import {
  aCreateBuildingRequest,
  aCreateUnitRequest,
  anOwner,
  expectInvalidField,
  expectProblem,
} from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { sql } from '../../src/shared/persistence/sql';
import { platformQuery, TenantSession } from '../support/tenant-session';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();

interface AgendaItem {
  id: string;
  position: number;
  title: string;
  description: string | null;
}
interface MeetingBody {
  id: string;
  buildingId: string;
  status: string;
  scheduledAt: string;
  scheduledAtLocal: string;
  agenda: AgendaItem[];
  [field: string]: unknown;
}
interface MeetingList {
  data: MeetingBody[];
  pagination: {
    page: number;
    perPage: number;
    totalItems: number;
    totalPages: number;
    hasNext: boolean;
    hasPrevious: boolean;
  };
}

const AGENDA = ['Approbation des comptes 2025', 'Décharge au syndic', 'Élection du commissaire aux comptes'];

function aScheduleMeetingRequest(buildingId: string, overrides: Record<string, unknown> = {}) {
  return {
    buildingId,
    type: 'ordinary',
    title: 'Assemblée générale ordinaire',
    scheduledAt: ahead(30 * DAY),
    location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
    agenda: AGENDA.map((title, i) => ({ title, description: i === 0 ? 'Comptes arrêtés au 31/12/2025.' : undefined })),
    ...overrides,
  };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describe('meetings (general assemblies)', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let other: TenantSession;
  let buildingId: string;
  let secondBuildingId: string;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    buildingId = (
      await syndic.post(
        '/buildings',
        aCreateBuildingRequest({ name: `Résidence Les Érables ${randomUUID().slice(0, 4)}` }),
      )
    ).id;
    secondBuildingId = (await syndic.post('/buildings', aCreateBuildingRequest())).id;
  });
  afterAll(() => api.close());

  const schedule = (overrides: Record<string, unknown> = {}, session = syndic) =>
    session.post<MeetingBody>('/meetings', aScheduleMeetingRequest(buildingId, overrides));

  /** Moves a meeting's date, as time passing would (the API never schedules in the past). */
  const moveTo = (meetingId: string, scheduledAt: Date) =>
    platformQuery(api.app, sql`UPDATE meetings SET scheduled_at = ${scheduledAt} WHERE id = ${meetingId}`);

  /**
   * Puts a meeting in session, as convocation and opening would (the buildings of this file have no owners to convoke:
   * test/e2e/assemblies.e2e-spec.ts walks that path through the API).
   */
  const putInSession = (meetingId: string) =>
    platformQuery(api.app, sql`UPDATE meetings SET status = 'in_session' WHERE id = ${meetingId}`);

  /** A meeting that was held: scheduled, then its date passed, then opened and completed. */
  async function aHeldMeeting(heldAt = new Date(Date.now() - 20 * DAY), building = buildingId): Promise<MeetingBody> {
    const meeting = await syndic.post<MeetingBody>('/meetings', aScheduleMeetingRequest(building));
    await moveTo(meeting.id, heldAt);
    await putInSession(meeting.id);
    return syndic.put<MeetingBody>(`/meetings/${meeting.id}/complete`);
  }

  describe('POST /meetings', () => {
    it('convenes a meeting with its agenda, a Location header and Brussels local time', async () => {
      const res = await syndic.request(
        'POST',
        '/meetings',
        aScheduleMeetingRequest(buildingId, {
          scheduledAt: '2030-12-20T18:30:00+01:00',
          remoteUrl: 'https://meet.example.be/ag',
        }),
      );
      expect(res.statusCode).toBe(201);
      const meeting = res.json<MeetingBody>();
      expect(res.headers.location).toBe(`/api/v1/meetings/${meeting.id}`);
      expect(meeting).toMatchObject({
        buildingId,
        type: 'ordinary',
        scheduledAt: '2030-12-20T17:30:00.000Z',
        scheduledAtLocal: '2030-12-20T18:30:00+01:00',
        remoteUrl: 'https://meet.example.be/ag',
        status: 'scheduled',
        isSecondConvocation: false,
        firstMeetingId: null,
        urgent: false,
        urgencyReason: null,
        cancellationReason: null,
        openedAt: null,
        quorum: null,
        // Art. 3.87 §10 and art. 3.92 §3, from the Brussels date of the assembly.
        minutesDueOn: '2031-01-19',
        challengeDeadline: '2031-04-20',
      });
      expect(meeting.agenda.map((item) => [item.position, item.title])).toEqual(
        AGENDA.map((title, i) => [i + 1, title]),
      );
      expect(meeting.agenda[0]).toMatchObject({
        id: expect.any(String),
        description: 'Comptes arrêtés au 31/12/2025.',
      });
      expect(meeting.agenda[1]?.description).toBeNull();
      expect(await syndic.get(`/meetings/${meeting.id}`)).toEqual(meeting);
    });

    it('schedules any future time: the 15-day rule waits for the convocation (Civil Code art. 3.87 §3)', async () => {
      // A meeting recorded 3 days ahead is not refused here: what counts is the day the letters leave.
      const soon = await schedule({ scheduledAt: ahead(3 * DAY) });
      expect(soon).toMatchObject({ status: 'scheduled', urgent: false });
      expectProblem(
        await syndic.request('POST', '/meetings', aScheduleMeetingRequest(buildingId, { scheduledAt: ahead(-MINUTE) })),
        422,
        'MEETING_IN_THE_PAST',
      );
    });

    it('lets an urgent meeting with a reason be convened sooner, but not in the past', async () => {
      const urgent = await schedule({
        scheduledAt: ahead(3 * DAY),
        urgent: true,
        urgencyReason: 'Fuite de toiture: travaux urgents',
      });
      expect(urgent).toMatchObject({ urgent: true, urgencyReason: 'Fuite de toiture: travaux urgents' });
      const past = { scheduledAt: ahead(-HOUR), urgent: true, urgencyReason: 'Too late anyway' };
      expectProblem(
        await syndic.request('POST', '/meetings', aScheduleMeetingRequest(buildingId, past)),
        422,
        'MEETING_IN_THE_PAST',
      );
    });

    it('wants a reason when urgent, and none when not urgent', async () => {
      const soon = ahead(3 * DAY);
      const post = (body: Record<string, unknown>) =>
        syndic.request('POST', '/meetings', aScheduleMeetingRequest(buildingId, body));
      expectInvalidField(await post({ scheduledAt: soon, urgent: true }), 'urgencyReason');
      expectInvalidField(await post({ scheduledAt: soon, urgent: true, urgencyReason: '   ' }), 'urgencyReason');
      expectInvalidField(await post({ urgencyReason: 'Not urgent at all' }), 'urgencyReason');
    });

    const invalid: Record<string, { body: Record<string, unknown>; field: string }> = {
      'a missing title': { body: { title: undefined }, field: 'title' },
      'a blank location': { body: { location: '  ' }, field: 'location' },
      'an unknown type': { body: { type: 'annual' }, field: 'type' },
      'a timestamp without zone': { body: { scheduledAt: '2030-12-20T18:30:00' }, field: 'scheduledAt' },
      'a date that is not a timestamp': { body: { scheduledAt: 'next tuesday' }, field: 'scheduledAt' },
      'an http remote URL': { body: { remoteUrl: 'http://meet.example.be' }, field: 'remoteUrl' },
      'a building id that is not a uuid': { body: { buildingId: 'b-1' }, field: 'buildingId' },
      'an agenda item without title': { body: { agenda: [{ description: 'no title' }] }, field: 'agenda.0.title' },
      'a second convocation without first meeting': { body: { isSecondConvocation: true }, field: 'firstMeetingId' },
      'a first meeting (second convocations have their own route)': {
        body: { firstMeetingId: randomUUID() },
        field: 'isSecondConvocation',
      },
      'an organizationId': { body: { organizationId: randomUUID() }, field: 'organizationId' },
      'a status': { body: { status: 'completed' }, field: 'status' },
    };
    it.each(Object.entries(invalid))('answers 400 for %s', async (_, { body, field }) => {
      expectInvalidField(await syndic.request('POST', '/meetings', aScheduleMeetingRequest(buildingId, body)), field);
    });

    it("answers 404 for an unknown building or another organization's building", async () => {
      expectProblem(await syndic.request('POST', '/meetings', aScheduleMeetingRequest(randomUUID())), 404, 'NOT_FOUND');
      expectProblem(await other.request('POST', '/meetings', aScheduleMeetingRequest(buildingId)), 404, 'NOT_FOUND');
    });
  });

  describe('second convocation', () => {
    it('is not created through POST /meetings, only after an assembly without quorum', async () => {
      const first = await aHeldMeeting();
      const res = await syndic.request(
        'POST',
        '/meetings',
        aScheduleMeetingRequest(buildingId, { isSecondConvocation: true, firstMeetingId: first.id }),
      );
      expectInvalidField(res, 'isSecondConvocation');
    });
  });

  describe('PUT /meetings/:id', () => {
    const revision = (overrides: Record<string, unknown> = {}) => ({
      type: 'extraordinary',
      title: 'AGE: rénovation de la toiture',
      scheduledAt: ahead(40 * DAY),
      location: 'En ligne',
      remoteUrl: 'https://meet.example.be/age',
      ...overrides,
    });

    it('replaces the editable fields, keeping the building and the agenda', async () => {
      const meeting = await schedule();
      const revised = await syndic.put<MeetingBody>(`/meetings/${meeting.id}`, revision());
      expect(revised).toMatchObject({
        type: 'extraordinary',
        title: 'AGE: rénovation de la toiture',
        location: 'En ligne',
        buildingId,
      });
      expect(revised.agenda).toEqual(meeting.agenda);
      const back = await syndic.put<MeetingBody>(`/meetings/${meeting.id}`, revision({ remoteUrl: null }));
      expect(back.remoteUrl).toBeNull();
    });

    it('moves to any future date and refuses the past, a building or agenda in the body', async () => {
      const meeting = await schedule();
      const put = (body: Record<string, unknown>) => syndic.request('PUT', `/meetings/${meeting.id}`, body);
      expect((await put(revision({ scheduledAt: ahead(2 * DAY) }))).statusCode).toBe(200);
      expectProblem(await put(revision({ scheduledAt: ahead(-HOUR) })), 422, 'MEETING_IN_THE_PAST');
      expect(
        (await put(revision({ scheduledAt: ahead(5 * DAY), urgent: true, urgencyReason: 'Dégât des eaux' })))
          .statusCode,
      ).toBe(200);
      expectInvalidField(await put(revision({ buildingId: secondBuildingId })), 'buildingId');
      expectInvalidField(await put(revision({ agenda: [] })), 'agenda');
      expectInvalidField(await put(revision({ title: '' })), 'title');
      expectProblem(await syndic.request('PUT', `/meetings/${randomUUID()}`, revision()), 404, 'NOT_FOUND');
      expectInvalidField(await syndic.request('PUT', '/meetings/not-a-uuid', revision()), 'id');
    });
  });

  describe('state changes', () => {
    it('completes a meeting only once in session, then closes it to every change', async () => {
      const meeting = await schedule();
      expectProblem(await syndic.request('PUT', `/meetings/${meeting.id}/complete`), 409, 'MEETING_NOT_OPENED');
      await putInSession(meeting.id);
      expect(await syndic.put(`/meetings/${meeting.id}/complete`)).toMatchObject({ status: 'completed' });
      await expectClosed(meeting);
    });

    it('cancels a meeting with a reason, then closes it to every change', async () => {
      const meeting = await schedule();
      expectInvalidField(await syndic.request('PUT', `/meetings/${meeting.id}/cancel`, {}), 'reason');
      expectInvalidField(await syndic.request('PUT', `/meetings/${meeting.id}/cancel`, { reason: '  ' }), 'reason');
      const cancelled = await syndic.put(`/meetings/${meeting.id}/cancel`, { reason: 'Syndic malade' });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'Syndic malade' });
      await expectClosed(meeting);
      expectProblem(await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf`), 409, 'MEETING_CANCELLED');
    });

    async function expectClosed(meeting: MeetingBody): Promise<void> {
      const item = meeting.agenda[0]!.id;
      const attempts: Array<Promise<Response>> = [
        syndic.request('PUT', `/meetings/${meeting.id}`, {
          type: 'ordinary',
          title: 'x',
          scheduledAt: ahead(30 * DAY),
          location: 'y',
        }),
        syndic.request('PUT', `/meetings/${meeting.id}/cancel`, { reason: 'again' }),
        syndic.request('PUT', `/meetings/${meeting.id}/complete`),
        syndic.request('DELETE', `/meetings/${meeting.id}`),
        syndic.request('POST', `/meetings/${meeting.id}/agenda`, { title: 'Late point' }),
        syndic.request('PUT', `/meetings/${meeting.id}/agenda/${item}`, { title: 'Edited' }),
        syndic.request('DELETE', `/meetings/${meeting.id}/agenda/${item}`),
        syndic.request('PUT', `/meetings/${meeting.id}/agenda/order`, {
          itemIds: [...meeting.agenda].reverse().map((i) => i.id),
        }),
      ];
      for (const res of await Promise.all(attempts)) expectProblem(res, 409, 'MEETING_CLOSED');
    }

    it('deletes a scheduled meeting with its agenda', async () => {
      const meeting = await schedule();
      expect((await syndic.request('DELETE', `/meetings/${meeting.id}`)).statusCode).toBe(204);
      expectProblem(await syndic.request('GET', `/meetings/${meeting.id}`), 404, 'NOT_FOUND');
      expectProblem(await syndic.request('DELETE', `/meetings/${meeting.id}`), 404, 'NOT_FOUND');
    });

    it('answers 404 for unknown meetings and 400 for bad ids', async () => {
      for (const path of ['cancel', 'complete']) {
        expectProblem(
          await syndic.request('PUT', `/meetings/${randomUUID()}/${path}`, { reason: 'r' }),
          404,
          'NOT_FOUND',
        );
      }
      expectInvalidField(await syndic.request('GET', '/meetings/123'), 'id');
      expectInvalidField(await syndic.request('DELETE', '/meetings/123'), 'id');
    });
  });

  describe('agenda', () => {
    it('adds, edits, reorders and removes items, keeping positions 1..n', async () => {
      const meeting = await schedule();
      const [a, b, c] = meeting.agenda.map((item) => item.id) as [string, string, string];
      const added = await syndic.request('POST', `/meetings/${meeting.id}/agenda`, {
        title: 'Divers',
        description: 'Questions',
      });
      expect(added.statusCode).toBe(201);
      const d = added.json<AgendaItem>();
      expect(d).toMatchObject({ position: 4, title: 'Divers', description: 'Questions' });
      expect(added.headers.location).toBe(`/api/v1/meetings/${meeting.id}/agenda/${d.id}`);

      const edited = await syndic.put(`/meetings/${meeting.id}/agenda/${b}`, {
        title: 'Décharge au syndic et au commissaire',
      });
      expect(edited).toEqual({
        id: b,
        position: 2,
        title: 'Décharge au syndic et au commissaire',
        description: null,
        titleNl: null,
        descriptionNl: null,
      });

      const reordered = await syndic.put<MeetingBody>(`/meetings/${meeting.id}/agenda/order`, {
        itemIds: [d.id, c, a, b],
      });
      expect(reordered.agenda.map((item) => [item.id, item.position])).toEqual([
        [d.id, 1],
        [c, 2],
        [a, 3],
        [b, 4],
      ]);

      expect((await syndic.request('DELETE', `/meetings/${meeting.id}/agenda/${c}`)).statusCode).toBe(204);
      const after = await syndic.get<MeetingBody>(`/meetings/${meeting.id}`);
      expect(after.agenda.map((item) => [item.title, item.position])).toEqual([
        ['Divers', 1],
        ['Approbation des comptes 2025', 2],
        ['Décharge au syndic et au commissaire', 3],
      ]);
    });

    it('refuses an order that is not a permutation of the current items', async () => {
      const meeting = await schedule();
      const ids = meeting.agenda.map((item) => item.id);
      const order = (itemIds: unknown) => syndic.request('PUT', `/meetings/${meeting.id}/agenda/order`, { itemIds });
      expectProblem(await order(ids.slice(1)), 422, 'AGENDA_ORDER_MISMATCH');
      expectProblem(await order([...ids.slice(1), randomUUID()]), 422, 'AGENDA_ORDER_MISMATCH');
      expectInvalidField(await order([ids[0], ...ids]), 'itemIds');
      expectInvalidField(await order(['x', ...ids.slice(1)]), 'itemIds');
      expectInvalidField(await order('all'), 'itemIds');
      expect((await syndic.get<MeetingBody>(`/meetings/${meeting.id}`)).agenda.map((item) => item.id)).toEqual(ids);
    });

    it('validates items and answers 404 for unknown items or meetings', async () => {
      const meeting = await schedule();
      const item = meeting.agenda[0]!.id;
      expectInvalidField(await syndic.request('POST', `/meetings/${meeting.id}/agenda`, { title: ' ' }), 'title');
      expectInvalidField(
        await syndic.request('POST', `/meetings/${meeting.id}/agenda`, { title: 'x'.repeat(256) }),
        'title',
      );
      expectInvalidField(
        await syndic.request('PUT', `/meetings/${meeting.id}/agenda/${item}`, { title: 'ok', position: 3 }),
        'position',
      );
      expectInvalidField(await syndic.request('PUT', `/meetings/${meeting.id}/agenda/nope`, { title: 'ok' }), 'itemId');
      expectProblem(
        await syndic.request('PUT', `/meetings/${meeting.id}/agenda/${randomUUID()}`, { title: 'ok' }),
        404,
        'NOT_FOUND',
      );
      expectProblem(await syndic.request('DELETE', `/meetings/${meeting.id}/agenda/${randomUUID()}`), 404, 'NOT_FOUND');
      expectProblem(
        await syndic.request('POST', `/meetings/${randomUUID()}/agenda`, { title: 'ok' }),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('lists', () => {
    let org: TenantSession;
    let first: string;
    let second: string;
    let meetings: MeetingBody[];

    beforeAll(async () => {
      org = await TenantSession.forNewOrganization(api.app);
      first = (await org.post('/buildings', aCreateBuildingRequest())).id;
      second = (await org.post('/buildings', aCreateBuildingRequest())).id;
      const at = ['2031-01-10T09:00:00Z', '2031-02-10T22:30:00Z', '2031-03-10T09:00:00Z', '2031-04-10T09:00:00Z'];
      meetings = [];
      for (const [i, scheduledAt] of at.entries()) {
        const body = aScheduleMeetingRequest(i % 2 ? second : first, {
          scheduledAt,
          type: i === 3 ? 'extraordinary' : 'ordinary',
        });
        meetings.push(await org.post<MeetingBody>('/meetings', body));
      }
      await org.put(`/meetings/${meetings[2]!.id}/cancel`, { reason: 'Reportée' });
    });

    const ids = async (url: string) => (await org.get<MeetingList>(url)).data.map((m) => m.id);
    const at = (...indexes: number[]) => indexes.map((i) => meetings[i]!.id);

    it('lists newest first with pagination', async () => {
      expect(await ids('/meetings')).toEqual(at(3, 2, 1, 0));
      const page = await org.get<MeetingList>('/meetings?perPage=3&page=2');
      expect(page.data.map((m) => m.id)).toEqual(at(0));
      expect(page.pagination).toEqual({
        page: 2,
        perPage: 3,
        totalItems: 4,
        totalPages: 2,
        hasNext: false,
        hasPrevious: true,
      });
      expect(page.data[0]!.agenda).toHaveLength(3);
      expect(await ids('/meetings?sort=scheduledAt&order=asc')).toEqual(at(0, 1, 2, 3));
    });

    it('filters by building, status, type and Brussels calendar days (inclusive)', async () => {
      expect(await ids(`/meetings?buildingId=${second}`)).toEqual(at(3, 1));
      expect(await ids('/meetings?status=cancelled')).toEqual(at(2));
      expect(await ids('/meetings?status=scheduled&type=ordinary')).toEqual(at(1, 0));
      // 2031-02-10T22:30Z is 23:30 on 10 February in Brussels.
      expect(await ids('/meetings?from=2031-02-10&to=2031-02-10')).toEqual(at(1));
      expect(await ids('/meetings?from=2031-02-11&to=2031-03-10')).toEqual(at(2));
      expect(await ids('/meetings?to=2031-01-10')).toEqual(at(0));
      expect(await ids(`/meetings?buildingId=${randomUUID()}`)).toEqual([]);
    });

    it('lists the meetings of one building', async () => {
      expect(await ids(`/buildings/${first}/meetings`)).toEqual(at(2, 0));
      expect(await ids(`/buildings/${first}/meetings?status=scheduled`)).toEqual(at(0));
      const empty = await org.get<MeetingList>(`/buildings/${first}/meetings?from=2040-01-01`);
      expect(empty.pagination).toMatchObject({ totalItems: 0, totalPages: 0, hasNext: false, hasPrevious: false });
      expectProblem(await org.request('GET', `/buildings/${randomUUID()}/meetings`), 404, 'NOT_FOUND');
      expectInvalidField(await org.request('GET', `/buildings/${first}/meetings?buildingId=${second}`), 'buildingId');
      expectInvalidField(await org.request('GET', '/buildings/nope/meetings'), 'id');
    });

    it.each([
      ['sort=password', 'sort'],
      ['order=up', 'order'],
      ['perPage=101', 'perPage'],
      ['status=held', 'status'],
      ['type=annual', 'type'],
      ['from=2031-02-30', 'from'],
      ['to=10/02/2031', 'to'],
      ['from=2031-03-01&to=2031-02-01', 'to'],
      ['buildingId=b-1', 'buildingId'],
    ])('answers 400 for ?%s', async (query, field) => {
      expectInvalidField(await org.request('GET', `/meetings?${query}`), field);
    });
  });

  describe('GET /meetings/:id/convocation.pdf', () => {
    it('renders the letter with the agenda in order, in French by default', async () => {
      const meeting = await schedule({ scheduledAt: '2030-12-20T18:30:00+01:00' });
      const [a, b, c] = meeting.agenda.map((item) => item.id);
      await syndic.put(`/meetings/${meeting.id}/agenda/order`, { itemIds: [c, a, b] });
      const res = await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="convocation-residence-les-erables-[a-z0-9]+-2030-12-20\.pdf"$/,
      );
      const text = await pdfText(res.rawPayload);
      expect(text).toContain("Convocation à l'assemblée générale ordinaire");
      expect(text).toContain(`Syndic org-${syndic.organizationId.slice(0, 8)}`);
      expect(text).toContain('vendredi 20 décembre 2030 à 18h30');
      const positions = [AGENDA[2]!, AGENDA[0]!, AGENDA[1]!, 'Procuration'].map((title) => text.indexOf(title));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    });

    it('speaks Dutch or English by ?lang or Accept-Language, names the file in that language, refuses others', async () => {
      const meeting = await schedule({ scheduledAt: '2030-12-20T18:30:00+01:00' });
      const byQuery = await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf?lang=nl`);
      expect(await pdfText(byQuery.rawPayload)).toContain('Oproeping tot de gewone algemene vergadering');
      expect(byQuery.headers['content-disposition']).toMatch(
        /filename="oproeping-residence-les-erables-[a-z0-9]+-2030-12-20\.pdf"/,
      );
      const byHeader = await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf`, undefined, {
        'accept-language': 'nl-BE',
      });
      expect(await pdfText(byHeader.rawPayload)).toContain('Volmacht');
      const english = await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf`, undefined, {
        'accept-language': 'en',
      });
      expect(await pdfText(english.rawPayload)).toContain('Notice of the ordinary general meeting');
      expect(english.headers['content-disposition']).toMatch(/filename="convocation-residence-les-erables-/);
      const englishByQuery = await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf?lang=en`);
      expect(await pdfText(englishByQuery.rawPayload)).toContain('Proxy');
      expectInvalidField(await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf?lang=de`), 'lang');
      expectProblem(await syndic.request('GET', `/meetings/${randomUUID()}/convocation.pdf`), 404, 'NOT_FOUND');
    });

    it("prints the firm's letterhead and the association's enterprise number", async () => {
      const organization = await syndic.get<{ name: string; contactEmail: string }>(
        `/organizations/${syndic.organizationId}`,
      );
      await syndic.put(`/organizations/${syndic.organizationId}`, {
        name: organization.name,
        contactEmail: organization.contactEmail,
        address: 'Avenue Louise 54, 1050 Ixelles',
        bceNumber: '0403.170.701',
        ipiNumber: '504.123',
        feesIban: 'BE68539007547034',
      });
      const building = await syndic.get<Record<string, unknown>>(`/buildings/${buildingId}`);
      const { name, address, city, postalCode, country, totalUnits, totalQuota } = building;
      await syndic.put(`/buildings/${buildingId}`, {
        ...{ name, address, city, postalCode, country, totalUnits, totalQuota },
        associationBce: '0850.123.440',
      });
      const meeting = await schedule();
      const text = await pdfText(
        (await syndic.request('GET', `/meetings/${meeting.id}/convocation.pdf?lang=nl`)).rawPayload,
      );
      expect(text).toContain('Avenue Louise 54, 1050 Ixelles');
      expect(text).toContain('KBO 0403.170.701');
      expect(text).toContain('BIV 504.123');
      expect(text).toContain('IBAN erelonen BE68 5390 0754 7034');
      expect(text).toContain('VME – KBO 0850.123.440');
    });
  });

  describe('roles', () => {
    it('lets accountants and board members read but not write (403)', async () => {
      const meeting = await schedule();
      const item = meeting.agenda[0]!.id;
      for (const role of ['accountant', 'board_member', 'owner'] as const) {
        const session = await syndic.as(role);
        const writes = [
          session.request('POST', '/meetings', aScheduleMeetingRequest(buildingId)),
          session.request('PUT', `/meetings/${meeting.id}`, {
            type: 'ordinary',
            title: 'x',
            scheduledAt: ahead(30 * DAY),
            location: 'y',
          }),
          session.request('DELETE', `/meetings/${meeting.id}`),
          session.request('PUT', `/meetings/${meeting.id}/cancel`, { reason: 'no' }),
          session.request('PUT', `/meetings/${meeting.id}/complete`),
          session.request('POST', `/meetings/${meeting.id}/agenda`, { title: 'x' }),
          session.request('PUT', `/meetings/${meeting.id}/agenda/${item}`, { title: 'x' }),
          session.request('DELETE', `/meetings/${meeting.id}/agenda/${item}`),
          session.request('PUT', `/meetings/${meeting.id}/agenda/order`, { itemIds: [item] }),
        ];
        for (const res of await Promise.all(writes)) expectProblem(res, 403, 'FORBIDDEN');
        if (role === 'owner') continue;
        expect((await session.get<MeetingBody>(`/meetings/${meeting.id}`)).id).toBe(meeting.id);
        expect((await session.get<MeetingList>('/meetings?perPage=100')).data.map((m) => m.id)).toContain(meeting.id);
        expect((await session.request('GET', `/meetings/${meeting.id}/convocation.pdf`)).statusCode).toBe(200);
      }
      expect((await syndic.get<MeetingBody>(`/meetings/${meeting.id}`)).agenda).toEqual(meeting.agenda);
    });

    it('shows an owner only the meetings of buildings where it holds a share', async () => {
      const org = await TenantSession.forNewOrganization(api.app);
      const mine = (await org.post('/buildings', aCreateBuildingRequest())).id;
      const theirs = (await org.post('/buildings', aCreateBuildingRequest())).id;
      const unit = (await org.post('/units', aCreateUnitRequest(mine))).id;
      const user = await org.as('owner');
      await org.post(`/units/${unit}/owners`, { ownerId: await anOwner(org, { userId: user.userId }), share: '50' });
      const visible = await org.post<MeetingBody>('/meetings', aScheduleMeetingRequest(mine));
      const hidden = await org.post<MeetingBody>('/meetings', aScheduleMeetingRequest(theirs));

      expect((await user.get<MeetingList>('/meetings')).data.map((m) => m.id)).toEqual([visible.id]);
      expect((await user.get<MeetingList>(`/meetings?buildingId=${theirs}`)).data).toEqual([]);
      expect((await user.get<MeetingList>(`/buildings/${mine}/meetings`)).data.map((m) => m.id)).toEqual([visible.id]);
      expect((await user.get<MeetingBody>(`/meetings/${visible.id}`)).id).toBe(visible.id);
      expect((await user.request('GET', `/meetings/${visible.id}/convocation.pdf`)).statusCode).toBe(200);
      expectProblem(await user.request('GET', `/meetings/${hidden.id}`), 404, 'NOT_FOUND');
      expectProblem(await user.request('GET', `/meetings/${hidden.id}/convocation.pdf`), 404, 'NOT_FOUND');
      expectProblem(await user.request('GET', `/buildings/${theirs}/meetings`), 404, 'NOT_FOUND');

      const stranger = await org.as('owner');
      expect((await stranger.get<MeetingList>('/meetings')).data).toEqual([]);
    });
  });

  describe("another organization's meetings", () => {
    it('answer 404 on every route and never appear in its lists', async () => {
      const meeting = await schedule();
      const item = meeting.agenda[0]!.id;
      const id = meeting.id;
      const attempts: Array<Promise<Response>> = [
        other.request('GET', `/meetings/${id}`),
        other.request('PUT', `/meetings/${id}`, {
          type: 'ordinary',
          title: 'x',
          scheduledAt: ahead(30 * DAY),
          location: 'y',
        }),
        other.request('DELETE', `/meetings/${id}`),
        other.request('PUT', `/meetings/${id}/cancel`, { reason: 'hijack' }),
        other.request('PUT', `/meetings/${id}/complete`),
        other.request('POST', `/meetings/${id}/agenda`, { title: 'x' }),
        other.request('PUT', `/meetings/${id}/agenda/${item}`, { title: 'x' }),
        other.request('DELETE', `/meetings/${id}/agenda/${item}`),
        other.request('PUT', `/meetings/${id}/agenda/order`, { itemIds: meeting.agenda.map((i) => i.id) }),
        other.request('GET', `/meetings/${id}/convocation.pdf`),
        other.request('GET', `/buildings/${buildingId}/meetings`),
        other.request('POST', '/meetings', aScheduleMeetingRequest(buildingId)),
      ];
      for (const res of await Promise.all(attempts)) {
        expectProblem(res, 404, 'NOT_FOUND');
        expect(res.body).not.toContain(id);
      }
      const lists = [
        await other.get<MeetingList>('/meetings?perPage=100'),
        await other.get<MeetingList>(`/meetings?buildingId=${buildingId}`),
      ];
      for (const list of lists) expect(list.data.map((m) => m.id)).not.toContain(id);
      expect(await syndic.get<MeetingBody>(`/meetings/${id}`)).toEqual(meeting);
    });
  });
});
