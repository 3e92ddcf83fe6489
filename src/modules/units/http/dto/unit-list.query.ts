import { OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { UNIT_TYPES, UnitType } from '../../domain/unit';
import { UNIT_SORTS, UnitSort } from '../../domain/unit.repository';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class UnitListQuery extends PageQuery {
  /** Sort field; unitNumber (plain string order) by default. */
  @IsOptional()
  @IsIn(UNIT_SORTS)
  sort?: UnitSort;

  /** Only the units of this building. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  buildingId?: string;

  /** Only units of this type. */
  @IsOptional()
  @IsIn(UNIT_TYPES)
  type?: UnitType;
}

/** GET /buildings/:id/units: the building comes from the path. */
export class BuildingUnitListQuery extends OmitType(UnitListQuery, ['buildingId'] as const) {}
