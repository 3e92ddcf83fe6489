import { CalendarDate, collapseSpaces, normalizeEnterpriseNumber, PostalAddress } from '../../../shared/domain';
import {
  BuildingHasUnits,
  InvalidBuilding,
  InvalidPostalAddress,
  TotalQuotaBelowAllocated,
  TotalUnitsBelowCount,
} from './building.errors';

export const DEFAULT_TOTAL_QUOTA = 1000;
/** Civil Code art. 3.87 §3: 15 days at least; the internal rules may ask up to MAX_NOTICE_DAYS. */
export const DEFAULT_NOTICE_DAYS = 15;
export const MAX_NOTICE_DAYS = 90;

/** The editable fields, as a syndic types them (country and totalQuota have defaults). */
export interface BuildingDetailsInput {
  readonly name: string;
  readonly address: string;
  readonly city: string;
  readonly postalCode: string;
  readonly country?: string | null;
  readonly totalUnits: number;
  readonly totalQuota?: number | null;
  readonly constructionYear?: number | null;
  /** Enterprise number (BCE/KBO) of the association of co-owners, printed on its letters and reports. */
  readonly associationBce?: string | null;
  /** The notice delay of the internal rules, in days (15 to 90; default and legal floor 15, art. 3.87 §3). */
  readonly noticeDays?: number | null;
}

export interface BuildingSnapshot {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly address: string;
  readonly city: string;
  readonly postalCode: string;
  readonly country: string;
  readonly totalUnits: number;
  readonly totalQuota: number;
  readonly constructionYear: number | null;
  /** "0850.123.440", or null while not recorded. */
  readonly associationBce: string | null;
  /** Convocations leave at least max(15, noticeDays) days before an assembly (art. 3.87 §3). */
  readonly noticeDays: number;
  /**
   * Units recorded in the building, and the largest sum of their quotas on any date (kept by the database on every
   * unit and quota write): the total may not drop below it.
   */
  readonly unitCount: number;
  readonly allocatedQuota: number;
  /** The books are closed up to this day inclusive (the last closing), or null while never closed. */
  readonly closedUntil: CalendarDate | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A building as read on a day: its snapshot, its lots and the quotas its units hold that day. */
export interface BuildingView extends BuildingSnapshot {
  /** Units other than parkings, garages and cellars (LOT_RULES). */
  readonly lotCount: number;
  readonly quotaAllocatedOnDay: number;
}

type Details = Pick<
  BuildingSnapshot,
  | 'name'
  | 'address'
  | 'city'
  | 'postalCode'
  | 'country'
  | 'totalUnits'
  | 'totalQuota'
  | 'constructionYear'
  | 'associationBce'
  | 'noticeDays'
>;

/** A co-ownership (ACP / VME): its address and how many units and quotas its deed of division defines. */
export class Building {
  private constructor(private state: BuildingSnapshot) {}

  static create(input: BuildingDetailsInput & { id: string; organizationId: string }, now: Date): Building {
    const details = checkedDetails(input, now);
    return new Building({
      id: input.id,
      organizationId: input.organizationId,
      ...details,
      unitCount: 0,
      allocatedQuota: 0,
      closedUntil: null,
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(snapshot: BuildingSnapshot): Building {
    return new Building({ ...snapshot });
  }

  /** Replaces the editable fields; the totals may not drop below what the units already use. */
  revise(input: BuildingDetailsInput, now: Date): void {
    const details = checkedDetails(input, now);
    if (details.totalQuota < this.state.allocatedQuota) {
      throw new TotalQuotaBelowAllocated(details.totalQuota, this.state.allocatedQuota);
    }
    if (details.totalUnits < this.state.unitCount)
      throw new TotalUnitsBelowCount(details.totalUnits, this.state.unitCount);
    this.state = { ...this.state, ...details, updatedAt: now };
  }

  /** Deleting a building with units would lose them. */
  assertRemovable(): void {
    if (this.state.unitCount > 0) throw new BuildingHasUnits(this.state.unitCount);
  }

  toSnapshot(): Readonly<BuildingSnapshot> {
    return { ...this.state };
  }
}

function checkedDetails(input: BuildingDetailsInput, now: Date): Details {
  const name = collapseSpaces(input.name);
  if (!name || name.length > 255) throw new InvalidBuilding('name', 'must have 1 to 255 characters');
  const totalQuota = input.totalQuota ?? DEFAULT_TOTAL_QUOTA;
  if (!isPositiveInteger(input.totalUnits)) throw new InvalidBuilding('totalUnits', 'must be a positive integer');
  if (!isPositiveInteger(totalQuota)) throw new InvalidBuilding('totalQuota', 'must be a positive integer');
  const year = input.constructionYear ?? null;
  const latest = now.getUTCFullYear() + 5;
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > latest)) {
    throw new InvalidBuilding('constructionYear', `must be from 1000 to ${latest}`);
  }
  const bce = input.associationBce ?? null;
  const associationBce = bce === null ? null : normalizeEnterpriseNumber(bce);
  if (bce !== null && associationBce === null) {
    throw new InvalidBuilding('associationBce', 'must be a BCE/KBO number with a valid check (mod 97)');
  }
  const noticeDays = input.noticeDays ?? DEFAULT_NOTICE_DAYS;
  if (!Number.isInteger(noticeDays) || noticeDays < DEFAULT_NOTICE_DAYS || noticeDays > MAX_NOTICE_DAYS) {
    throw new InvalidBuilding(
      'noticeDays',
      `must be a whole number of days from ${DEFAULT_NOTICE_DAYS} to ${MAX_NOTICE_DAYS}`,
    );
  }
  return {
    name,
    ...addressOf(input),
    totalUnits: input.totalUnits,
    totalQuota,
    constructionYear: year,
    associationBce,
    noticeDays,
  };
}

/** The building's `address` field is the street of its postal address. */
function addressOf(input: BuildingDetailsInput): Pick<Details, 'address' | 'city' | 'postalCode' | 'country'> {
  const { street, city, postalCode, country } = PostalAddress.of(
    { street: input.address, city: input.city, postalCode: input.postalCode, country: input.country },
    (field, value) => new InvalidPostalAddress(field === 'street' ? 'address' : field, value),
  ).toSnapshot();
  return { address: street, city, postalCode, country };
}

const isPositiveInteger = (value: number): boolean => Number.isInteger(value) && value > 0 && value <= 2_147_483_647;
