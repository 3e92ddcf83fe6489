import { aCreateBuildingRequest, aCreateUnitRequest, anOwner, expectProblem, List } from '../builders/registry.builders';
import { pdfText } from '../support/pdf-reading';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';
import { brusselsDate } from '@shared/domain';

// A whole general assembly of a building like the demo's Résidence Les Marolles, through HTTP only: the first assembly
// fails for want of quorum, the second convocation deliberates, three resolutions are voted with the vote cap of
// Civil Code art. 3.87 §6, and the minutes name who voted against and who abstained, in French and in Dutch.

const DAY_MS = 86_400_000;
// The application's today is the Brussels day (an hour or two ahead of UTC's around midnight).
const today = () => brusselsDate(new Date());
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

interface Meeting {
  id: string;
  status: string;
  isSecondConvocation: boolean;
  firstMeetingId: string | null;
  agenda: Array<{ id: string; title: string }>;
  quorum: { owners: unknown; quotas: unknown; branch: string | null; reached: boolean } | null;
}
interface Resolution {
  id: string;
  status: string;
  majority: string;
  tally: { forVotes: number; againstVotes: number; abstentionVotes: number } | null;
  ballots: Array<{ ownerId: string; choice: string; votes: number; proxyHolderName: string | null }>;
  capped?: Array<{ ownerId: string; votes: number; countedVotes: number }>;
  suspended?: unknown[];
}

