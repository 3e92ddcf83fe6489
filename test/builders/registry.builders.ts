import { randomUUID } from 'node:crypto';
import type { Response } from 'light-my-request';
import type { TenantContext } from '../../src/shared/domain';
import { TenantSession } from '../support/tenant-session';
import { createTestApp, TestApp } from '../support/test-app';

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

/** A valid tenant of a fresh organization (unit tests). */
export const aTenant = (overrides: Partial<TenantContext> = {}): TenantContext => ({
  organizationId: randomUUID(),
  userId: randomUUID(),
  role: 'syndic',
  ...overrides,
});

export interface BuildingBody {
  name: string;
  address: string;
  city: string;
  postalCode: string;
  country?: string;
  totalUnits: number;
  totalQuota?: number;
  constructionYear?: number;
  associationBce?: string | null;
  noticeDays?: number;
}

/** POST /buildings: a Brussels building of 10 units and 1000 quotas. */
export const aCreateBuildingRequest = (overrides: Partial<BuildingBody> = {}): BuildingBody => ({
  name: `Résidence ${next()}`,
  address: 'Rue du Marché aux Herbes 61',
  city: 'Bruxelles',
  postalCode: '1000',
  totalUnits: 10,
  totalQuota: 1000,
  constructionYear: 1968,
  ...overrides,
});

/** One named invalid variant per building rule, with the field the 400 names. */
export const invalidBuildingRequests: Record<string, { body: Record<string, unknown>; field: string }> = {
  'a blank name': { body: { name: '   ' }, field: 'name' },
  'a Belgian postal code below 1000': { body: { postalCode: '0999' }, field: 'postalCode' },
  'a Belgian postal code of 5 digits': { body: { postalCode: '10000' }, field: 'postalCode' },
  'a country that is not ISO alpha-2': { body: { country: 'BEL' }, field: 'country' },
  'no units': { body: { totalUnits: 0 }, field: 'totalUnits' },
  'a zero total quota': { body: { totalQuota: 0 }, field: 'totalQuota' },
  'a construction year before 1000': { body: { constructionYear: 999 }, field: 'constructionYear' },
  'a construction year too far ahead': {
    body: { constructionYear: new Date().getUTCFullYear() + 6 },
    field: 'constructionYear',
  },
  'an association BCE number with a wrong check digit': {
    body: { associationBce: '0403.170.702' },
    field: 'associationBce',
  },
  'a string total of units': { body: { totalUnits: '10' }, field: 'totalUnits' },
  'an unknown field': { body: { organizationId: randomUUID() }, field: 'organizationId' },
};

export interface UnitBody {
  buildingId: string;
  unitNumber: string;
  type: string;
  floor?: number;
  surfaceArea: number;
  quota: number;
}

/** POST /units: an apartment of 85.5 m² with 100 quotas. */
export const aCreateUnitRequest = (buildingId: string, overrides: Partial<UnitBody> = {}): UnitBody => ({
  buildingId,
  unitNumber: `A${next()}`.slice(0, 20),
  type: 'apartment',
  floor: 1,
  surfaceArea: 85.5,
  quota: 100,
  ...overrides,
});

export const invalidUnitRequests: Record<string, { body: Record<string, unknown>; field: string }> = {
  'an unknown type': { body: { type: 'castle' }, field: 'type' },
  'a zero quota': { body: { quota: 0 }, field: 'quota' },
  'a fractional quota': { body: { quota: 10.5 }, field: 'quota' },
  'a zero surface': { body: { surfaceArea: 0 }, field: 'surfaceArea' },
  'a surface with 3 decimals': { body: { surfaceArea: 12.345 }, field: 'surfaceArea' },
  'a fractional floor': { body: { floor: 1.5 }, field: 'floor' },
  'a blank unit number': { body: { unitNumber: '  ' }, field: 'unitNumber' },
  'a building id that is not a uuid': { body: { buildingId: 'b-1' }, field: 'buildingId' },
};

export interface OwnerBody {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  address?: { street: string; postalCode: string; city: string; country?: string };
  userId?: string;
}

/** POST /owners: a person with a unique email. */
export const aCreateOwnerRequest = (overrides: Partial<OwnerBody> = {}): OwnerBody => {
  const id = next();
  return {
    firstName: 'Marie',
    lastName: `Dupont${id}`,
    email: `marie.${id}@example.be`,
    phone: '+32 2 123 45 67',
    address: { street: 'Avenue Louise 54', postalCode: '1050', city: 'Ixelles' },
    ...overrides,
  };
};

