import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, Trim } from '../../../../shared/http/validation';
import { ApiDay, ApiInteger } from '../../../../shared/http/api-property.decorators';

/** The body of POST /units/:id/quotas: a quota decided from a date on (deed, or unanimity of the assembly). */
export class ChangeQuotaRequest {
  /** The new quota (tantièmes), a positive integer. */
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  @ApiInteger({ example: 435 })
  quota!: number;

  /** First day of the new quota, YYYY-MM-DD: the quota in force ends the day before. */
  @IsCalendarDate()
  @ApiDay()
  validFrom!: string;

  /**
   * The deed or the assembly decision it comes from, e.g. "AG 2026-06-12, point 7".
   * @example "AG 2026-06-12, point 7"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(255)
  decisionRef?: string;
}
