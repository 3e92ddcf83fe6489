import { Type } from 'class-transformer';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { SortOrder } from '../domain/pagination';

/** `?page=&perPage=&order=`; each list adds its own `sort` whitelist and filters by extending it. */
export class PageQuery {
  /** Page number, from 1. */
  @ApiPropertyOptional({ type: 'integer', default: 1, example: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page: number = 1;

  /** Items per page, 1 to 100. */
  @ApiPropertyOptional({ type: 'integer', default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  perPage: number = 20;

  /** Sort direction. */
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: SortOrder;
}
