import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import { CALL_SORTS, type CallSort } from '../../domain/call';
import { CALL_STATUSES, type CallStatus } from '../../domain/call-items';

export class ListCallsQuery extends PageQuery {
  /** Sort field; callDate (newest first) by default. */
  @IsOptional()
  @IsIn(CALL_SORTS)
  sort?: CallSort;

  @IsOptional()
  @IsUUID()
  buildingId?: string;

  /** open, overdue (unpaid past its due date), paid or cancelled. */
  @IsOptional()
  @IsIn(CALL_STATUSES)
  status?: CallStatus;

  /** Call date from, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Call date to, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string;
}
