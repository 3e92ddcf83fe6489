import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ApiInteger } from '../../../../shared/http/api-property.decorators';

export class ReserveMinimumQuery {
  /** The year whose minimum is asked (from the ordinary charges of the year before). */
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  @ApiInteger({ minimum: 1900, maximum: 2200, example: 2026 })
  year!: number;
}
