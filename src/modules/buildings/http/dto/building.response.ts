import type { BuildingSnapshot } from '../../domain/building';

export class BuildingResponse {
  id!: string;
  name!: string;
  address!: string;
  city!: string;
  postalCode!: string;
  /** ISO 3166-1 alpha-2. */
  country!: string;
  totalUnits!: number;
  totalQuota!: number;
  constructionYear!: number | null;
  /** Units recorded so far. */
  unitCount!: number;
  /** Sum of the quotas of the recorded units; never above totalQuota. */
  allocatedQuota!: number;
  /** The books are closed up to this day inclusive (YYYY-MM-DD), or null while never closed. */
  closedUntil!: string | null;
  createdAt!: string;
  updatedAt!: string;

  static from(s: BuildingSnapshot): BuildingResponse {
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
      unitCount: s.unitCount,
      allocatedQuota: s.allocatedQuota,
      closedUntil: s.closedUntil,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
