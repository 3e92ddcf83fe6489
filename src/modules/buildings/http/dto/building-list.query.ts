import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { Collapse } from '../../../../shared/http/validation';
import { BUILDING_SORTS, BuildingSort } from '../../domain/building.repository';

export class BuildingListQuery extends PageQuery {
  /** Sort field; name by default. */
  @IsOptional()
  @IsIn(BUILDING_SORTS)
  sort?: BuildingSort;

  /** Only buildings in this city (exact, case-insensitive). */
  @IsOptional()
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city?: string;
}
