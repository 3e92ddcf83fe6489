import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class ReserveMinimumQuery {
  /** The year whose minimum is asked (from the ordinary charges of the year before). */
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year!: number;
}
