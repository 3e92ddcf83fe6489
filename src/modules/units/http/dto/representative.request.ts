import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../../shared/http/validation';

/** The body of PUT /units/:id/representative. */
export class NameRepresentativeRequest {
  /** A co-owner holding a share of the unit on `from`. */
  @IsUUID()
  ownerId!: string;

  /** First day of the mandate, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;
}

export class RepresentativeQuery {
  /** The day, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  at?: string;
}
