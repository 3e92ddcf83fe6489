import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { formatOgm, normalizeIban } from '../../../../shared/domain';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsAcceptedBy, IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import { PAYMENT_SORTS, type PaymentSort, type PaymentSnapshot } from '../../domain/payment';
import { MAX_CALL_CENTS } from './call.dto';

export class RecordPaymentRequest {
  @IsUUID()
  buildingId!: string;

  /** Euro cents received, 1 to 1,000,000,000. */
  @IsInt()
  @Min(1)
  @Max(MAX_CALL_CENTS)
  amountCents!: number;

  /** The day the money reached the fund's account, YYYY-MM-DD. */
  @IsCalendarDate()
  paidOn!: string;

  /**
   * The structured communication as the bank gave it (+++ddd/dddd/ddddd+++ or its 12 digits); a wrong check → 400
   * INVALID_OGM.
   */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  ogm?: string | null;

  /** Who paid, when the communication does not say it (or to check it). */
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  /** The account the money came from. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @IsAcceptedBy(normalizeIban, 'an IBAN whose check digits hold (mod 97)')
  counterpartyIban?: string | null;
}

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

export class AllocationResponse {
  callItemId!: string;
  amountCents!: number;
}

export class PaymentResponse {
  id!: string;
  buildingId!: string;
  ownerId!: string;
  amountCents!: number;
  paidOn!: string;
  /** +++ddd/dddd/ddddd+++, or null. */
  ogm!: string | null;
  counterpartyIban!: string | null;
  /** Where the money went: the named item first, then the owner's oldest due items. */
  allocations!: AllocationResponse[];
  /** What no item took: a credit on the owner's ledger. */
  unallocatedCents!: number;
  createdAt!: string;

  static from(p: PaymentSnapshot): PaymentResponse {
    return {
      id: p.id,
      buildingId: p.buildingId,
      ownerId: p.ownerId,
      amountCents: p.amountCents,
      paidOn: p.paidOn,
      ogm: p.ogm ? formatOgm(p.ogm) : null,
      counterpartyIban: p.counterpartyIban,
      allocations: p.allocations.map((a) => ({ callItemId: a.callItemId, amountCents: Number(a.amountCents) })),
      unallocatedCents: p.unallocatedCents,
      createdAt: new Date(p.createdAt).toISOString(),
    };
  }
}
