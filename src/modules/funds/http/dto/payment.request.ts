import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { normalizeIban } from '../../../../shared/domain';
import { IsAcceptedBy, IsCalendarDate } from '../../../../shared/http/validation';
import { MAX_CALL_CENTS } from './call.request';

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
