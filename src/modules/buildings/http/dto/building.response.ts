import type { BuildingView } from '../../domain/building';
import { AccountingMode, lotRegime } from '../../domain/lots';
import { ApiDay, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class BuildingResponse {
  @ApiId()
  id!: string;
  /** @example "Résidence Les Érables" */
  name!: string;
  /** @example "Rue du Marché aux Herbes 61" */
  address!: string;
  /** @example "Bruxelles" */
  city!: string;
  /** @example "1000" */
  postalCode!: string;
  /**
   * ISO 3166-1 alpha-2.
   * @example "BE"
   */
  country!: string;
  @ApiInteger({ example: 24 })
  totalUnits!: number;
  @ApiInteger({ example: 10000 })
  totalQuota!: number;
  @ApiInteger({ nullable: true, example: 1968 })
  constructionYear!: number | null;
  /**
   * Enterprise number (BCE/KBO) of the association of co-owners, "0850.123.440", or null while not recorded.
   * @example "0850.123.440"
   */
  associationBce!: string | null;
  /**
   * Days of notice the internal rules ask for a general assembly (15 to 90; the law's floor is 15, art. 3.87 §3).
   * @example 15
   */
  noticeDays!: number;
  /** Units recorded so far. */
  @ApiInteger({ example: 24 })
  unitCount!: number;
  /** Sum of the quotas the units hold today; on no date above totalQuota. */
  @ApiInteger({ example: 10000 })
  allocatedQuota!: number;
  /** The books are closed up to this day inclusive (YYYY-MM-DD), or null while never closed. */
  @ApiDay({ nullable: true })
  closedUntil!: string | null;
  /** Lots: units other than parkings, garages and cellars (art. 3.90 Civil Code). */
  @ApiInteger({ example: 18 })
  lotCount!: number;
  /**
   * A board of co-owners is mandatory from 20 lots (art. 3.90 Civil Code).
   * @example false
   */
  boardRequired!: boolean;
  /**
   * `full` double-entry accounts from 20 lots, else `simplified` accounts are allowed (RD 12 July 2012).
   * @example "simplified"
   */
  accountingMode!: AccountingMode;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(s: BuildingView): BuildingResponse {
    const regime = lotRegime(s.lotCount);
    return {
      id: s.id,
      name: s.name,
      address: s.address,
      city: s.city,
      postalCode: s.postalCode,
      country: s.country,
      totalUnits: s.totalUnits,
      totalQuota: s.totalQuota,
      constructionYear: s.constructionYear,
      associationBce: s.associationBce,
      noticeDays: s.noticeDays,
      unitCount: s.unitCount,
      allocatedQuota: s.quotaAllocatedOnDay,
      lotCount: regime.lotCount,
      boardRequired: regime.boardRequired,
      accountingMode: regime.accountingMode,
      closedUntil: s.closedUntil,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
