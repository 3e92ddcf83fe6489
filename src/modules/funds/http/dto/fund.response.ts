import { formatIban } from '../../../../shared/domain';
import { type FundKind, type FundView } from '../../domain/fund';
import type { ReserveMinimum } from '../../domain/reserve-minimum';
import { ApiProperty } from '@nestjs/swagger';
import { ApiCents, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class FundResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  kind!: FundKind;
  name!: string;
  /** Compact: BE68539007547034. */
  @ApiProperty({ type: 'string', example: 'BE68539007547034' })
  iban!: string;
  /** Printed in groups of four: BE68 5390 0754 7034. */
  @ApiProperty({ type: 'string', example: 'BE68 5390 0754 7034' })
  ibanFormatted!: string;
  /** Σ the fund's calls that are not cancelled. */
  @ApiCents()
  calledCents!: number;
  /** Σ the owners' payments allocated to those calls: the money the fund received. */
  @ApiCents()
  balanceCents!: number;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
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

export class ReserveMinimumResponse {
  /** The year asked. */
  @ApiInteger({ example: 2026 })
  year!: number;
  /** Σ the previous year's expenses other than works, cancelled ones left out, credit notes deducted. */
  @ApiCents()
  previousYearOrdinaryChargesCents!: number;
  /** 5 % of them rounded up to the cent (Civil Code art. 3.86 §3). */
  @ApiCents()
  minimumCents!: number;
  /** The rule's percentage, as configured. */
  @ApiProperty({ type: 'number', example: 5 })
  ratePercent!: number;
  /** The legal source of the rule. */
  source!: string;

  static from(m: ReserveMinimum, ratePercent: number, source: string): ReserveMinimumResponse {
    return { ...m, ratePercent, source };
  }
}

export class LateInterestResponse {
  @ApiId()
  buildingId!: string;
  /** Yearly rate in basis points (800 = 8 %), simple interest per day late; null: no late interest. */
  @ApiInteger({ nullable: true, example: 800 })
  annualRateBp!: number | null;
  /** The statutes' article or the assembly decision that set it, or null. */
  decisionRef!: string | null;
}
