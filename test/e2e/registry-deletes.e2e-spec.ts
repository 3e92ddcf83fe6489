import { aPdf, anUploadFields, multipartBody } from '../builders/documents.builders';
import { aCreateExpenseRequest } from '../builders/expenses.builders';
import { aBuildingWithUnits, aCreateBuildingRequest, anOwner, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deleting a building or a unit that other contexts' records depend on answers 409 (never 500) and leaves
 * everything in place; once those records are gone, the delete goes through.
 */
describe('deletes refused while records depend on a building or a unit', () => {
  let api: TestApp;
  let syndic: TenantSession;

  beforeAll(async () => {
    api = await createTestApp();
    syndic = await TenantSession.forNewOrganization(api.app);
  });
  afterAll(() => api.close());

  const aBuilding = async () => (await syndic.post('/buildings', aCreateBuildingRequest())).id;
  const deleteBuilding = (id: string, headers: Record<string, string> = {}) =>
    syndic.request('DELETE', `/buildings/${id}`, undefined, headers);
  const anExpense = async (buildingId: string) =>
    (await syndic.post('/expenses', aCreateExpenseRequest(buildingId, { expenseDate: '2026-02-01' }))).id;

  async function expectStillThere(buildingId: string): Promise<void> {
    expect((await syndic.request('GET', `/buildings/${buildingId}`)).statusCode).toBe(200);
  }

  it('deletes a building without units or records (204)', async () => {
    const building = await aBuilding();
    expect((await deleteBuilding(building)).statusCode).toBe(204);
    expect((await syndic.request('GET', `/buildings/${building}`)).statusCode).toBe(404);
  });

  it('refuses to delete a building with an expense, cancelled or not (409 BUILDING_HAS_EXPENSES)', async () => {
    const building = await aBuilding();
    const expense = await anExpense(building);
    expectProblem(await deleteBuilding(building), 409, 'BUILDING_HAS_EXPENSES');
    expect((await syndic.request('PUT', `/expenses/${expense}/cancel`)).statusCode).toBe(200);
    const refused = expectProblem(
      await deleteBuilding(building, { 'accept-language': 'fr' }),
      409,
      'BUILDING_HAS_EXPENSES',
    );
    expect(refused.detail).toBe("L'immeuble a des dépenses (historique comptable) : il ne peut pas être supprimé");
    await expectStillThere(building);
    expect((await syndic.request('GET', `/expenses/${expense}`)).statusCode).toBe(200);
  });

  it('refuses to delete a building with a meeting (409 BUILDING_HAS_MEETINGS), and deletes it once the meeting is gone', async () => {
    const building = await aBuilding();
    const meeting = await syndic.post('/meetings', {
      buildingId: building,
      type: 'ordinary',
      title: 'Assemblée générale ordinaire',
      scheduledAt: new Date(Date.now() + 30 * DAY).toISOString(),
      location: 'Salle communale',
    });
    expectProblem(await deleteBuilding(building), 409, 'BUILDING_HAS_MEETINGS');
    await expectStillThere(building);
    expect((await syndic.request('GET', `/meetings/${meeting.id}`)).statusCode).toBe(200);

    expect((await syndic.request('DELETE', `/meetings/${meeting.id}`)).statusCode).toBe(204);
    expect((await deleteBuilding(building)).statusCode).toBe(204);
  });

  it('refuses to delete a building with a document (409 BUILDING_HAS_DOCUMENTS), and deletes it once the document is gone', async () => {
    const building = await aBuilding();
    const body = multipartBody(anUploadFields(building), { fileName: 'pv.pdf', content: aPdf() });
    const uploaded = await syndic.request('POST', '/documents/upload', body.payload, body.headers);
    expect(uploaded.statusCode).toBe(201);
    const document = (uploaded.json() as { id: string }).id;
    expectProblem(await deleteBuilding(building), 409, 'BUILDING_HAS_DOCUMENTS');
    await expectStillThere(building);
    expect((await syndic.request('GET', `/documents/${document}/metadata`)).statusCode).toBe(200);

    expect((await syndic.request('DELETE', `/documents/${document}`)).statusCode).toBe(204);
    expect((await deleteBuilding(building)).statusCode).toBe(204);
  });

  it('refuses to delete a unit of a building with an expense that is not cancelled (409 UNIT_HAS_CHARGES)', async () => {
    const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [600, 400]);
    const expense = await anExpense(buildingId);
    // Nobody owns the units: the split itself is refused (422), but the units it would reach must stay.
    const before = await syndic.get(`/expenses/${expense}`);

    expectProblem(await syndic.request('DELETE', `/units/${unitIds[0]}`), 409, 'UNIT_HAS_CHARGES');
    expect((await syndic.request('GET', `/units/${unitIds[0]}`)).statusCode).toBe(200);
    expect(await syndic.get(`/expenses/${expense}`)).toEqual(before);

    // A cancelled expense is distributed to nobody: the units may go.
    expect((await syndic.request('PUT', `/expenses/${expense}/cancel`)).statusCode).toBe(200);
    expect((await syndic.request('DELETE', `/units/${unitIds[0]}`)).statusCode).toBe(204);
  });

  it('refuses to delete a unit named by a distribution key (409 UNIT_HAS_CHARGES), and deletes it once the key is gone', async () => {
    const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [600, 400]);
    const key = await syndic.post<{ id: string }>(`/buildings/${buildingId}/keys`, {
      name: 'Ascenseur',
      weights: [{ unitId: unitIds[1], weight: 1 }],
    });
    expectProblem(await syndic.request('DELETE', `/units/${unitIds[1]}`), 409, 'UNIT_HAS_CHARGES');
    expect((await syndic.request('DELETE', `/buildings/${buildingId}/keys/${key.id}`)).statusCode).toBe(204);
    expect((await syndic.request('DELETE', `/units/${unitIds[1]}`)).statusCode).toBe(204);
  });

  it('refuses to delete a unit that carried votes at an opened assembly (409 UNIT_HAS_ASSEMBLY_RECORDS)', async () => {
    // U1 is owned; U2 has no owner yet, so nothing but the assembly's record of its (suspended) votes keeps it.
    const { buildingId, unitIds } = await aBuildingWithUnits(syndic, [600, 400]);
    const owner = await anOwner(syndic);
    expect((await syndic.request('PUT', `/units/${unitIds[0]}/assign-owner/${owner}`)).statusCode).toBe(200);
    const meeting = await syndic.post<{ id: string }>('/meetings', {
      buildingId,
      type: 'ordinary',
      title: 'Assemblée générale ordinaire',
      scheduledAt: new Date(Date.now() + 30 * DAY).toISOString(),
      location: 'Salle communale',
    });
    expect((await syndic.request('POST', `/meetings/${meeting.id}/dispatches`, {})).statusCode).toBe(201);
    const attendance = { entries: [{ ownerId: owner, status: 'present' }] };
    expect((await syndic.request('PUT', `/meetings/${meeting.id}/attendance`, attendance)).statusCode).toBe(200);
    expect((await syndic.request('PUT', `/meetings/${meeting.id}/open`, {})).statusCode).toBe(200);

    const refused = expectProblem(
      await syndic.request('DELETE', `/units/${unitIds[1]}`, undefined, { 'accept-language': 'nl' }),
      409,
      'UNIT_HAS_ASSEMBLY_RECORDS',
    );
    expect(refused.detail).toContain('algemene vergadering');
    expect((await syndic.request('GET', `/units/${unitIds[1]}`)).statusCode).toBe(200);
  });
});
