import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@shared/http/page.query';
import { ApiId } from '../../../../shared/http/api-property.decorators';
import { MOVEMENT_STATUSES, type MovementStatus } from '../../domain/bank-statement';
import {
  MOVEMENT_SORTS,
  STATEMENT_SORTS,
  type MovementSort,
  type StatementSort,
} from '../../domain/bank-statement.repository';

export class ListStatementsQuery extends PageQuery {
  /** Sort field; closingDate (newest first) by default. */
  @IsOptional()
  @IsIn(STATEMENT_SORTS)
  sort?: StatementSort;
}

export class ListMovementsQuery extends PageQuery {
  /** Only the movements of this building. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  buildingId?: string;

  /** Only the movements in this reconciliation status: matched, unmatched or suggested. */
  @IsOptional()
  @IsIn(MOVEMENT_STATUSES)
  status?: MovementStatus;

  /** Sort field; bookingDate (newest first) by default. */
  @IsOptional()
  @IsIn(MOVEMENT_SORTS)
  sort?: MovementSort;
}
