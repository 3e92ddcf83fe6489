import type { FundSnapshot, FundView } from './fund';

/** The funds of a building; `insert` refuses a second fund of the same name (DUPLICATE_FUND_NAME). */
export abstract class FundRepository {
  abstract insert(fund: FundSnapshot): Promise<void>;
  /** With what was called and paid into each; by kind then name. */
  abstract listByBuilding(organizationId: string, buildingId: string): Promise<FundView[]>;
  abstract findById(organizationId: string, buildingId: string, id: string): Promise<FundSnapshot | null>;
  /** Several funds by id, in one read (letters). */
  abstract findByIds(organizationId: string, ids: readonly string[]): Promise<FundSnapshot[]>;
  /** Sets (or, with null, removes) the building's late-interest rate; 404 for an unknown building. */
  abstract setLateInterest(organizationId: string, buildingId: string, setting: LateInterestSetting): Promise<void>;
}

/** Late interest the statutes or the assembly set (domain.md "Money"); none by default. */
export interface LateInterestSetting {
  /** Basis points a year (800 = 8 %), simple interest per day late; null: none. */
  readonly annualRateBp: number | null;
  /** The statutes' article or the assembly decision that set it. */
  readonly decisionRef: string | null;
}
