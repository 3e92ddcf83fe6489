import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

/** The body of PUT /units/:id/representative. */
export class NameRepresentativeRequest {
  /** A co-owner holding a share of the unit on `from`. */
  @IsUUID()
  @ApiId()
  ownerId!: string;

  /** First day of the mandate, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  from?: string;
}

export class RepresentativeQuery {
  /** The day, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  at?: string;
}
