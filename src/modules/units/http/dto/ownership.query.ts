import { IsOptional } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { ApiDay } from '../../../../shared/http/api-property.decorators';

export class OwnershipsOnQuery extends PageQuery {
  /** The day, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  at?: string;
}

export class EndOwnershipQuery {
  /** First day without the share, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  endDate?: string;
}
