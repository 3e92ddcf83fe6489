import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { normalizeIban } from '../../../../shared/domain';
import { IsAcceptedBy, IsCalendarDate } from '../../../../shared/http/validation';
import { MAX_CALL_CENTS } from './call.request';
import { ApiProperty } from '@nestjs/swagger';
import { ApiCents, ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

export class RecordPaymentRequest {
  /** The building whose fund received the money. */
  @IsUUID()
  @ApiId()
  buildingId!: string;

  /** Euro cents received, 1 to 1,000,000,000. */
  @IsInt()
  @Min(1)
  @Max(MAX_CALL_CENTS)
  @ApiCents({ minimum: 1, maximum: MAX_CALL_CENTS, example: 14063 })
  amountCents!: number;

  /** The day the money reached the fund's account, YYYY-MM-DD. */
  @IsCalendarDate()
  @ApiDay({ example: '2026-01-20' })
  paidOn!: string;

  /**
   * The structured communication as the bank gave it (+++ddd/dddd/ddddd+++ or its 12 digits); a wrong check → 400
   * INVALID_OGM.
   */
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @ApiProperty({ type: 'string', nullable: true, required: false, maxLength: 40, example: '+++090/9337/55493+++' })
  ogm?: string | null;

  /** Who paid, when the communication does not say it (or to check it). */
  @IsOptional()
  @IsUUID()
  @ApiId({ nullable: true, required: false })
  ownerId?: string | null;

  /** The account the money came from. */
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @IsAcceptedBy(normalizeIban, 'an IBAN whose check digits hold (mod 97)')
  @ApiProperty({ type: 'string', nullable: true, required: false, maxLength: 50, example: 'BE71 0961 2345 6769' })
  counterpartyIban?: string | null;
}
