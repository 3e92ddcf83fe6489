import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsNotBefore, Trim } from '../../../../shared/http/validation';

/** The largest call: 10 million euros, as for an expense. */
export const MAX_CALL_CENTS = 1_000_000_000;

export class CreateCallRequest {
  @IsUUID()
  buildingId!: string;

  /** A fund of that building. */
  @IsUUID()
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
  amountCents!: number;

  /** YYYY-MM-DD: the registry of this day decides who owes what. */
  @IsCalendarDate()
  callDate!: string;

  /** YYYY-MM-DD, not before callDate. */
  @IsCalendarDate()
  @IsNotBefore('callDate')
  dueDate!: string;

  /** A distribution key of the building; absent: the quotas. */
  @IsOptional()
  @IsUUID()
  keyId?: string | null;
}
