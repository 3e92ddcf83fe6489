import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { normalizeIban } from '../../../../shared/domain';
import { IsAcceptedBy, Trim } from '../../../../shared/http/validation';
import { FUND_KINDS, type FundKind } from '../../domain/fund';
import { ApiProperty } from '@nestjs/swagger';
import { ApiInteger } from '../../../../shared/http/api-property.decorators';

export class CreateFundRequest {
  /** working_capital (ordinary expenses) or reserve (works). */
  @IsIn(FUND_KINDS)
  kind!: FundKind;

  /** The fund's name on letters ("Fonds de roulement"), 1 to 100 characters, unique in the building. */
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  /** The fund's bank account in the association's name; its check digits are verified (mod 97). */
  @IsString()
  @MaxLength(50)
  @IsAcceptedBy(normalizeIban, 'an IBAN whose check digits hold (mod 97)')
  @ApiProperty({ type: 'string', maxLength: 50, example: 'BE68 5390 0754 7034' })
  iban!: string;
}

export class LateInterestRequest {
  /** Yearly rate in basis points (800 = 8 %), 0 to 10,000, simple interest per day late; null: no late interest. */
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(10_000)
  @ApiInteger({ nullable: true, minimum: 0, maximum: 10_000, example: 800 })
  annualRateBp!: number | null;

  /** The statutes' article or the assembly decision that set it, up to 500 characters. */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  decisionRef?: string | null;
}
