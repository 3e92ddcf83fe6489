import { formatOgm } from '../../../../shared/domain';
import { type PaymentSnapshot } from '../../domain/payment';
import { ApiProperty } from '@nestjs/swagger';
import { ApiCents, ApiDay, ApiId, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class AllocationResponse {
  /** The call item the money went to. */
  @ApiId()
  callItemId!: string;
  @ApiCents()
  amountCents!: number;
}

export class PaymentResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /** Who paid: the owner the communication names, or the one the payment named. */
  @ApiId()
  ownerId!: string;
  /** Euro cents received. */
  @ApiCents({ example: 14063 })
  amountCents!: number;
  /** The day the money reached the fund's account. */
  @ApiDay({ example: '2026-01-20' })
  paidOn!: string;
  /** +++ddd/dddd/ddddd+++, or null. */
  @ApiProperty({ type: 'string', nullable: true, example: '+++090/9337/55493+++' })
  ogm!: string | null;
  /** The account the money came from, compact, or null. */
  @ApiProperty({ type: 'string', nullable: true, example: 'BE71096123456769' })
  counterpartyIban!: string | null;
  /** Where the money went: the named item first, then the owner's oldest due items. */
  allocations!: AllocationResponse[];
  /** What no item took: a credit on the owner's ledger. */
  @ApiCents()
  unallocatedCents!: number;
  @ApiTimestamp()
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
