import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ApiCents, ApiDay, ApiId } from '../../../../shared/http/api-property.decorators';
import { IsCalendarDate, Trim } from '../../../../shared/http/validation';
import { ACCOUNT_CODE } from '../../domain/chart';
import { MAX_LINE_CENTS, MAX_LINES, MAX_REFERENCE } from '../../domain/journal-entry';

export class JournalLineRequest {
  /** An account of the chart or one of the organization's sub-accounts, e.g. "65"; never 410 (owners). */
  @IsString()
  @Matches(ACCOUNT_CODE, { message: '$property must be 1 to 10 digits starting with 1 to 7' })
  @ApiProperty({ example: '65' })
  accountCode!: string;

  /** Debit in cents; exactly one of debitCents and creditCents is above 0. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LINE_CENTS)
  @ApiCents({ required: false })
  debitCents?: number;

  /** Credit in cents; exactly one of debitCents and creditCents is above 0. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_LINE_CENTS)
  @ApiCents({ required: false })
  creditCents?: number;

  /** The owner the line concerns, if any (an owner of the organization). */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false, nullable: true })
  ownerId?: string | null;

  /** The unit the line concerns, if any. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false, nullable: true })
  unitId?: string | null;
}

export class ManualEntryRequest {
  /** The entry's date, YYYY-MM-DD (not in closed books). */
  @IsCalendarDate()
  @ApiDay()
  date!: string;

  /** Manual entries go to the miscellaneous journal. */
  @IsIn(['misc'])
  @ApiProperty({ enum: ['misc'], example: 'misc' })
  journal!: 'misc';

  /** The voucher or a short explanation, 1 to 200 characters. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REFERENCE)
  @ApiProperty({ example: 'Frais bancaires avril 2026' })
  reference!: string;

  /** At least two lines; Σ debits = Σ credits, else 422 ENTRY_NOT_BALANCED. */
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => JournalLineRequest)
  lines!: JournalLineRequest[];
}

export class ReverseEntryRequest {
  /** The reversal's date, YYYY-MM-DD; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDay({ required: false })
  date?: string;
}

export class SubAccountRequest {
  /** The new account's code: its parent's code followed by 1 or more digits, unique in the organization. */
  @IsString()
  @Matches(ACCOUNT_CODE, { message: '$property must be 1 to 10 digits starting with 1 to 7' })
  @ApiProperty({ example: '6100001' })
  code!: string;

  /** An account of the chart in force. */
  @IsString()
  @Matches(ACCOUNT_CODE, { message: '$property must be 1 to 10 digits starting with 1 to 7' })
  @ApiProperty({ example: '610000' })
  parentCode!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @ApiProperty({ example: 'Entretien ascenseur' })
  labelFr!: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @ApiProperty({ example: 'Onderhoud lift' })
  labelNl!: string;
}
