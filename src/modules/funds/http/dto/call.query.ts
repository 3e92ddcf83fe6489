import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import { CALL_SORTS, type CallSort } from '../../domain/call';
import { CALL_STATUSES, type CallStatus } from '../../domain/call-items';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

export class ListCallsQuery extends PageQuery {
  /** Sort field; callDate (newest first) by default. */
  @IsOptional()
  @IsIn(CALL_SORTS)
  sort?: CallSort;

  /** Only this building's calls. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  buildingId?: string;

  /** open, overdue (unpaid past its due date), paid or cancelled. */
  @IsOptional()
  @IsIn(CALL_STATUSES)
  status?: CallStatus;

  /** Call date from, YYYY-MM-DD, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  from?: string;

  /** Call date to, YYYY-MM-DD, inclusive; not before from. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  @ApiDay({ required: false })
  to?: string;
}
