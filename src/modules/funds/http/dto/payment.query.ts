import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import { PAYMENT_SORTS, type PaymentSort } from '../../domain/payment';
import { ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

export class ListPaymentsQuery extends PageQuery {
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

  /** Paid from, YYYY-MM-DD, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  from?: string;

  /** Paid to, YYYY-MM-DD, inclusive; not before from. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  @ApiDay({ required: false })
  to?: string;
}
