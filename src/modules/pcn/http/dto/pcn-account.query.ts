import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';

export class ListPcnAccountsQuery extends PageQuery {
  /** The chart is ordered by code. */
  @IsOptional()
  @IsIn(['code'])
  sort?: 'code';
}
