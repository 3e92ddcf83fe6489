import type { OwnershipView } from '../../application/ownerships.service';
import { formatShare } from '../../../../shared/domain';
import type { UnitType } from '../../domain/unit';
import type { OwnershipSnapshot } from '../../domain/unit-ownerships';
import type { HeldUnit } from '../../domain/unit.repository';
import { ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

export class OwnershipResponse {
  @ApiId()
  id!: string;
  @ApiId()
  unitId!: string;
  @ApiId()
  ownerId!: string;
  /**
   * Owner's names, in lists.
   * @example "Sophie"
   */
  firstName?: string | null;
  /** @example "Peeters" */
  lastName?: string | null;
  /**
   * Percentage with 4 decimals, e.g. "60.0000".
   * @example "60.0000"
   */
  share!: string;
  @ApiDay()
  startDate!: string;
  /** First day without the share; null while it lasts. */
  @ApiDay({ nullable: true })
  endDate!: string | null;
  /** @example true */
  isPrimaryContact!: boolean;

  static from(o: OwnershipSnapshot | OwnershipView): OwnershipResponse {
    const names = 'firstName' in o ? { firstName: o.firstName, lastName: o.lastName } : {};
    return {
      id: o.id,
      unitId: o.unitId,
      ownerId: o.ownerId,
      ...names,
      share: formatShare(o.shareTenThousandths),
      startDate: o.startDate,
      endDate: o.endDate,
      isPrimaryContact: o.isPrimaryContact,
    };
  }
}

/** A unit an owner holds a share of, with that share. */
export class HeldUnitResponse {
  @ApiId()
  unitId!: string;
  @ApiId()
  buildingId!: string;
  /** @example "A1.2" */
  unitNumber!: string;
  /** @example "apartment" */
  type!: UnitType;
  /** The quota on the day read (null when the unit has none yet that day). */
  @ApiInteger({ nullable: true, example: 420 })
  quota!: number | null;
  @ApiId()
  ownershipId!: string;
  /**
   * Percentage with 4 decimals.
   * @example "60.0000"
   */
  share!: string;
  @ApiDay()
  startDate!: string;
  @ApiDay({ nullable: true })
  endDate!: string | null;
  /** @example true */
  isPrimaryContact!: boolean;

  static from({ unit, ownership }: HeldUnit): HeldUnitResponse {
    return {
      unitId: unit.id,
      buildingId: unit.buildingId,
      unitNumber: unit.unitNumber,
      type: unit.type,
      quota: unit.quota,
      ownershipId: ownership.id,
      share: formatShare(ownership.shareTenThousandths),
      startDate: ownership.startDate,
      endDate: ownership.endDate,
      isPrimaryContact: ownership.isPrimaryContact,
    };
  }
}
