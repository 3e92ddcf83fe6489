import { formatOgm } from '../../../../shared/domain';
import { type PaymentSnapshot } from '../../domain/payment';

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
