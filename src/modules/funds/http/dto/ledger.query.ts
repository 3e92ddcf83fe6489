import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';

export class LedgerQuery {
  /** The building whose books are read. */
  @IsUUID()
  buildingId!: string;

  /** First day of the lines, inclusive; what came before is the opening balance. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Last day, inclusive; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string;
}

export class ArrearsQuery {
  /** The day the arrears are counted on; today by default. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
