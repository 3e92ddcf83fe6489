import type { FundSnapshot, FundView } from './fund';

/** The funds of a building; `insert` refuses a second fund of the same name (DUPLICATE_FUND_NAME). */
export abstract class FundRepository {
  abstract insert(fund: FundSnapshot): Promise<void>;
  /** With what was called and paid into each; by kind then name. */
  abstract listByBuilding(organizationId: string, buildingId: string): Promise<FundView[]>;
  abstract findById(organizationId: string, buildingId: string, id: string): Promise<FundSnapshot | null>;
  /** Several funds by id, in one read (letters). */
  abstract findByIds(organizationId: string, ids: readonly string[]): Promise<FundSnapshot[]>;
}
