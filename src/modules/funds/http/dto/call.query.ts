import { IntersectionType } from '@nestjs/swagger';
import { PeriodQuery } from '../../../../shared/http/period.query';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { CALL_SORTS, type CallSort } from '../../domain/call';
import { CALL_STATUSES, type CallStatus } from '../../domain/call-items';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class ListCallsQuery extends IntersectionType(PageQuery, PeriodQuery) {
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
}
