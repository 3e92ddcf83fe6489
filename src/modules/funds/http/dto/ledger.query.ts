import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

export class LedgerQuery {
  /** The building whose books are read. */
  @IsUUID()
  @ApiId()
  buildingId!: string;

  /** First day of the lines, YYYY-MM-DD, inclusive; what came before is the opening balance. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  from?: string;

  /** Last day, YYYY-MM-DD, inclusive; not before from; today (Brussels) by default. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  @ApiDay({ required: false })
  to?: string;
}

export class ArrearsQuery {
  /** The day the arrears are counted on, YYYY-MM-DD; today (Brussels) by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  asOf?: string;
}
