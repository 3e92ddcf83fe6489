import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import { aBuildingWithUnits, anOwner, expectInvalidField, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';
import { brusselsDate } from '@shared/domain';

const DAY_MS = 86_400_000;
// The application's today is the Brussels day (an hour or two ahead of UTC's around midnight).
const today = () => brusselsDate(new Date());
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

interface Meeting {
  id: string;
  status: string;
  agenda: Array<{ id: string; title: string; titleNl: string | null }>;
  quorum: unknown;
  [field: string]: unknown;
}
interface Dispatch {
  id: string;
  ownerId: string;
  channel: string;
  sentOn: string;
  proof: string | null;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describe('general assemblies: convocation, attendance, quorum (Civil Code art. 3.87)', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;
  /** 10 co-owners with 100 quotas each (1,000). */
  let buildingId: string;
  let owners: string[];
  /** The Brussels day of the assemblies: 60 days from now, 11:00 or 12:00 there. */
  const meetingDay = plusDays(today(), 60);

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    stranger = await TenantSession.forNewOrganization(api.app);
    const building = await aBuildingWithUnits(syndic, Array(10).fill(100));
    buildingId = building.buildingId;
    owners = [];
    for (const [i, unitId] of building.unitIds.entries()) {
      const ownerId = await anOwner(syndic, { lastName: `Owner${i + 1}` });
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
      owners.push(ownerId);
    }
  });
  afterAll(() => api.close());

  const aMeeting = (overrides: Record<string, unknown> = {}, building = buildingId) =>
    syndic.post<Meeting>('/meetings', {
      buildingId: building,
      type: 'ordinary',
      title: 'Assemblée générale ordinaire',
      scheduledAt: `${meetingDay}T10:00:00Z`,
      location: 'Salle communale',
      agenda: [
        { title: 'Approbation des comptes', titleNl: 'Goedkeuring van de rekeningen', descriptionNl: 'Boekjaar 2025' },
        { title: 'Décharge au syndic', titleNl: 'Kwijting aan de syndicus' },
        { title: 'Travaux de toiture' },
      ],
      ...overrides,
    });
  const convoke = (meetingId: string, body: Record<string, unknown> = {}) =>
    syndic.request('POST', `/meetings/${meetingId}/dispatches`, body);
  const present = (ownerId: string) => ({ ownerId, status: 'present' });
  const attendance = (meetingId: string, entries: unknown[]) =>
    syndic.request('PUT', `/meetings/${meetingId}/attendance`, { entries });

  describe('dispatches: the notice rule on the day the letters leave', () => {
    it('convokes every owner: 16 days is fine, and the meeting becomes convened', async () => {
      // The record may be created any day; what counts is the dispatch.
      const meeting = await aMeeting();
      const res = await convoke(meeting.id, { sentOn: plusDays(meetingDay, -16), channel: 'email' });
      expect(res.statusCode).toBe(201);
      const body = res.json<{ data: Dispatch[]; warnings?: string[] }>();
      expect(body.warnings).toBeUndefined();
      expect(body.data.map((d) => d.ownerId).sort()).toEqual([...owners].sort());
      expect(body.data[0]).toMatchObject({ channel: 'email', sentOn: plusDays(meetingDay, -16), proof: null });
      expect(await syndic.get(`/meetings/${meeting.id}`)).toMatchObject({ status: 'convened' });
      const register = await syndic.get<{ data: Dispatch[]; pagination: { totalItems: number } }>(
        `/meetings/${meeting.id}/dispatches?perPage=5`,
      );
      expect(register.pagination.totalItems).toBe(10);
      // Owners convoked once: a second call convokes nobody new.
      expect((await convoke(meeting.id)).json()).toEqual({ data: [] });
    });

    it('warns at 15 days (not 15 clear days) and about registered mail; refuses 14 days', async () => {
      const meeting = await aMeeting();
      const refused = await convoke(meeting.id, { sentOn: plusDays(meetingDay, -14) });
      const problem = expectProblem(refused, 422, 'CONVOCATION_TOO_LATE');
      expect(problem.detail).toContain('art. 3.87 §3');
      const fr = await syndic.request(
        'POST',
        `/meetings/${meeting.id}/dispatches`,
        { sentOn: plusDays(meetingDay, -14) },
        {
          'accept-language': 'nl-BE',
        },
      );
      expect(expectProblem(fr, 422, 'CONVOCATION_TOO_LATE').detail).toContain('Burgerlijk Wetboek, art. 3.87, § 3');
      expect(await syndic.get(`/meetings/${meeting.id}`)).toMatchObject({ status: 'scheduled' });
      const warned = await convoke(meeting.id, { sentOn: plusDays(meetingDay, -15) });
      expect(warned.statusCode).toBe(201);
      expect(warned.json().warnings).toEqual(['not_clear_days', 'registered_mail_delay']);
      expect(warned.json().data[0].channel).toBe('registered_mail');
    });

    it("applies the building's longer notice delay", async () => {
      const building = await syndic.get<Record<string, unknown>>(`/buildings/${buildingId}`);
      const {
        id: _id,
        unitCount: _u,
        allocatedQuota: _a,
        closedUntil: _c,
        lotCount: _l,
        boardRequired: _b,
        accountingMode: _m,
        createdAt: _cr,
        updatedAt: _up,
        ...body
      } = building;
      await syndic.put(`/buildings/${buildingId}`, { ...body, noticeDays: 20 });
      try {
        const meeting = await aMeeting();
        const res = await convoke(meeting.id, { sentOn: plusDays(meetingDay, -19), channel: 'email' });
        expect(expectProblem(res, 422, 'CONVOCATION_TOO_LATE').detail).toContain('at least 20');
      } finally {
        await syndic.put(`/buildings/${buildingId}`, { ...body, noticeDays: 15 });
      }
    });

    it('freezes the agenda and the details at the first dispatch', async () => {
      const meeting = await aMeeting();
      await convoke(meeting.id, { sentOn: plusDays(meetingDay, -20), channel: 'email' });
      const item = meeting.agenda[0]!.id;
      for (const res of [
        await syndic.request('POST', `/meetings/${meeting.id}/agenda`, { title: 'Point tardif' }),
        await syndic.request('PUT', `/meetings/${meeting.id}/agenda/${item}`, { title: 'Modifié' }),
        await syndic.request('DELETE', `/meetings/${meeting.id}/agenda/${item}`),
        await syndic.request('PUT', `/meetings/${meeting.id}`, {
          type: 'ordinary',
          title: 'Autre',
          scheduledAt: `${meetingDay}T10:00:00Z`,
          location: 'Ailleurs',
        }),
        await syndic.request('DELETE', `/meetings/${meeting.id}`),
      ]) {
        expectProblem(res, 409, 'AGENDA_FROZEN');
      }
    });

    it('records the proof of a dispatch and renders each owner its own letter, in French and in Dutch', async () => {
      const meeting = await aMeeting();
      const { data } = (await convoke(meeting.id, { sentOn: plusDays(meetingDay, -30) })).json<{ data: Dispatch[] }>();
      const dispatch = data.find((d) => d.ownerId === owners[0])!;
      const proved = await syndic.put<Dispatch>(`/meetings/${meeting.id}/dispatches/${dispatch.id}`, {
        proof: 'RR 1234 5678 9BE',
      });
      expect(proved).toMatchObject({ id: dispatch.id, proof: 'RR 1234 5678 9BE' });
      expectInvalidField(
        await syndic.request('PUT', `/meetings/${meeting.id}/dispatches/${dispatch.id}`, { proof: ' ' }),
        'proof',
      );
      for (const lang of ['fr', 'nl'] as const) {
        const res = await syndic.request(
          'GET',
          `/meetings/${meeting.id}/dispatches/${dispatch.id}/convocation.pdf?lang=${lang}`,
        );
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toContain('owner1');
        const text = await pdfText(res.rawPayload);
        expect(text).toContain('Avenue Louise 54');
        if (lang === 'fr') {
          expect(text).toContain('Envoyée le');
          expect(text).toContain('par envoi recommandé');
          expect(text).toContain("l'article 3.87, § 3, du Code civil");
          expect(text).toContain('Approbation des comptes');
        } else {
          expect(text).toContain('Verzonden op');
          expect(text).toContain('artikel 3.87, § 3, van het Burgerlijk Wetboek');
          expect(text).toContain('Goedkeuring van de rekeningen');
          expect(text).toContain('Boekjaar 2025');
          expect(text).not.toContain('Approbation des comptes');
        }
      }
      expectProblem(
        await syndic.request('GET', `/meetings/${meeting.id}/dispatches/${randomUUID()}/convocation.pdf`),
        404,
        'NOT_FOUND',
      );
    });
  });

  describe('attendance, proxies and quorum', () => {
    it('computes the quorum: 6 heads / 600 yes; 5 heads / 500 no, and records a proxy', async () => {
      const meeting = await aMeeting();
      const entries = [
        ...owners.slice(0, 5).map(present),
        { ownerId: owners[5], status: 'represented', proxyHolder: { ownerId: owners[0] } },
      ];
      const recorded = await syndic.put<{ data: unknown[] }>(`/meetings/${meeting.id}/attendance`, { entries });
      expect(recorded.data).toContainEqual({
        ownerId: owners[5],
        status: 'represented',
        proxyHolder: { ownerId: owners[0], name: null },
      });
      expect(await syndic.get(`/meetings/${meeting.id}/quorum`)).toEqual({
        owners: { counted: 6, total: 10 },
        quotas: { counted: 600, total: 1000 },
        branch: 'majority_and_half',
        reached: true,
        suspended: [],
        frozen: false,
      });
      await attendance(meeting.id, owners.slice(0, 5).map(present));
      expect(await syndic.get(`/meetings/${meeting.id}/quorum`)).toMatchObject({
        owners: { counted: 5, total: 10 },
        reached: false,
        branch: null,
      });
    });

    it('refuses a co-owner holder who is not present, an owner of another building, a proxy without holder', async () => {
      const meeting = await aMeeting();
      expectProblem(
        await attendance(meeting.id, [
          { ownerId: owners[1], status: 'represented', proxyHolder: { ownerId: owners[0] } },
        ]),
        400,
        'VALIDATION_FAILED',
      );
      const outsider = await anOwner(syndic);
      expectProblem(await attendance(meeting.id, [present(outsider)]), 400, 'VALIDATION_FAILED');
      expectProblem(
        await attendance(meeting.id, [{ ownerId: owners[1], status: 'represented' }]),
        400,
        'VALIDATION_FAILED',
      );
      expectInvalidField(await attendance(meeting.id, [{ ownerId: owners[1], status: 'late' }]), 'entries.0.status');
    });

    it('refuses the syndic as proxy holder (matched by e-mail), art. 3.87 §7', async () => {
      const { buildingId: building, unitIds } = await aBuildingWithUnits(syndic, [500, 500]);
      const email = `syndic.${syndic.userId.slice(0, 8)}@test.koprogo.be`;
      const syndicAsOwner = await anOwner(syndic, { email });
      const principal = await anOwner(syndic);
      await syndic.post(`/units/${unitIds[0]}/owners`, {
        ownerId: syndicAsOwner,
        share: '100',
        startDate: '2020-01-01',
      });
      await syndic.post(`/units/${unitIds[1]}/owners`, { ownerId: principal, share: '100', startDate: '2020-01-01' });
      const meeting = await aMeeting({}, building);
      const res = await attendance(meeting.id, [
        present(syndicAsOwner),
        { ownerId: principal, status: 'represented', proxyHolder: { ownerId: syndicAsOwner } },
      ]);
      const problem = expectProblem(res, 422, 'SYNDIC_CANNOT_HOLD_PROXY');
      expect(problem.detail).toContain('art. 3.87 §7');
    });

    it('accepts a 4th proxy at 1,000 of 10,000 votes and refuses it at 1,001 (art. 3.87 §7)', async () => {
      for (const [fourth, accepted] of [
        [600, true],
        [601, false],
      ] as const) {
        const quotas = [100, 100, 100, 100, fourth, 10_000 - 400 - fourth];
        const { buildingId: building, unitIds } = await aBuildingWithUnits(syndic, quotas, { totalQuota: 10_000 });
        const people: string[] = [];
        for (const unitId of unitIds) {
          const ownerId = await anOwner(syndic);
          await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
          people.push(ownerId);
        }
        const meeting = await aMeeting({}, building);
        const [holder, ...principals] = people.slice(0, 5);
        const res = await attendance(meeting.id, [
          present(holder!),
          ...principals.map((ownerId) => ({ ownerId, status: 'represented', proxyHolder: { ownerId: holder } })),
        ]);
        if (accepted) expect(res.statusCode).toBe(200);
        else expectProblem(res, 422, 'PROXY_LIMIT_EXCEEDED');
      }
    });
  });

  describe('opening and the second convocation (art. 3.87 §5)', () => {
    it('opens without quorum, then allows one second convocation, 15 days later, on items of the first agenda', async () => {
      const first = await aMeeting();
      expectProblem(await syndic.request('PUT', `/meetings/${first.id}/open`, {}), 409, 'MEETING_NOT_CONVENED');
      await convoke(first.id, { sentOn: plusDays(meetingDay, -20), channel: 'email' });
      await syndic.put(`/meetings/${first.id}/attendance`, { entries: owners.slice(0, 5).map(present) });
      const second = (body: Record<string, unknown>) =>
        syndic.request('POST', `/meetings/${first.id}/second-convocation`, {
          scheduledAt: `${plusDays(meetingDay, 15)}T10:00:00Z`,
          location: 'Salle communale',
          ...body,
        });
      expectProblem(await second({}), 409, 'MEETING_NOT_OPENED');

      const opened = await syndic.put<Meeting>(`/meetings/${first.id}/open`, { chair: 'Anne Martin' });
      expect(opened).toMatchObject({
        status: 'no_quorum',
        chair: 'Anne Martin',
        quorum: {
          owners: { counted: 5, total: 10 },
          quotas: { counted: 500, total: 1000 },
          branch: null,
          reached: false,
        },
      });
      expectProblem(await attendance(first.id, owners.map(present)), 409, 'ATTENDANCE_FROZEN');
      expect(await syndic.get(`/meetings/${first.id}/quorum`)).toMatchObject({ frozen: true, reached: false });

      expectProblem(
        await second({ scheduledAt: `${plusDays(meetingDay, 14)}T20:00:00Z` }),
        422,
        'SECOND_CONVOCATION_INVALID',
      );
      expectProblem(await second({ agendaItemIds: [randomUUID()] }), 422, 'SECOND_CONVOCATION_INVALID');
      const keep = [first.agenda[2]!.id, first.agenda[0]!.id];
      const created = await second({ agendaItemIds: keep });
      expect(created.statusCode).toBe(201);
      const body = created.json<Meeting>();
      expect(created.headers.location).toBe(`/api/v1/meetings/${body.id}`);
      expect(body).toMatchObject({ isSecondConvocation: true, firstMeetingId: first.id, status: 'scheduled' });
      expect(body.agenda.map((i) => [i.title, i.titleNl])).toEqual([
        ['Travaux de toiture', null],
        ['Approbation des comptes', 'Goedkeuring van de rekeningen'],
      ]);
      expectProblem(await second({}), 409, 'SECOND_CONVOCATION_EXISTS');

      // The second assembly deliberates whatever the attendance.
      await convoke(body.id, { sentOn: plusDays(meetingDay, 0), channel: 'email' });
      await syndic.put(`/meetings/${body.id}/attendance`, { entries: [present(owners[0]!)] });
      expect(await syndic.put(`/meetings/${body.id}/open`, {})).toMatchObject({ status: 'in_session' });
    });

    it('opens with quorum in session, writes each unit its votes, completes, and refuses a second convocation', async () => {
      const meeting = await aMeeting();
      await convoke(meeting.id, { sentOn: plusDays(meetingDay, -20), channel: 'email' });
      await syndic.put(`/meetings/${meeting.id}/attendance`, { entries: owners.slice(0, 6).map(present) });
      const opened = await syndic.put<Meeting>(`/meetings/${meeting.id}/open`, { secretary: 'Luc Peeters' });
      expect(opened).toMatchObject({
        status: 'in_session',
        secretary: 'Luc Peeters',
        quorum: { owners: { counted: 6, total: 10 }, branch: 'majority_and_half', reached: true },
        minutesDueOn: plusDays(meetingDay, 30),
      });
      expectProblem(
        await syndic.request('POST', `/meetings/${meeting.id}/second-convocation`, {
          scheduledAt: `${plusDays(meetingDay, 20)}T10:00:00Z`,
          location: 'Salle',
        }),
        409,
        'QUORUM_WAS_REACHED',
      );
      expect(await syndic.put(`/meetings/${meeting.id}/complete`)).toMatchObject({ status: 'completed' });
    });
  });

  describe('roles and organizations', () => {
    it('lets other roles read but not write, and answers 404 to another organization on every route', async () => {
      const meeting = await aMeeting();
      const { data } = (await convoke(meeting.id, { sentOn: plusDays(meetingDay, -20) })).json<{ data: Dispatch[] }>();
      const dispatchId = data[0]!.id;
      const accountant = await syndic.as('accountant');
      expect((await accountant.request('GET', `/meetings/${meeting.id}/quorum`)).statusCode).toBe(200);
      expect((await accountant.request('GET', `/meetings/${meeting.id}/dispatches`)).statusCode).toBe(200);
      expect((await accountant.request('PUT', `/meetings/${meeting.id}/open`, {})).statusCode).toBe(403);
      const owner = await syndic.as('owner');
      // An owner without an owner record holds no share: it sees no meeting.
      expectProblem(await owner.request('GET', `/meetings/${meeting.id}/attendance`), 404, 'NOT_FOUND');
      const routes: Array<[string, string, unknown?]> = [
        ['POST', `/meetings/${meeting.id}/dispatches`, {}],
        ['GET', `/meetings/${meeting.id}/dispatches`],
        ['PUT', `/meetings/${meeting.id}/dispatches/${dispatchId}`, { proof: 'x' }],
        ['GET', `/meetings/${meeting.id}/dispatches/${dispatchId}/convocation.pdf`],
        ['PUT', `/meetings/${meeting.id}/attendance`, { entries: [] }],
        ['GET', `/meetings/${meeting.id}/attendance`],
        ['GET', `/meetings/${meeting.id}/quorum`],
        ['PUT', `/meetings/${meeting.id}/open`, {}],
        [
          'POST',
          `/meetings/${meeting.id}/second-convocation`,
          { scheduledAt: `${meetingDay}T10:00:00Z`, location: 'x' },
        ],
      ];
      for (const [method, url, body] of routes) {
        const res = await stranger.request(method as 'GET', url, body);
        expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      }
      expect(await syndic.get(`/meetings/${meeting.id}`)).toMatchObject({ status: 'convened' });
    });
  });
});
