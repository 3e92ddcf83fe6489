import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../../../shared/http/validation';

export class LettersQuery {
  /** Language of the letters (fr, nl or en); by default from Accept-Language, else fr. */
  @IsOptional()
  @IsIn(['fr', 'nl', 'en'])
  lang?: 'fr' | 'nl' | 'en';
}

export class RemindersRequest {
  /** The day the arrears are counted on and the letters dated; today (Brussels) by default. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}
