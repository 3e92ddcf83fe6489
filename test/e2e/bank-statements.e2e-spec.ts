import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'light-my-request';
import { multipartBody } from '../builders/documents.builders';
import { aMovement, aStatement, ogmOf, writeCamt053, writeCoda } from '../builders/bank-statement-files';
import { aBuildingWithUnits, anOwner, expectProblem } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { platformQuery, TenantSession } from '../support/tenant-session';
import { sql } from '../../src/shared/persistence/sql';

type Json = Record<string, unknown> & { id: string };
type Page = { data: Json[]; pagination: Record<string, number | boolean> };

const FIXTURES = join(__dirname, '../fixtures/bank-statements');
const sample = (name: string) => readFileSync(join(FIXTURES, name));

const upload = (
  session: TenantSession,
  buildingId: string,
  content: Buffer,
  fileName = 'statement',
): Promise<Response> => {
  const body = multipartBody({}, { fileName, content, contentType: 'application/octet-stream' });
  return session.request('POST', `/buildings/${buildingId}/bank-statements`, body.payload, body.headers);
};

async function storedCounts(api: TestApp, organizationId: string): Promise<{ statements: number; movements: number }> {
  const [row] = await platformQuery<{ statements: number; movements: number }>(
    api.app,
    sql`SELECT (SELECT count(*)::int FROM bank_statements WHERE organization_id = ${organizationId}) AS statements,
               (SELECT count(*)::int FROM bank_movements WHERE organization_id = ${organizationId}) AS movements`,
  );
  return row!;
}

