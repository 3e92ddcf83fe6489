import type { UnitSnapshot, UnitType } from '../../domain/unit';
import { ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class UnitResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /** @example "A1.2" */
  unitNumber!: string;
  /** @example "apartment" */
  type!: UnitType;
  @ApiInteger({ nullable: true, example: 1 })
  floor!: number | null;
  /**
   * m², 2 decimals.
   * @example 84.5
   */
  surfaceArea!: number;
  /** The quota valid today (its history: GET /units/:id/quotas); null while its first quota starts later. */
  @ApiInteger({ nullable: true, example: 420 })
  quota!: number | null;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
  updatedAt!: string;

  static from(s: UnitSnapshot): UnitResponse {
    return {
      id: s.id,
      buildingId: s.buildingId,
      unitNumber: s.unitNumber,
      type: s.type,
      floor: s.floor,
      surfaceArea: Number((s.surfaceAreaHundredths / 100).toFixed(2)),
      quota: s.quota,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}
