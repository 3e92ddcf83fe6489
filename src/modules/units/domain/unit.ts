import { InvalidUnit, QuotaExceeded, UnitHasOwnerships, UnitLimitReached } from './unit.errors';

export const UNIT_TYPES = ['apartment', 'commercial', 'parking', 'cellar', 'other'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** What a unit write may use of its building, read under the building row's lock. */
export interface BuildingCapacity {
  readonly totalQuota: number;
  readonly totalUnits: number;
  /** Sum of the quotas of the building's units, and their number, before this write. */
  readonly allocatedQuota: number;
  readonly unitCount: number;
}

export interface UnitDetailsInput {
  readonly unitNumber: string;
  readonly type: UnitType;
  readonly floor?: number | null;
  /** m², up to 2 decimals. */
  readonly surfaceArea: number;
  readonly quota: number;
}

export interface UnitSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly buildingId: string;
  readonly unitNumber: string;
  readonly type: UnitType;
  readonly floor: number | null;
  /** Hundredths of m², exact. */
  readonly surfaceAreaHundredths: number;
  readonly quota: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

type Details = Pick<UnitSnapshot, 'unitNumber' | 'type' | 'floor' | 'surfaceAreaHundredths' | 'quota'>;

/** A lot / kavel: a private part of a building and its quota of the common parts. */
export class Unit {
  private constructor(private state: UnitSnapshot) {}

  /** A new unit must fit the building: one more unit than it has, and its quota within what is left. */
  static create(
    input: UnitDetailsInput & { id: string; organizationId: string; buildingId: string },
    capacity: BuildingCapacity,
    now: Date,
  ): Unit {
    const details = checkedDetails(input);
    if (capacity.unitCount + 1 > capacity.totalUnits) throw new UnitLimitReached(capacity.totalUnits);
    assertQuotaFits(capacity.allocatedQuota + details.quota, capacity);
    return new Unit({
      id: input.id,
      organizationId: input.organizationId,
      buildingId: input.buildingId,
      ...details,
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(snapshot: UnitSnapshot): Unit {
    return new Unit({ ...snapshot });
  }

  /** Replaces the editable fields (not the building); a larger quota must still fit the building. */
  revise(input: UnitDetailsInput, capacity: BuildingCapacity, now: Date): void {
    const details = checkedDetails(input);
    if (details.quota > this.state.quota)
      assertQuotaFits(capacity.allocatedQuota - this.state.quota + details.quota, capacity);
    this.state = { ...this.state, ...details, updatedAt: now };
  }

  /** Deleting a unit that has (or had) owners would lose the ownership history. */
  assertRemovable(ownershipCount: number): void {
    if (ownershipCount > 0) throw new UnitHasOwnerships();
  }

  toSnapshot(): Readonly<UnitSnapshot> {
    return { ...this.state };
  }
}

function assertQuotaFits(wouldBe: number, capacity: BuildingCapacity): void {
  if (wouldBe > capacity.totalQuota) throw new QuotaExceeded(wouldBe, capacity.totalQuota);
}

function checkedDetails(input: UnitDetailsInput): Details {
  const unitNumber = input.unitNumber.trim().replace(/\s+/g, ' ');
  if (!unitNumber || unitNumber.length > 20) throw new InvalidUnit('unitNumber', 'must have 1 to 20 characters');
  if (!UNIT_TYPES.includes(input.type)) throw new InvalidUnit('type', `must be one of ${UNIT_TYPES.join(', ')}`);
  const floor = input.floor ?? null;
  if (floor !== null && (!Number.isInteger(floor) || Math.abs(floor) > 1000))
    throw new InvalidUnit('floor', 'must be an integer');
  if (!Number.isInteger(input.quota) || input.quota <= 0) throw new InvalidUnit('quota', 'must be a positive integer');
  const hundredths = Math.round(input.surfaceArea * 100);
  if (!(hundredths > 0) || Math.abs(hundredths - input.surfaceArea * 100) > 1e-6 || hundredths > 9_999_999_999) {
    throw new InvalidUnit('surfaceArea', 'must be above 0 m² with at most 2 decimals');
  }
  return { unitNumber, type: input.type, floor, surfaceAreaHundredths: hundredths, quota: input.quota };
}
