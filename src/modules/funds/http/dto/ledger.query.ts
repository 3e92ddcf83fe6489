import { PeriodQuery } from '../../../../shared/http/period.query';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

export class LedgerQuery extends PeriodQuery {
  /** The building whose books are read. */
  @IsUUID()
  @ApiId()
  buildingId!: string;
}

export class ArrearsQuery {
  /** The day the arrears are counted on, YYYY-MM-DD; today (Brussels) by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  asOf?: string;
}
