import type { SortOrder } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import type { NewUnitDetails, UnitDetailsInput, UnitType } from '../domain/unit';
import type { UnitSort } from '../domain/unit.repository';

export type UnitInput = UnitDetailsInput;
export type NewUnitInput = NewUnitDetails & { readonly buildingId: string };

export interface QuotaChangeInput {
  readonly quota: number;
  readonly validFrom: CalendarDate;
  /** The deed or the assembly decision (unanimity) the change comes from. */
  readonly decisionRef?: string | null;
}

export interface PageInput {
  readonly page: number;
  readonly perPage: number;
}

export interface UnitListInput extends PageInput {
  readonly sort?: UnitSort;
  readonly order?: SortOrder;
  readonly buildingId?: string;
  readonly type?: UnitType;
}

export interface AddOwnershipInput {
  readonly ownerId: string;
  /** A percentage: "60", "33.3333" or 60.5. */
  readonly share: string | number;
  /** Today (Belgian time) by default. */
  readonly startDate?: CalendarDate;
  readonly isPrimaryContact?: boolean;
}

export interface TransferInput {
  readonly fromOwnerId: string;
  readonly toOwnerId: string;
  readonly date: CalendarDate;
}

/** A unit with the shares active on a day: what charge distribution needs. Shares are exact. */
export interface UnitForDistribution {
  readonly unitId: string;
  readonly unitNumber: string;
  readonly quota: number;
  readonly owners: ReadonlyArray<{
    readonly ownerId: string;
    /** "60.0000" */
    readonly share: string;
    /** 600000: ten-thousandths of a percent, for exact integer arithmetic. */
    readonly shareTenThousandths: number;
  }>;
}
