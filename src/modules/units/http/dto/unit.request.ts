import { OmitType } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Collapse, HasAtMostDecimals, IsCalendarDate } from '../../../../shared/http/validation';
import { UNIT_TYPES, UnitType } from '../../domain/unit';
import { ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

/** The body of POST /units. */
export class CreateUnitRequest {
  /** The building; it cannot change afterwards. */
  @IsUUID()
  @ApiId()
  buildingId!: string;

  /**
   * Unique in the building (case-insensitive), e.g. "A1.2".
   * @example "A1.2"
   */
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  unitNumber!: string;

  /** @example "apartment" */
  @IsIn(UNIT_TYPES)
  type!: UnitType;

  /** May be negative (basements). */
  @IsOptional()
  @IsInt()
  @Min(-1000)
  @Max(1000)
  @ApiInteger({ required: false, example: 1 })
  floor?: number;

  /**
   * m², from 0.01, at most 2 decimals.
   * @example 84.5
   */
  @HasAtMostDecimals(2)
  @Min(0.01)
  @Max(99_999_999.99)
  surfaceArea!: number;

  /** Share of the common parts (tantièmes), a positive integer; all units together stay within the building's total. */
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  @ApiInteger({ example: 420 })
  quota!: number;

  /**
   * The day the first quota holds from (YYYY-MM-DD). Absent: the unit has existed since the deed, and its quota holds
   * for every earlier date too.
   */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  quotaValidFrom?: string;
}

/**
 * The body of PUT /units/:id: every editable field (the building does not change). A different quota corrects the
 * quota in force today as recorded (a typing error); a change decided from a date on is POST /units/:id/quotas.
 */
export class UpdateUnitRequest extends OmitType(CreateUnitRequest, ['buildingId', 'quotaValidFrom'] as const) {}
