import { aBuildingWithUnits, anOwner, expectProblem } from '../builders/registry.builders';
import { pdfPageTexts, pdfQrCodes } from '../support/pdf-reading';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

type CallItem = { id: string; ownerId: string; amountCents: number; ogm: string };
type Call = { id: string; items: CallItem[] };

/** The 12 digits the EPC QR code carries for +++ddd/dddd/ddddd+++. */
const digits = (ogm: string): string => ogm.replace(/\D/g, '');

describe('payment letters', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let other: TenantSession;
  let buildingId: string;
  let call: Call;
  let anne: string;
  let bart: string;
  const IBAN = 'BE68539007547034';

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
    other = await TenantSession.forNewOrganization(api.app);
    // 562.50 over quotas 250 / 250 / 500: 140.63 / 140.62 / 281.25 (domain.md "Money"); Bart holds U2 and U3.
    const building = await aBuildingWithUnits(syndic, [250, 250, 500], { name: 'Résidence Les Érables' });
    buildingId = building.buildingId;
    anne = await anOwner(syndic, { firstName: 'Anne', lastName: 'Dupont' });
    bart = await anOwner(syndic, {
      firstName: 'Bart',
      lastName: 'Peeters',
      address: { street: 'Meir 12', postalCode: '2000', city: 'Antwerpen' },
    });
    const [u1, u2, u3] = building.unitIds as [string, string, string];
    for (const [unitId, ownerId] of [
      [u1, anne],
      [u2, bart],
      [u3, bart],
    ]) {
      await syndic.post(`/units/${unitId}/owners`, { ownerId, share: '100', startDate: '2020-01-01' });
    }
    const fund = await syndic.post(`/buildings/${buildingId}/funds`, {
      kind: 'working_capital',
      name: 'Fonds de roulement',
      iban: 'BE68 5390 0754 7034',
    });
    call = await syndic.post<Call>('/calls', {
      buildingId,
      fundId: fund.id,
      title: 'Provisions T1 2026',
      amountCents: 56250,
      callDate: '2026-01-02',
      dueDate: '2026-01-31',
    });
  });
  afterAll(() => api.close());

  const itemOf = (ownerId: string): CallItem => call.items.find((item) => item.ownerId === ownerId)!;

  it('prints one French page per owner whose QR code carries the same amount, IBAN and OGM', async () => {
    const res = await syndic.request('GET', `/calls/${call.id}/letters.pdf?lang=fr`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="appel-de-fonds-residence-les-erables-2026-01-02.pdf"',
    );
    const pdf = res.rawPayload;
    const pages = await pdfPageTexts(pdf);
    expect(pages).toHaveLength(2);
    const [anneText, bartText] = pages as [string, string];
    expect(anneText).toContain('Appel de fonds');
    expect(anneText).toContain('Anne Dupont');
    expect(anneText).toContain('Provisions T1 2026');
    expect(anneText).toContain('140,63 €');
    expect(anneText).toContain('31/01/2026');
    expect(anneText).toContain('BE68 5390 0754 7034');
    expect(anneText).toContain(itemOf(anne).ogm);
    expect(bartText).toContain('Bart Peeters Meir 12 2000 Antwerpen');
    expect(bartText).toContain('421,87 €');
    expect(bartText).toContain('U2, U3');
    const codes = await pdfQrCodes(pdf);
    expect(codes.map((page) => page.map((code) => code.text.split('\n').slice(5)))).toEqual([
      [['ACP Résidence Les Érables', IBAN, 'EUR140.63', '', digits(itemOf(anne).ogm)]],
      [['ACP Résidence Les Érables', IBAN, 'EUR421.87', '', digits(itemOf(bart).ogm)]],
    ]);
  });

  it('writes the Dutch letters with a Dutch file name', async () => {
    const res = await syndic.request('GET', `/calls/${call.id}/letters.pdf`, undefined, { 'accept-language': 'nl' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="oproep-residence-les-erables-2026-01-02.pdf"',
    );
    const [first] = await pdfPageTexts(res.rawPayload);
    expect(first).toContain('Oproep tot betaling');
    expect(first).toContain('Gestructureerde mededeling:');
  });

  it('sends reminders to the owners in arrears only, each overdue item with its QR code', async () => {
    await syndic.post('/payments', {
      buildingId,
      amountCents: 14063,
      paidOn: '2026-01-20',
      ogm: itemOf(anne).ogm,
    });
    const res = await syndic.request('POST', `/buildings/${buildingId}/reminders?lang=fr`, { asOf: '2026-02-15' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="rappels-residence-les-erables-2026-02-15.pdf"',
    );
    const pages = await pdfPageTexts(res.rawPayload);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Rappel de paiement');
    expect(pages[0]).toContain('Bart Peeters');
    expect(pages[0]).not.toContain('Anne Dupont');
    expect(pages[0]).toContain('Total dû 421,87 €');
    expect(pages[0]).toContain(itemOf(bart).ogm);
    const codes = await pdfQrCodes(res.rawPayload);
    expect(codes).toEqual([
      [
        {
          text: `BCD\n002\n1\nSCT\n\nACP Résidence Les Érables\n${IBAN}\nEUR421.87\n\n${digits(itemOf(bart).ogm)}`,
          ecLevel: 'M',
        },
      ],
    ]);
  });

  it('refuses with 422 NO_ARREARS when nobody is in arrears on that day, in the caller’s language', async () => {
    const res = await syndic.request('POST', `/buildings/${buildingId}/reminders`, { asOf: '2026-01-15' });
    expect(expectProblem(res, 422, 'NO_ARREARS').detail).toBe(
      'No owner is in arrears on 2026-01-15: there is no reminder to send',
    );
    const fr = await syndic.request(
      'POST',
      `/buildings/${buildingId}/reminders`,
      { asOf: '2026-01-15' },
      { 'accept-language': 'fr-BE' },
    );
    expect(expectProblem(fr, 422, 'NO_ARREARS').detail).toBe(
      'Aucun copropriétaire n’est en retard de paiement le 2026-01-15 : il n’y a aucun rappel à envoyer',
    );
  });

  it('refuses a malformed date and an unknown language with 400', async () => {
    const bad = await syndic.request('POST', `/buildings/${buildingId}/reminders`, { asOf: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    const lang = await syndic.request('GET', `/calls/${call.id}/letters.pdf?lang=de`);
    expect(lang.statusCode).toBe(400);
  });

  it("answers 404 for another organization's call and building", async () => {
    expect((await other.request('GET', `/calls/${call.id}/letters.pdf`)).statusCode).toBe(404);
    const res = await other.request('POST', `/buildings/${buildingId}/reminders`, { asOf: '2026-02-15' });
    expect(res.statusCode).toBe(404);
  });

  it('lets the board read the letters, and only the syndic and the accountant send reminders', async () => {
    const [board, owner, accountant] = await Promise.all([
      syndic.as('board_member'),
      syndic.as('owner'),
      syndic.as('accountant'),
    ]);
    expect((await board.request('GET', `/calls/${call.id}/letters.pdf`)).statusCode).toBe(200);
    expect((await owner.request('GET', `/calls/${call.id}/letters.pdf`)).statusCode).toBe(403);
    const body = { asOf: '2026-02-15' };
    expect((await board.request('POST', `/buildings/${buildingId}/reminders`, body)).statusCode).toBe(403);
    expect((await accountant.request('POST', `/buildings/${buildingId}/reminders`, body)).statusCode).toBe(200);
  });
});
