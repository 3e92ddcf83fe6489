import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsNotBefore, Trim } from '../../../../shared/http/validation';
import { ApiCents, ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';

/** The largest call: 10 million euros, as for an expense. */
export const MAX_CALL_CENTS = 1_000_000_000;

export class CreateCallRequest {
  /** The building whose owners are called. */
  @IsUUID()
  @ApiId()
  buildingId!: string;

  /** A fund of that building. */
  @IsUUID()
  @ApiId()
  fundId!: string;

  /** What the call is for ("Provisions T1 2026"), 1 to 200 characters. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  /** Euro cents, 1 to 1,000,000,000; split exactly over the owners on the call date. */
  @IsInt()
  @Min(1)
  @Max(MAX_CALL_CENTS)
  @ApiCents({ minimum: 1, maximum: MAX_CALL_CENTS, example: 450000 })
  amountCents!: number;

  /** YYYY-MM-DD: the registry of this day decides who owes what. */
  @IsCalendarDate()
  @ApiDay({ example: '2026-01-05' })
  callDate!: string;

  /** YYYY-MM-DD, not before callDate. */
  @IsCalendarDate()
  @IsNotBefore('callDate')
  @ApiDay({ example: '2026-01-31' })
  dueDate!: string;

  /** A distribution key of the building; absent: the quotas. */
  @IsOptional()
  @IsUUID()
  @ApiId({ nullable: true, required: false })
  keyId?: string | null;
}