describe('a general assembly from the first convocation to its minutes, through HTTP only', () => {
  let api: TestApp;
  let syndic: TenantSession;
  /** Élise: A1, A2 and P1 (530); Thomas: A0 (180); Fatima: A3 (200); Pieter: C1 (90). 1,000 quotas. */
  const owner: Record<'elise' | 'thomas' | 'fatima' | 'pieter', string> = {
    elise: '',
    thomas: '',
    fatima: '',
    pieter: '',
  };
  let buildingId: string;
  /** 30 days from now; the second assembly 21 days later. */
  const firstDay = plusDays(today(), 30);
  const secondDay = plusDays(firstDay, 21);

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    const building = await syndic.post<{ id: string }>(
      '/buildings',
      aCreateBuildingRequest({ name: 'Résidence Les Marolles', address: 'Rue Haute 112', totalUnits: 6 }),
    );
    buildingId = building.id;
    const units: Array<[string, string, number, number, number]> = [
      ['A0', 'commercial', 0, 95.5, 180],
      ['A1', 'apartment', 1, 78.25, 220],
      ['A2', 'apartment', 2, 78.25, 220],
      ['A3', 'apartment', 3, 64, 200],
      ['P1', 'parking', -1, 12.5, 90],
      ['C1', 'cellar', -1, 8, 90],
    ];
    const unitId: Record<string, string> = {};
    for (const [unitNumber, type, floor, surfaceArea, quota] of units) {
      unitId[unitNumber] = (
        await syndic.post<{ id: string }>(
          '/units',
          aCreateUnitRequest(buildingId, { unitNumber, type, floor, surfaceArea, quota }),
        )
      ).id;
    }
    owner.elise = await anOwner(syndic, {
      firstName: 'Élise',
      lastName: 'Vermeulen',
      email: 'elise.vermeulen@example.be',
    });
    owner.thomas = await anOwner(syndic, {
      firstName: 'Thomas',
      lastName: 'Vermeulen',
      email: 'thomas.vermeulen@example.be',
    });
    owner.fatima = await anOwner(syndic, {
      firstName: 'Fatima',
      lastName: 'El Amrani',
      email: 'fatima.elamrani@example.be',
    });
    owner.pieter = await anOwner(syndic, { firstName: 'Pieter', lastName: 'De Smet', email: 'pieter.desmet@example.be' });
    const holdings: Array<[string, string]> = [
      ['A1', owner.elise],
      ['A2', owner.elise],
      ['P1', owner.elise],
      ['A0', owner.thomas],
      ['A3', owner.fatima],
      ['C1', owner.pieter],
    ];
    for (const [unitNumber, ownerId] of holdings) {
      await syndic.post(`/units/${unitId[unitNumber]}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
    }
  });
  afterAll(() => api.close());

  let first: Meeting;
  let second: Meeting;
  const resolutions: Record<'accounts' | 'lift' | 'quotas', Resolution> = {} as never;

  it('convokes every owner of the first assembly, records an attendance without quorum and opens it: no_quorum', async () => {
    first = await syndic.post<Meeting>('/meetings', {
      buildingId,
      type: 'ordinary',
      title: 'Assemblée générale ordinaire 2026',
      scheduledAt: `${firstDay}T17:00:00Z`,
      location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
      agenda: [
        { title: 'Approbation des comptes 2025', titleNl: 'Goedkeuring van de rekeningen 2025' },
        { title: "Rénovation de l'ascenseur", titleNl: 'Renovatie van de lift' },
        { title: 'Nouvelle répartition des quotes-parts', titleNl: 'Nieuwe verdeling van de aandelen' },
      ],
    });
    const dispatches = await syndic.post<{ data: Array<{ ownerId: string; sentOn: string }> }>(
      `/meetings/${first.id}/dispatches`,
      {},
    );
    expect(dispatches.data.map((d) => d.ownerId).sort()).toEqual(Object.values(owner).sort());
    expect(new Set(dispatches.data.map((d) => d.sentOn))).toEqual(new Set([today()]));
    expect((await syndic.get<Meeting>(`/meetings/${first.id}`)).status).toBe('convened');

    // Thomas comes and holds Pieter's proxy: 2 of 4 co-owners, 270 of 1,000 quotas.
    await syndic.put(`/meetings/${first.id}/attendance`, {
      entries: [
        { ownerId: owner.thomas, status: 'present' },
        { ownerId: owner.pieter, status: 'represented', proxyHolder: { ownerId: owner.thomas } },
      ],
    });
    expect(await syndic.get(`/meetings/${first.id}/quorum`)).toMatchObject({
      owners: { counted: 2, total: 4 },
      quotas: { counted: 270, total: 1000 },
      branch: null,
      reached: false,
      frozen: false,
    });
    const opened = await syndic.put<Meeting>(`/meetings/${first.id}/open`, { chair: 'Thomas Vermeulen' });
    expect(opened).toMatchObject({
      status: 'no_quorum',
      quorum: { owners: { counted: 2, total: 4 }, quotas: { counted: 270, total: 1000 }, branch: null, reached: false },
    });
    const refused = await syndic.request('POST', `/meetings/${first.id}/resolutions`, {
      agendaItemId: first.agenda[0]!.id,
      title: 'Les comptes 2025 sont approuvés',
      majority: 'absolute',
    });
    expectProblem(refused, 409, 'MEETING_NOT_IN_SESSION');
  });

  it('convokes the second assembly on the same agenda, 21 days later, and opens it in session', async () => {
    second = await syndic.post<Meeting>(`/meetings/${first.id}/second-convocation`, {
      scheduledAt: `${secondDay}T17:00:00Z`,
      location: 'Salle communale, Rue Haute 1, 1000 Bruxelles',
    });
    expect(second).toMatchObject({ status: 'scheduled', isSecondConvocation: true, firstMeetingId: first.id });
    expect(second.agenda.map((item) => item.title)).toEqual(first.agenda.map((item) => item.title));

    const sentOn = plusDays(firstDay, 1);
    const dispatches = await syndic.post<{ data: Array<{ sentOn: string }> }>(`/meetings/${second.id}/dispatches`, {
      sentOn,
    });
    expect(dispatches.data).toHaveLength(4);
    expect(dispatches.data.every((d) => d.sentOn === sentOn)).toBe(true);

    // Élise and Fatima come; Thomas gives his proxy to Marie Lejeune, who is not a co-owner; Pieter stays away.
    const attendance = await syndic.put<{ data: unknown[] }>(`/meetings/${second.id}/attendance`, {
      entries: [
        { ownerId: owner.elise, status: 'present' },
        { ownerId: owner.thomas, status: 'represented', proxyHolder: { name: 'Marie Lejeune' } },
        { ownerId: owner.fatima, status: 'present' },
        { ownerId: owner.pieter, status: 'absent' },
      ],
    });
    expect(attendance.data).toContainEqual({
      ownerId: owner.thomas,
      status: 'represented',
      proxyHolder: { ownerId: null, name: 'Marie Lejeune' },
    });
    const opened = await syndic.put<Meeting>(`/meetings/${second.id}/open`, {
      chair: 'Élise Vermeulen',
      secretary: 'Fatima El Amrani',
    });
    expect(opened).toMatchObject({
      status: 'in_session',
      quorum: { owners: { counted: 3, total: 4 }, quotas: { counted: 910, total: 1000 }, reached: true },
    });
  });

  const vote = (resolution: Resolution, ownerId: string, choice: 'for' | 'against' | 'abstain') =>
    syndic.put<Resolution>(`/meetings/${second.id}/resolutions/${resolution.id}/votes`, { ownerId, choice });
  const close = (resolution: Resolution) =>
    syndic.put<Resolution>(`/meetings/${second.id}/resolutions/${resolution.id}/close`);

  it('puts three resolutions to the vote with an absolute, a two-thirds and a unanimity majority', async () => {
    const propose = (index: number, title: string, majority: string) =>
      syndic.post<Resolution>(`/meetings/${second.id}/resolutions`, {
        agendaItemId: second.agenda[index]!.id,
        title,
        majority,
      });
    resolutions.accounts = await propose(0, 'Les comptes 2025 sont approuvés', 'absolute');
    resolutions.lift = await propose(1, "Travaux de l'ascenseur selon le devis Schindler", 'two_thirds');
    resolutions.quotas = await propose(2, 'Les quotes-parts sont revues', 'unanimity');
    expect(Object.values(resolutions).map((r) => [r.majority, r.status, r.tally])).toEqual([
      ['absolute', 'open', null],
      ['two_thirds', 'open', null],
      ['unanimity', 'open', null],
    ]);
    expectProblem(
      await syndic.request('PUT', `/meetings/${second.id}/resolutions/${resolutions.accounts.id}/votes`, {
        ownerId: owner.pieter,
        choice: 'for',
      }),
      422,
      'NOT_PRESENT',
    );
  });

  it('absolute: Élise counts for 380 instead of 530 (the others present hold 380); 380 for, 180 against → adopted', async () => {
    await vote(resolutions.accounts, owner.elise, 'for');
    const proxied = await vote(resolutions.accounts, owner.thomas, 'against');
    expect(proxied.ballots.find((b) => b.ownerId === owner.thomas)).toMatchObject({
      votes: 180,
      proxyHolderName: 'Marie Lejeune',
    });
    await vote(resolutions.accounts, owner.fatima, 'abstain');
    expect(await close(resolutions.accounts)).toMatchObject({
      status: 'adopted',
      tally: { forVotes: 380, againstVotes: 180, abstentionVotes: 200 },
      capped: [{ ownerId: owner.elise, votes: 530, countedVotes: 380 }],
      suspended: [],
    });
  });

  it('two thirds: 380 + 180 for, 200 against: 560 of 760 cast → adopted', async () => {
    await vote(resolutions.lift, owner.elise, 'for');
    await vote(resolutions.lift, owner.thomas, 'for');
    await vote(resolutions.lift, owner.fatima, 'against');
    expect(await close(resolutions.lift)).toMatchObject({
      status: 'adopted',
      tally: { forVotes: 560, againstVotes: 200, abstentionVotes: 0 },
      capped: [{ ownerId: owner.elise, votes: 530, countedVotes: 380 }],
    });
  });

  it('unanimity: everyone present for, uncapped, but Pieter (90) is absent → 910 of 1,000 → rejected', async () => {
    for (const ownerId of [owner.elise, owner.thomas, owner.fatima]) await vote(resolutions.quotas, ownerId, 'for');
    expect(await close(resolutions.quotas)).toMatchObject({
      status: 'rejected',
      tally: { forVotes: 910, againstVotes: 0, abstentionVotes: 0 },
      capped: [],
    });
    const list = await syndic.get<List<Resolution>>(`/meetings/${second.id}/resolutions`);
    expect(list.data.map((r) => [r.id, r.status])).toEqual([
      [resolutions.accounts.id, 'adopted'],
      [resolutions.lift.id, 'adopted'],
      [resolutions.quotas.id, 'rejected'],
    ]);
  });

  it('completes the assembly and gives its minutes in French and Dutch, naming who voted against and who abstained', async () => {
    expectProblem(await syndic.request('GET', `/meetings/${second.id}/minutes.pdf`), 409, 'MINUTES_NOT_AVAILABLE');
    expect((await syndic.put<Meeting>(`/meetings/${second.id}/complete`)).status).toBe('completed');

    const fr = await syndic.request('GET', `/meetings/${second.id}/minutes.pdf?lang=fr`);
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['content-type']).toBe('application/pdf');
    expect(fr.headers['content-disposition']).toBe(
      `attachment; filename="proces-verbal-residence-les-marolles-${secondDay}.pdf"`,
    );
    const text = await pdfText(fr.rawPayload);
    expect(text).toContain('Copropriétaires présents ou représentés : 3 sur 4');
    expect(text).toContain('Quotes-parts présentes ou représentées : 910 sur 1000');
    expect(text).toContain('Thomas Vermeulen représenté(e) Marie Lejeune 180');
    expect(text).toContain('380 180 200');
    expect(text).toContain('Ont voté contre : Thomas Vermeulen');
    expect(text).toContain('Se sont abstenus : Fatima El Amrani');
    expect(text).toContain('560 200 0');
    expect(text).toContain('Ont voté contre : Fatima El Amrani');
    expect(text).toContain('910 0 0');
    expect(text).toContain('Élise Vermeulen prend part au vote pour 380 voix au lieu de 530');
    expect(text).not.toContain('Pieter De Smet présent');

    const nl = await syndic.request('GET', `/meetings/${second.id}/minutes.pdf?lang=nl`);
    expect(nl.headers['content-disposition']).toBe(
      `attachment; filename="notulen-residence-les-marolles-${secondDay}.pdf"`,
    );
    const nlText = await pdfText(nl.rawPayload);
    expect(nlText).toContain('Renovatie van de lift');
    expect(nlText).toContain('Stemden tegen: Thomas Vermeulen');
    expect(nlText).toContain('Onthielden zich: Fatima El Amrani');
    expect(nlText).toContain('Stemden tegen: Fatima El Amrani');
  });
});
