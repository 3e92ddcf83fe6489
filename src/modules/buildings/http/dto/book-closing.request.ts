import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, Trim } from '../../../../shared/http/validation';
import { MAX_CLOSING_NOTE } from '../../domain/book-closing';
import { ApiDay } from '../../../../shared/http/api-property.decorators';

export class CloseBooksRequest {
  /**
   * The last day of the closed books, YYYY-MM-DD (inclusive): later than the last closing and not after today.
   * Every write dated on or before it is then refused with 409 PERIOD_CLOSED.
   */
  @IsCalendarDate()
  @ApiDay()
  until!: string;

  /**
   * The assembly decision that approved the accounts (e.g. "AGO 2026-03-14, résolution 3"), up to 500 characters.
   * @example "AGO 2026-03-14, résolution 3"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(MAX_CLOSING_NOTE)
  note?: string | null;
}
