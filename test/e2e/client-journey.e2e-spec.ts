import createClient, { Client, Middleware } from 'openapi-fetch';
import type { AddressInfo } from 'node:net';
import type { paths } from '../client/openapi';
import { OpenApiContract } from '../support/openapi-contract';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

/**
 * An integrator's journey through a running server with the client generated from the committed openapi.json
 * (`npm run client`), without a cast: if the document cannot express a call, this file does not compile. Every
 * response is checked against the document as it arrives.
 */
const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function checkedAgainst(contract: OpenApiContract): Middleware {
  return {
    async onResponse({ request, response }) {
      const url = new URL(request.url);
      const body = await response.clone().text();
      const problems = contract.violations(
        request.method,
        url.pathname + url.search,
        response.status,
        response.headers.get('content-type') ?? undefined,
        body,
      );
      if (problems.length > 0) throw new Error(`The response breaks openapi.json:\n- ${problems.join('\n- ')}`);
      return response;
    },
  };
}

describe('a client generated from openapi.json', () => {
  let api: TestApp;
  let baseUrl: string;
  const contract = OpenApiContract.committed();

  const clientFor = (token?: string): Client<paths> => {
    const client = createClient<paths>({
      baseUrl,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    client.use(checkedAgainst(contract));
    return client;
  };

  beforeAll(async () => {
    api = await createTestApp();
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(() => api.close());

  it('runs the life of a building: registry, charges, assembly, documents and PCN reports', async () => {
    // The platform superadmin opens an organization with its first syndic, who signs in.
    const superadmin = clientFor((await TenantSession.superadmin(api.app)).token);
    const password = 'a long enough passphrase 42';
    const organization = await superadmin.POST('/api/v1/organizations', {
      body: {
        name: 'Syndic Dubois & Fils',
        contactEmail: 'contact@dubois-syndic.be',
        syndic: { email: 'anne.dubois@dubois-syndic.be', password, firstName: 'Anne', lastName: 'Dubois' },
      },
    });
    expect(organization.response.status).toBe(201);
    const login = await clientFor().POST('/api/v1/auth/login', {
      body: { email: 'anne.dubois@dubois-syndic.be', password },
    });
    expect(login.data?.user.role).toBe('syndic');
    const syndic = clientFor(login.data!.accessToken);

    const building = await syndic.POST('/api/v1/buildings', {
      body: {
        name: 'Résidence Les Tilleuls',
        address: 'Rue Haute 12',
        city: 'Bruxelles',
        postalCode: '1000',
        totalUnits: 2,
      },
    });
    expect(building.response.status).toBe(201);
    const buildingId = building.data!.id;
    expect(building.response.headers.get('location')).toBe(`/api/v1/buildings/${buildingId}`);

    const start = day(-3);
    const unitA = await syndic.POST('/api/v1/units', {
      body: { buildingId, unitNumber: 'A1', type: 'apartment', surfaceArea: 82.5, quota: 600, quotaValidFrom: start },
    });
    const unitB = await syndic.POST('/api/v1/units', {
      body: { buildingId, unitNumber: 'B1', type: 'apartment', surfaceArea: 64, quota: 400, quotaValidFrom: start },
    });
    expect([unitA.data?.quota, unitB.data?.quota]).toEqual([600, 400]);

    const marie = await syndic.POST('/api/v1/owners', {
      body: {
        firstName: 'Marie',
        lastName: 'Dubois',
        email: 'marie.dubois@example.be',
        address: { street: 'Rue Haute 12', postalCode: '1000', city: 'Bruxelles' },
      },
    });
    const jan = await syndic.POST('/api/v1/owners', {
      body: { firstName: 'Jan', lastName: 'Peeters', email: 'jan.peeters@example.be' },
    });
    expect(marie.data?.address?.city).toBe('Bruxelles');
    expect(jan.data?.address).toBeNull();

    // Co-ownership: A1 is held 60/40 by Marie and Jan, B1 by Jan alone.
    const unitAId = unitA.data!.id;
    for (const [unitId, ownerId, share] of [
      [unitAId, marie.data!.id, '60'],
      [unitAId, jan.data!.id, 40],
      [unitB.data!.id, jan.data!.id, 100],
    ] as const) {
      const added = await syndic.POST('/api/v1/units/{id}/owners', {
        params: { path: { id: unitId } },
        body: { ownerId, share, startDate: start },
      });
      expect(added.response.status).toBe(201);
    }
    const owners = await syndic.GET('/api/v1/units/{id}/owners', { params: { path: { id: unitAId } } });
    expect(owners.data?.data.map((o) => o.share).sort()).toEqual(['40.0000', '60.0000']);

    // An expense of 1,000.01 € split to the cent by quota, then by share.
    const expense = await syndic.POST('/api/v1/expenses', {
      body: {
        buildingId,
        amountCents: 100_001,
        expenseDate: day(-1),
        category: 'maintenance',
        description: 'Entretien de la chaudière',
        vatRate: 21,
      },
    });
    expect(expense.data).toMatchObject({ amountCents: 100_001, vatRate: 21, status: 'pending' });
    const distribution = await syndic.GET('/api/v1/expenses/{id}/distribution', {
      params: { path: { id: expense.data!.id } },
    });
    const units = distribution.data!.units;
    expect(units.reduce((sum, unit) => sum + unit.amountCents, 0)).toBe(100_001);

    // A general assembly convened 30 days ahead, with its convocation letter.
    const meeting = await syndic.POST('/api/v1/meetings', {
      body: {
        buildingId,
        type: 'ordinary',
        title: 'Assemblée générale ordinaire 2027',
        scheduledAt: `${day(30)}T18:30:00+01:00`,
        location: 'Salle communale, Rue Haute 14, Bruxelles',
        agenda: [{ title: 'Approbation des comptes' }],
      },
    });
    expect(meeting.response.status).toBe(201);
    const letter = await syndic.GET('/api/v1/meetings/{id}/convocation.pdf', {
      params: { path: { id: meeting.data!.id }, query: { lang: 'fr' } },
      parseAs: 'arrayBuffer',
    });
    expect(letter.response.headers.get('content-type')).toContain(PDF);
    expect(Buffer.from(letter.data!).subarray(0, 5).toString()).toBe('%PDF-');

    // A document uploaded as an integrator's form would send it, then read back.
    const text = 'Procès-verbal de la réunion du conseil de copropriété.\n';
    const upload = await syndic.POST('/api/v1/documents/upload', {
      body: { buildingId, type: 'minutes', title: 'PV du conseil', visibility: 'private', file: text },
      bodySerializer: (body) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(body)) if (name !== 'file') form.append(name, String(value));
        form.append('file', new Blob([body.file], { type: 'text/plain' }), 'pv.txt');
        return form;
      },
    });
    expect(upload.response.status).toBe(201);
    const documentId = upload.data!.id;
    const download = await syndic.GET('/api/v1/documents/{id}', {
      params: { path: { id: documentId } },
      parseAs: 'text',
    });
    expect(download.data).toBe(text);
    const etag = download.response.headers.get('etag')!;
    const again = await syndic.GET('/api/v1/documents/{id}', {
      params: { path: { id: documentId }, header: { 'if-none-match': etag } },
      parseAs: 'text',
    });
    expect(again.response.status).toBe(304);

    // The PCN report of the year, as JSON, PDF and Excel.
    const period = { from: `${day(-1).slice(0, 4)}-01-01`, to: `${day(-1).slice(0, 4)}-12-31` };
    const report = await syndic.GET('/api/v1/pcn/{buildingId}', {
      params: { path: { buildingId }, query: period },
    });
    expect(report.data?.totalCents).toBe(100_001);
    const pdf = await syndic.GET('/api/v1/pcn/export/pdf/{buildingId}', {
      params: { path: { buildingId }, query: { ...period, lang: 'nl' } },
      parseAs: 'arrayBuffer',
    });
    expect(pdf.response.headers.get('content-type')).toContain(PDF);
    const excel = await syndic.GET('/api/v1/pcn/export/excel/{buildingId}', {
      params: { path: { buildingId }, query: period, header: { 'accept-language': 'en' } },
      parseAs: 'arrayBuffer',
    });
    expect(excel.response.headers.get('content-type')).toContain(XLSX);
    expect(Buffer.from(excel.data!).subarray(0, 2).toString()).toBe('PK');
  });
});
