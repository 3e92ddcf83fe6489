import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../../../shared/http/validation';
import { ApiDay } from '../../../../shared/http/api-property.decorators';

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
  @ApiDay({ required: false })
  asOf?: string;
}