export const invalidOwnerRequests: Record<string, { body: Record<string, unknown>; field: string }> = {
  'a blank first name': { body: { firstName: ' ' }, field: 'firstName' },
  'a missing last name': { body: { lastName: undefined }, field: 'lastName' },
  'a malformed email': { body: { email: 'marie@' }, field: 'email' },
  'an email that is not Unicode text (a lone surrogate)': { body: { email: 'marie\ud800@example.be' }, field: 'email' },
  'a name holding a NUL character': { body: { lastName: 'Dupont\u0000' }, field: 'lastName' },
  'a malformed phone': { body: { phone: 'call me' }, field: 'phone' },
  'a Belgian address with a bad postal code': {
    body: { address: { street: 'Rue Haute 1', postalCode: '123', city: 'Bruxelles' } },
    field: 'address.postalCode',
  },
  'a user id that is not a uuid': { body: { userId: 'u-1' }, field: 'userId' },
};

/** POST /units/:id/owners. */
export const anAddOwnershipRequest = (ownerId: string, overrides: Record<string, unknown> = {}) => ({
  ownerId,
  share: '100',
  ...overrides,
});

/** A building with one unit per quota given, through the API. */
export async function aBuildingWithUnits(
  session: TenantSession,
  quotas: number[],
  building: Partial<BuildingBody> = {},
): Promise<{ buildingId: string; unitIds: string[] }> {
  const created = await session.post(
    '/buildings',
    aCreateBuildingRequest({ totalUnits: Math.max(quotas.length, 1), ...building }),
  );
  const unitIds: string[] = [];
  for (const [i, quota] of quotas.entries()) {
    unitIds.push((await session.post('/units', aCreateUnitRequest(created.id, { unitNumber: `U${i + 1}`, quota }))).id);
  }
  return { buildingId: created.id, unitIds };
}

/** An owner, through the API. */
export async function anOwner(session: TenantSession, overrides: Partial<OwnerBody> = {}): Promise<string> {
  return (await session.post('/owners', aCreateOwnerRequest(overrides))).id;
}

// --- Set-up and expectations shared by the registry e2e files ---

/** A page of a list answer. */
export type List<T> = { data: T[]; pagination: Record<string, unknown> };

export interface RegistryApp {
  readonly api: TestApp;
  /** A syndic of a fresh organization: the one the tests write with. */
  readonly syndic: TenantSession;
  /** A syndic of another organization: it must never see the syndic's records. */
  readonly stranger: TenantSession;
}

/** The application an e2e file of the registry runs against, with its two organizations. */
export async function startRegistryApp(): Promise<RegistryApp> {
  const api = await createTestApp();
  const syndic = await TenantSession.forNewOrganization(api.app);
  const stranger = await TenantSession.forNewOrganization(api.app);
  return { api, syndic, stranger };
}

export type Route = readonly [method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown];

/** Every route answers `status` to the session (and this problem code, when given); returns the answers. */
export async function expectEachRoute(
  session: TenantSession,
  routes: readonly Route[],
  status: number,
  code?: string,
): Promise<Response[]> {
  const answers: Response[] = [];
  for (const [method, url, body] of routes) {
    const res = await session.request(method, url, body);
    expect({ method, url, status: res.statusCode }).toEqual({ method, url, status });
    if (code) expectProblem(res, status, code);
    answers.push(res);
  }
  return answers;
}

/** The answer is a problem+json with this status and code; returns its body. */
export function expectProblem(res: Response, status: number, code: string): Record<string, unknown> {
  if (res.statusCode !== status) throw new Error(`Expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const body = res.json() as Record<string, unknown>;
  expect(body).toMatchObject({ status, code });
  return body;
}

/** A 400 VALIDATION_FAILED naming this field. */
export function expectInvalidField(res: Response, field: string): void {
  const body = expectProblem(res, 400, 'VALIDATION_FAILED');
  expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

/** Exactly one of the parallel answers has `okStatus`; the others are the expected problem. */
export function expectExactlyOneSucceeded(results: Response[], okStatus: number, status: number, code: string): void {
  const ok = results.filter((r) => r.statusCode === okStatus);
  expect({ succeeded: ok.length, statuses: results.map((r) => r.statusCode) }).toMatchObject({ succeeded: 1 });
  for (const r of results.filter((x) => x.statusCode !== okStatus)) expectProblem(r, status, code);
}