describe('bank statements', () => {
  let api: TestApp;
  let syndic: TenantSession;
  let other: TenantSession;
  let buildingId: string;

  beforeAll(async () => {
    api = await createTestApp();
    [syndic, other] = await Promise.all([
      TenantSession.forNewOrganization(api.app),
      TenantSession.forNewOrganization(api.app),
    ]);
    ({ buildingId } = await aBuildingWithUnits(syndic, [500, 500]));
  });
  afterAll(() => api.close());

  it('imports the sample CODA day → 201 with its balances and three unmatched movements, then lists them', async () => {
    const res = await upload(syndic, buildingId, sample('coda-2026-03-03.cod'), 'CODA_20260303.cod');
    expect(res.statusCode).toBe(201);
    const statement = res.json() as Json;
    expect(res.headers.location).toBe(`/api/v1/buildings/${buildingId}/bank-statements/${statement.id}`);
    expect(statement).toMatchObject({
      buildingId,
      format: 'coda',
      account: 'BE68539007547034',
      statementNumber: '042',
      openingCents: 1_250_000,
      closingCents: 1_257_188,
      closingDate: '2026-03-03',
      movements: 3,
      matched: 0,
      unmatched: 3,
      alreadyImported: false,
    });
    expect(await syndic.get(`/buildings/${buildingId}/bank-statements/${statement.id}`)).toMatchObject({
      id: statement.id,
      movements: 3,
    });
    const queue = await syndic.get<Page>(
      `/bank-movements?buildingId=${buildingId}&status=unmatched&sort=amountCents&order=asc`,
    );
    expect(queue.data.map((m) => [m.amountCents, m.ogm, m.counterpartyName])).toEqual([
      [-35_000, null, 'NETCLEAN SRL'],
      [14_063, '+++042/0007/00108+++', 'DUPONT MARIE'],
      [28_125, '+++000/0012/34526+++', 'JANSSENS PIETER'],
    ]);
    expect(queue.data[1]).toMatchObject({
      status: 'unmatched',
      bookingDate: '2026-03-03',
      counterpartyIban: 'BE46063123456789',
    });
  });

  it('answers 200 with the statement kept and alreadyImported when the same file comes again, storing nothing', async () => {
    const before = await storedCounts(api, syndic.organizationId);
    const first = await upload(syndic, buildingId, sample('camt053-2026-03-04.xml'));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      format: 'camt053',
      statementNumber: '43',
      movements: 3,
      alreadyImported: false,
    });
    const again = await upload(syndic, buildingId, sample('camt053-2026-03-04.xml'));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ ...(first.json() as Json), alreadyImported: true });
    expect(await storedCounts(api, syndic.organizationId)).toEqual({
      statements: before.statements + 1,
      movements: before.movements + 3,
    });
    const list = await syndic.get<Page>(`/buildings/${buildingId}/bank-statements`);
    expect(list.data.map((s) => s.closingDate)).toEqual(['2026-03-04', '2026-03-03']);
  });

  it('recognises the same day sent as CAMT.053 after its CODA: already imported', async () => {
    const day = aStatement({
      closingDate: '2026-05-02',
      movements: [aMovement({ ogm: ogmOf(77) }), aMovement({ amountCents: -990 })],
    });
    expect((await upload(syndic, buildingId, Buffer.from(writeCoda(day)))).statusCode).toBe(201);
    const camt = await upload(syndic, buildingId, Buffer.from(writeCamt053(day, '08')));
    expect(camt.statusCode).toBe(200);
    expect(camt.json()).toMatchObject({ format: 'coda', alreadyImported: true });
  });

  it.each(['coda-unbalanced.cod', 'camt053-unbalanced.xml'])(
    'refuses %s: 422 STATEMENT_UNBALANCED with the figures, nothing stored',
    async (file) => {
      const before = await storedCounts(api, syndic.organizationId);
      const res = await upload(syndic, buildingId, sample(file));
      const problem = expectProblem(res, 422, 'STATEMENT_UNBALANCED');
      expect(problem.detail).toMatch(/closing balance/);
      expect(await storedCounts(api, syndic.organizationId)).toEqual(before);
    },
  );

  it('answers in French and Dutch', async () => {
    const body = multipartBody({}, { fileName: 'x.cod', content: sample('coda-unbalanced.cod') });
    const res = await syndic.request('POST', `/buildings/${buildingId}/bank-statements`, body.payload, {
      ...body.headers,
      'accept-language': 'nl-BE',
    });
    expect(expectProblem(res, 422, 'STATEMENT_UNBALANCED').detail).toContain('eindsaldo 1257189');
  });

  it('refuses a file that is no statement (415), a broken one (400) and a body that is not multipart (415)', async () => {
    expectProblem(await upload(syndic, buildingId, sample('not-a-statement.txt')), 415, 'STATEMENT_FORMAT_UNKNOWN');
    expectProblem(await upload(syndic, buildingId, Buffer.from('%PDF-1.7\n')), 415, 'STATEMENT_FORMAT_UNKNOWN');
    const broken = sample('coda-2026-03-03.cod').toString('latin1').replace('\r\n21', '\r\n2X');
    expectProblem(await upload(syndic, buildingId, Buffer.from(broken, 'latin1')), 400, 'STATEMENT_MALFORMED');
    const laughs = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><Document>&a;</Document>';
    expectProblem(await upload(syndic, buildingId, Buffer.from(laughs)), 400, 'STATEMENT_MALFORMED');
    const json = await syndic.request('POST', `/buildings/${buildingId}/bank-statements`, { file: 'x' });
    expectProblem(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const noFile = multipartBody({ note: 'nothing' });
    const empty = await syndic.request(
      'POST',
      `/buildings/${buildingId}/bank-statements`,
      noFile.payload,
      noFile.headers,
    );
    expectProblem(empty, 400, 'VALIDATION_FAILED');
  });

  it('refuses a file holding two statements (422 STATEMENT_FILE_HAS_SEVERAL)', async () => {
    const first = aStatement({ closingDate: '2026-06-01' });
    const second = aStatement({ closingDate: '2026-06-02', openingCents: first.closingCents });
    const res = await upload(syndic, buildingId, Buffer.from(writeCoda(first) + writeCoda(second)));
    expectProblem(res, 422, 'STATEMENT_FILE_HAS_SEVERAL');
  });

  describe('roles and organizations', () => {
    it('lets the accountant import and the board read, but not import', async () => {
      const [accountant, board] = await Promise.all([syndic.as('accountant'), syndic.as('board_member')]);
      const day = aStatement({ closingDate: '2026-07-01', movements: [aMovement()] });
      expect((await upload(accountant, buildingId, Buffer.from(writeCoda(day)))).statusCode).toBe(201);
      expectProblem(
        await upload(board, buildingId, Buffer.from(writeCoda({ ...day, closingDate: '2026-07-02' }))),
        403,
        'FORBIDDEN',
      );
      expect((await board.get<Page>(`/buildings/${buildingId}/bank-statements`)).data.length).toBeGreaterThan(0);
      expect((await board.get<Page>(`/bank-movements?status=unmatched`)).data.length).toBeGreaterThan(0);
    });

    it('gives an owner nothing (403), even for reading', async () => {
      const owner = await syndic.as('owner');
      expectProblem(await upload(owner, buildingId, sample('coda-2026-03-03.cod')), 403, 'FORBIDDEN');
      expectProblem(await owner.request('GET', `/buildings/${buildingId}/bank-statements`), 403, 'FORBIDDEN');
      expectProblem(await owner.request('GET', '/bank-movements'), 403, 'FORBIDDEN');
    });

    it("answers 404 for another organization's building and statements, and shows it none of their movements", async () => {
      const before = await storedCounts(api, other.organizationId);
      expectProblem(await upload(other, buildingId, sample('coda-2026-03-03.cod')), 404, 'NOT_FOUND');
      expect(await storedCounts(api, other.organizationId)).toEqual(before);
      expectProblem(await other.request('GET', `/buildings/${buildingId}/bank-statements`), 404, 'NOT_FOUND');
      const [statement] = (await syndic.get<Page>(`/buildings/${buildingId}/bank-statements`)).data;
      expectProblem(
        await other.request('GET', `/buildings/${buildingId}/bank-statements/${statement!.id}`),
        404,
        'NOT_FOUND',
      );
      expectProblem(await other.request('GET', `/bank-movements?buildingId=${buildingId}`), 404, 'NOT_FOUND');
      expect((await other.get<Page>('/bank-movements')).data).toEqual([]);
    });

    it('lets another organization import the same file for its own building: statements are kept per organization', async () => {
      const { buildingId: theirs } = await aBuildingWithUnits(other, [1000]);
      expect((await upload(other, theirs, sample('coda-2026-03-03.cod'))).statusCode).toBe(201);
    });
  });

  describe("matching credits to owners' payments", () => {
    type Item = { id: string; ownerId: string; amountCents: number; ogm: string };
    type Ledger = { lines: Array<{ date: string; kind: string; creditCents: number }>; closingBalanceCents: number };
    type Movement = Json & { amountCents: number; status: string; paymentId: string | null };
    const DAY = '2026-09-15';
    let building: string;
    let [aerts, bogaert] = ['', ''];
    let items: Item[];
    let movements: Movement[];
    const ledgerOf = (owner: string) =>
      syndic.get<Ledger>(`/owners/${owner}/ledger?buildingId=${building}&to=2026-12-31`);
    const movementOf = (cents: number) => movements.find((m) => m.amountCents === cents)!;
    const match = (session: TenantSession, id: string, ownerId: string) =>
      session.request('PUT', `/bank-movements/${id}/match`, { ownerId });

    beforeAll(async () => {
      let unitIds: string[];
      ({ buildingId: building, unitIds } = await aBuildingWithUnits(syndic, [500, 500]));
      aerts = await anOwner(syndic, { lastName: 'Aerts' });
      bogaert = await anOwner(syndic, { lastName: 'Bogaert' });
      for (const [i, owner] of [aerts, bogaert].entries()) {
        await syndic.post(`/units/${unitIds[i]}/owners`, { ownerId: owner, share: '100', startDate: '2020-01-01' });
      }
      const fund = await syndic.post(`/buildings/${building}/funds`, {
        kind: 'working_capital',
        name: 'Fonds de roulement',
        iban: 'BE68 5390 0754 7034',
      });
      const call = await syndic.post<{ items: Item[] }>('/calls', {
        buildingId: building,
        fundId: fund.id,
        title: 'Provisions T3 2026',
        amountCents: 100_000,
        callDate: '2026-07-01',
        dueDate: '2026-07-31',
      });
      items = call.items;
    });

    it("turns a credit whose OGM names a call item into that owner's payment on import; the rest waits unmatched", async () => {
      const aertsItem = items.find((i) => i.ownerId === aerts)!;
      const day = aStatement({
        closingDate: DAY,
        movements: [
          aMovement({
            bankReference: 'R1',
            bookingDate: DAY,
            amountCents: 50_000,
            ogm: aertsItem.ogm.replace(/\D/g, ''),
          }),
          aMovement({ bankReference: 'R2', bookingDate: DAY, amountCents: 20_000, counterpartyName: 'BOGAERT' }),
          aMovement({ bankReference: 'R3', bookingDate: DAY, amountCents: 7_700, ogm: ogmOf(77) }),
          aMovement({ bankReference: 'R4', bookingDate: DAY, amountCents: -990 }),
        ],
      });
      const res = await upload(syndic, building, Buffer.from(writeCoda(day)));
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ movements: 4, matched: 1, unmatched: 3 });
      movements = (await syndic.get<{ data: Movement[] }>(`/bank-movements?buildingId=${building}`)).data;
      expect(movementOf(50_000)).toMatchObject({ status: 'matched', ogm: aertsItem.ogm });
      expect(movements.filter((m) => m.status === 'unmatched').map((m) => m.paymentId)).toEqual([null, null, null]);

      const payment = await syndic.get<{ ownerId: string; allocations: unknown[] }>(
        `/payments/${movementOf(50_000).paymentId}`,
      );
      expect(payment).toMatchObject({
        ownerId: aerts,
        amountCents: 50_000,
        paidOn: DAY,
        allocations: [{ callItemId: aertsItem.id, amountCents: 50_000 }],
      });
      const ledger = await ledgerOf(aerts);
      expect(ledger.lines.map((l) => [l.date, l.kind, l.creditCents])).toEqual([
        ['2026-07-01', 'call', 0],
        [DAY, 'payment', 50_000],
      ]);
      expect(ledger.closingBalanceCents).toBe(0);
    });

    it("matches an unmatched credit to an owner by hand: the owner's oldest due item, once", async () => {
      const accountant = await syndic.as('accountant');
      const credit = movementOf(20_000);
      const res = await match(accountant, credit.id, bogaert);
      expect(res.statusCode).toBe(200);
      const matched = res.json() as Movement;
      expect(matched).toMatchObject({ id: credit.id, status: 'matched' });
      expect(await syndic.get(`/payments/${matched.paymentId}`)).toMatchObject({
        ownerId: bogaert,
        amountCents: 20_000,
        allocations: [{ callItemId: items.find((i) => i.ownerId === bogaert)!.id, amountCents: 20_000 }],
      });
      const ledger = await ledgerOf(bogaert);
      expect(ledger.lines.map((l) => [l.date, l.kind, l.creditCents])).toEqual([
        ['2026-07-01', 'call', 0],
        [DAY, 'payment', 20_000],
      ]);
      expect(ledger.closingBalanceCents).toBe(30_000);

      expectProblem(await match(syndic, credit.id, aerts), 409, 'MOVEMENT_ALREADY_MATCHED');
      expect((await ledgerOf(aerts)).lines).toHaveLength(2);
      expect(await syndic.get(`/buildings/${building}/bank-statements/${credit.statementId}`)).toMatchObject({
        matched: 2,
        unmatched: 2,
      });
    });

    it('refuses a debit (422), a bad owner id (400), a board member (403), and another organization (404)', async () => {
      const debit = movementOf(-990);
      expectProblem(await match(syndic, debit.id, bogaert), 422, 'MOVEMENT_NOT_A_CREDIT');
      expectProblem(await match(syndic, debit.id, 'nope'), 400, 'VALIDATION_FAILED');
      const unmatched = movementOf(7_700);
      expectProblem(await match(await syndic.as('board_member'), unmatched.id, bogaert), 403, 'FORBIDDEN');
      const theirOwner = await anOwner(other);
      expectProblem(await match(other, unmatched.id, theirOwner), 404, 'NOT_FOUND');
      expectProblem(await match(syndic, unmatched.id, theirOwner), 404, 'NOT_FOUND');
      const after = (await syndic.get<{ data: Movement[] }>(`/bank-movements?buildingId=${building}`)).data;
      expect(after.find((m) => m.id === unmatched.id)).toMatchObject({ status: 'unmatched', paymentId: null });
      expect(after.find((m) => m.id === debit.id)).toMatchObject({ status: 'unmatched' });
    });
  });

  it('checks its query: an unknown status or a bad building id → 400', async () => {
    expectProblem(await syndic.request('GET', '/bank-movements?status=lost'), 400, 'VALIDATION_FAILED');
    expectProblem(await syndic.request('GET', '/bank-movements?buildingId=nope'), 400, 'VALIDATION_FAILED');
  });
});
