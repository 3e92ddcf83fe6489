import { IntersectionType } from '@nestjs/swagger';
import { PeriodQuery } from '../../../../shared/http/period.query';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { PAYMENT_SORTS, type PaymentSort } from '../../domain/payment';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class ListPaymentsQuery extends IntersectionType(PageQuery, PeriodQuery) {
  /** Sort field; paidOn (newest first) by default. */
  @IsOptional()
  @IsIn(PAYMENT_SORTS)
  sort?: PaymentSort;

  /** Only this building's payments. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  buildingId?: string;

  /** Only this owner's payments. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  ownerId?: string;
}
