import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import { PAYMENT_SORTS, type PaymentSort } from '../../domain/payment';

export class ListPaymentsQuery extends PageQuery {
  /** Sort field; paidOn (newest first) by default. */
  @IsOptional()
  @IsIn(PAYMENT_SORTS)
  sort?: PaymentSort;

  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @IsOptional()
  @IsUUID()
  ownerId?: string;

  /** Paid from, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Paid to, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string;
}
