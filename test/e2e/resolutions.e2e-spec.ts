import { PDFParse } from 'pdf-parse';
import {
  aBuildingWithUnits,
  anAddOwnershipRequest,
  anOwner,
  expectEachRoute,
  expectProblem,
  List,
  Route,
} from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

// The votes of an assembly in session, through HTTP only: convocations, attendance with a proxy, opening, resolutions,
// ballots, closing, completion and the minutes.

const DAY = 24 * 60 * 60 * 1000;

interface Resolution {
  id: string;
  status: string;
  tally: { forVotes: number; againstVotes: number; abstentionVotes: number } | null;
  ballots: Array<{
    ownerId: string;
    choice: string;
    votes: number;
    countedVotes: number | null;
    proxyHolderOwnerId: string | null;
  }>;
  capped?: Array<{ ownerId: string; votes: number; countedVotes: number }>;
  suspended?: Array<{ unitId: string; votes: number }>;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describe('General assembly: resolutions, ballots, tally and minutes', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let stranger: TenantSession;
  let meetingId: string;
  let agenda: Array<{ id: string; title: string }>;
  const owner: Record<string, string> = {};
  let unitIds: string[];

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    stranger = await TenantSession.forNewOrganization(api.app);
    // A 500, B 200, C 150 (represented by B), D 100 jointly held by E and F without a representative, G 50 absent.
    const building = await aBuildingWithUnits(syndic, [500, 200, 150, 100, 50], { name: 'Résidence Les Tilleuls' });
    unitIds = building.unitIds;
    const names = {
      A: 'Anne Lambert',
      B: 'Bruno Peeters',
      C: 'Chloé Dubois',
      E: 'Emma Janssens',
      F: 'Farid Haddad',
      G: 'Gilles Martin',
    };
    for (const [key, full] of Object.entries(names)) {
      const [firstName, lastName] = full.split(' ');
      owner[key] = await anOwner(syndic, { firstName, lastName });
    }
    const holdings: Array<[number, string, string]> = [
      [0, 'A', '100'],
      [1, 'B', '100'],
      [2, 'C', '100'],
      [3, 'E', '50'],
      [3, 'F', '50'],
      [4, 'G', '100'],
    ];
    for (const [unit, key, share] of holdings) {
      await syndic.post(
        `/units/${unitIds[unit]}/owners`,
        anAddOwnershipRequest(owner[key]!, { share, startDate: '2020-01-01' }),
      );
    }
    const meeting = await syndic.post<{ id: string; agenda: Array<{ id: string; title: string }> }>('/meetings', {
      buildingId: building.buildingId,
      type: 'ordinary',
      title: 'Assemblée générale ordinaire 2026',
      scheduledAt: new Date(Date.now() + 30 * DAY).toISOString(),
      location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
      agenda: [
        { title: 'Approbation des comptes 2025' },
        { title: 'Rénovation de la façade' },
        { title: 'Nouvelle répartition des quotes-parts' },
      ],
    });
    meetingId = meeting.id;
    agenda = meeting.agenda;
  });
  afterAll(() => api.close());

  /** Convokes the owners, records the attendance and opens the assembly, through the routes a syndic uses. */
  async function open(): Promise<void> {
    await syndic.post(`/meetings/${meetingId}/dispatches`, { channel: 'email' });
    const attendance: Array<[string, string, string | null]> = [
      ['A', 'present', null],
      ['B', 'present', null],
      ['C', 'represented', owner.B!],
      ['E', 'present', null],
      ['F', 'absent', null],
      ['G', 'absent', null],
    ];
    await syndic.put(`/meetings/${meetingId}/attendance`, {
      entries: attendance.map(([key, status, holder]) => ({
        ownerId: owner[key],
        status,
        ...(holder ? { proxyHolder: { ownerId: holder } } : {}),
      })),
    });
    const opened = await syndic.put<{ status: string }>(`/meetings/${meetingId}/open`, {
      chair: 'Anne Lambert',
      secretary: 'Bruno Peeters',
    });
    expect(opened.status).toBe('in_session');
  }

  const propose = (agendaIndex: number, title: string, majority: string) =>
    syndic.post<Resolution>(`/meetings/${meetingId}/resolutions`, {
      agendaItemId: agenda[agendaIndex]!.id,
      title,
      majority,
    });
  const vote = (resolutionId: string, key: string, choice: string) =>
    syndic.request('PUT', `/meetings/${meetingId}/resolutions/${resolutionId}/votes`, { ownerId: owner[key], choice });

  it('refuses a resolution before the meeting is in session (409 MEETING_NOT_IN_SESSION)', async () => {
    const res = await syndic.request('POST', `/meetings/${meetingId}/resolutions`, {
      agendaItemId: agenda[0]!.id,
      title: 'Comptes',
      majority: 'absolute',
    });
    expectProblem(res, 409, 'MEETING_NOT_IN_SESSION');
  });

  describe('in session', () => {
    let accounts: Resolution;
    let facade: Resolution;
    let quotas: Resolution;

    beforeAll(async () => {
      await open();
      accounts = await propose(0, 'Les comptes 2025 sont approuvés', 'absolute');
      facade = await propose(1, 'Travaux de façade selon le devis B', 'two_thirds');
      quotas = await propose(2, 'Les quotes-parts sont revues', 'unanimity');
    });

    it('creates an open resolution with a Location, only on an item of the agenda and a known majority', async () => {
      expect(accounts).toMatchObject({ status: 'open', tally: null, ballots: [], majority: 'absolute' });
      const res = await syndic.request('POST', `/meetings/${meetingId}/resolutions`, {
        agendaItemId: agenda[0]!.id,
        title: 'X',
        majority: 'absolute',
      });
      expect(res.headers.location).toMatch(new RegExp(`/api/v1/meetings/${meetingId}/resolutions/[0-9a-f-]{36}$`));
      const elsewhere = await syndic.request('POST', `/meetings/${meetingId}/resolutions`, {
        agendaItemId: meetingId,
        title: 'X',
        majority: 'absolute',
      });
      expectProblem(elsewhere, 404, 'NOT_FOUND');
      const badMajority = await syndic.request('POST', `/meetings/${meetingId}/resolutions`, {
        agendaItemId: agenda[0]!.id,
        title: 'X',
        majority: 'most',
      });
      expectProblem(badMajority, 400, 'VALIDATION_FAILED');
    });

    it('takes ballots only from owners present or represented who hold votes', async () => {
      expectProblem(await vote(accounts.id, 'G', 'for'), 422, 'NOT_PRESENT');
      expectProblem(await vote(accounts.id, 'F', 'for'), 422, 'NOT_PRESENT');
      const joint = expectProblem(await vote(accounts.id, 'E', 'for'), 422, 'NO_VOTING_RIGHTS');
      expect(joint.detail).toContain('suspended');
      const foreign = await anOwner(stranger);
      const res = await syndic.request('PUT', `/meetings/${meetingId}/resolutions/${accounts.id}/votes`, {
        ownerId: foreign,
        choice: 'for',
      });
      expectProblem(res, 404, 'NOT_FOUND');
      const fr = await syndic.request(
        'PUT',
        `/meetings/${meetingId}/resolutions/${accounts.id}/votes`,
        { ownerId: owner.G, choice: 'for' },
        { 'accept-language': 'fr' },
      );
      expect(expectProblem(fr, 422, 'NOT_PRESENT').detail).toContain('présent ou représenté');
    });

    it('absolute majority: A 500 counts for 350, the votes of B and C together → 350 / 350 → rejected', async () => {
      expect((await vote(accounts.id, 'A', 'against')).statusCode).toBe(200);
      const changed = (await vote(accounts.id, 'A', 'for')).json() as Resolution;
      expect(changed.ballots).toEqual([
        expect.objectContaining({ ownerId: owner.A, choice: 'for', votes: 500, countedVotes: null }),
      ]);
      await vote(accounts.id, 'B', 'against');
      const represented = (await vote(accounts.id, 'C', 'against')).json() as Resolution;
      expect(represented.ballots.find((b) => b.ownerId === owner.C)).toMatchObject({
        votes: 150,
        proxyHolderOwnerId: owner.B,
      });
      const closed = await syndic.put<Resolution>(`/meetings/${meetingId}/resolutions/${accounts.id}/close`);
      expect(closed).toMatchObject({
        status: 'rejected',
        tally: { forVotes: 350, againstVotes: 350, abstentionVotes: 0 },
        capped: [{ ownerId: owner.A, votes: 500, countedVotes: 350 }],
        suspended: [{ unitId: unitIds[3], votes: 100 }],
      });
      expect(closed.ballots.find((b) => b.ownerId === owner.A)?.countedVotes).toBe(350);
    });

    it('a closed resolution never changes (409 RESOLUTION_CLOSED)', async () => {
      expectProblem(await vote(accounts.id, 'B', 'for'), 409, 'RESOLUTION_CLOSED');
      expectProblem(
        await syndic.request('PUT', `/meetings/${meetingId}/resolutions/${accounts.id}/close`),
        409,
        'RESOLUTION_CLOSED',
      );
    });

    it('two thirds: 350 + 200 for, C abstaining with 150 → adopted', async () => {
      await vote(facade.id, 'A', 'for');
      await vote(facade.id, 'B', 'for');
      await vote(facade.id, 'C', 'abstain');
      const closed = await syndic.put<Resolution>(`/meetings/${meetingId}/resolutions/${facade.id}/close`);
      expect(closed).toMatchObject({
        status: 'adopted',
        tally: { forVotes: 550, againstVotes: 0, abstentionVotes: 150 },
      });
    });

    it('unanimity: everyone present for, but G is absent and unit U4 suspended → 850 of 1000 → rejected', async () => {
      for (const key of ['A', 'B', 'C']) await vote(quotas.id, key, 'for');
      const closed = await syndic.put<Resolution>(`/meetings/${meetingId}/resolutions/${quotas.id}/close`);
      expect(closed).toMatchObject({
        status: 'rejected',
        tally: { forVotes: 850, againstVotes: 0, abstentionVotes: 0 },
        capped: [],
      });
    });

    it('lists the resolutions in the order proposed, readable by every role of the organization', async () => {
      const owner = await syndic.as('owner');
      const accountant = await syndic.as('accountant');
      const list = await accountant.get<List<Resolution>>(`/meetings/${meetingId}/resolutions?perPage=3`);
      expect(list.data.map((r) => r.id)).toEqual([accounts.id, facade.id, quotas.id]);
      expect(list.pagination).toMatchObject({ totalItems: 4, totalPages: 2, hasNext: true });
      // an owner without a share in the building does not see its meeting
      expect((await owner.request('GET', `/meetings/${meetingId}/resolutions`)).statusCode).toBe(404);
      expectProblem(
        await accountant.request('PUT', `/meetings/${meetingId}/resolutions/${quotas.id}/close`),
        403,
        'FORBIDDEN',
      );
    });

    it('answers 404 to another organization on every route', async () => {
      const routes: Route[] = [
        [
          'POST',
          `/meetings/${meetingId}/resolutions`,
          { agendaItemId: agenda[0]!.id, title: 'X', majority: 'absolute' },
        ],
        ['GET', `/meetings/${meetingId}/resolutions`],
        ['PUT', `/meetings/${meetingId}/resolutions/${facade.id}/votes`, { ownerId: owner.A, choice: 'for' }],
        ['PUT', `/meetings/${meetingId}/resolutions/${facade.id}/close`],
        ['GET', `/meetings/${meetingId}/minutes.pdf`],
      ];
      await expectEachRoute(stranger, routes, 404, 'NOT_FOUND');
    });

    it('gives the minutes only once the meeting is completed, naming those against and abstaining', async () => {
      expectProblem(await syndic.request('GET', `/meetings/${meetingId}/minutes.pdf`), 409, 'MINUTES_NOT_AVAILABLE');
      await syndic.put(`/meetings/${meetingId}/complete`);
      const res = await syndic.request('GET', `/meetings/${meetingId}/minutes.pdf?lang=fr`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="proces-verbal-residence-les-tilleuls-\d{4}-\d{2}-\d{2}\.pdf"$/,
      );
      const text = await pdfText(res.rawPayload);
      expect(text).toContain("Procès-verbal de l'assemblée générale ordinaire");
      // The suspended unit U4 counts in neither quorum figure: A, B and C of A, B, C and G; 850 of 900 quotas.
      expect(text).toContain('Copropriétaires présents ou représentés : 3 sur 4');
      expect(text).toContain('Quotes-parts présentes ou représentées : 850 sur 900');
      expect(text).toContain('Ont voté contre : Bruno Peeters, Chloé Dubois');
      expect(text).toContain('Se sont abstenus : Chloé Dubois');
      expect(text).toContain('Anne Lambert prend part au vote pour 350 voix au lieu de 500');
      expect(text).toContain('350 350 0');
      expect(text).toContain('550 0 150');
      expect(text).toContain('lot U4 (100 voix)');
      const nl = await syndic.request('GET', `/meetings/${meetingId}/minutes.pdf`, undefined, {
        'accept-language': 'nl',
      });
      expect(nl.headers['content-disposition']).toContain('filename="notulen-residence-les-tilleuls-');
      expect(await pdfText(nl.rawPayload)).toContain('Stemden tegen: Bruno Peeters, Chloé Dubois');
    });
  });
});
