import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CHART_LANGUAGES, type ChartLanguage } from '../../domain/chart';

export class AnnualAccountsQuery {
  /** The financial year (the calendar year); the current one by default. */
  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  /** Language of the labels: fr, nl or en (the chart's French labels); else Accept-Language, else fr. */
  @ApiPropertyOptional({ enum: CHART_LANGUAGES, example: 'fr' })
  @IsOptional()
  @IsIn(CHART_LANGUAGES)
  lang?: ChartLanguage;
}
