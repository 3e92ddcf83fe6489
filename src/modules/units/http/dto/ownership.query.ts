import { IsOptional } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate } from '../../../../shared/http/validation';

export class OwnershipsOnQuery extends PageQuery {
  /** The day, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}

export class EndOwnershipQuery {
  /** First day without the share, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;
}
