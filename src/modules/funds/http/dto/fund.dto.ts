import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { formatIban, normalizeIban } from '../../../../shared/domain';
import { IsAcceptedBy, Trim } from '../../../../shared/http/validation';
import { FUND_KINDS, type FundKind, type FundView } from '../../domain/fund';
import type { ReserveMinimum } from '../../domain/reserve-minimum';

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
  iban!: string;
}

export class FundResponse {
  id!: string;
  buildingId!: string;
  kind!: FundKind;
  name!: string;
  /** Compact: BE68539007547034. */
  iban!: string;
  /** Printed in groups of four: BE68 5390 0754 7034. */
  ibanFormatted!: string;
  /** Σ the fund's calls that are not cancelled. */
  calledCents!: number;
  /** Σ the owners' payments allocated to those calls: the money the fund received. */
  balanceCents!: number;
  createdAt!: string;
  updatedAt!: string;

  static from(f: FundView): FundResponse {
    return {
      id: f.id,
      buildingId: f.buildingId,
      kind: f.kind,
      name: f.name,
      iban: f.iban,
      ibanFormatted: formatIban(f.iban),
      calledCents: f.calledCents,
      balanceCents: f.balanceCents,
      createdAt: f.createdAt.toISOString(),
      updatedAt: f.updatedAt.toISOString(),
    };
  }
}

export class ReserveMinimumQuery {
  /** The year whose minimum is asked (from the ordinary charges of the year before). */
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year!: number;
}

export class ReserveMinimumResponse {
  year!: number;
  /** Σ the previous year's expenses other than works, cancelled ones left out, credit notes deducted. */
  previousYearOrdinaryChargesCents!: number;
  /** 5 % of them rounded up to the cent (Civil Code art. 3.86 §3). */
  minimumCents!: number;
  /** The rule's percentage, as configured. */
  ratePercent!: number;
  source!: string;

  static from(m: ReserveMinimum, ratePercent: number, source: string): ReserveMinimumResponse {
    return { ...m, ratePercent, source };
  }
}
