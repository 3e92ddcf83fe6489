import { IsOptional } from 'class-validator';
import { ApiDay } from './api-property.decorators';
import { IsCalendarDate, IsNotBefore } from './validation';

/** A period of calendar days, both ends inclusive and optional: `?from=&to=` on every dated list and statement. */
export class PeriodQuery {
  /** First day of the period, YYYY-MM-DD, inclusive; open when absent. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  from?: string;

  /** Last day of the period, YYYY-MM-DD, inclusive; not before from; open when absent. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  @ApiDay({ required: false })
  to?: string;
}
