import type { BuildingArrears } from '../../application/ledgers.service';
import type { Ledger, LedgerLineKind } from '../../domain/ledger';
import { ApiProperty } from '@nestjs/swagger';
import { ApiCents, ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

export class LedgerLineResponse {
  /** The call date of a call, the paid day of a payment. */
  @ApiDay()
  date!: string;
  /** call (the owner owes) or payment (the owner paid). */
  kind!: LedgerLineKind;
  /** The call item or the payment. */
  @ApiId()
  id!: string;
  /** The call of a call line; null for a payment. */
  @ApiId({ nullable: true })
  callId!: string | null;
  /** The fund of a call line; null for a payment. */
  @ApiId({ nullable: true })
  fundId!: string | null;
  /** The call's title, or "Payment". */
  description!: string;
  /** +++ddd/dddd/ddddd+++ of the call item or the payment, or null. */
  @ApiProperty({ type: 'string', nullable: true, example: '+++090/9337/55493+++' })
  ogm!: string | null;
  /** The due date of a call line; null for a payment. */
  @ApiDay({ nullable: true })
  dueDate!: string | null;
  /** What the owner owes by this line (a call). */
  @ApiCents()
  debitCents!: number;
  /** What the owner paid by this line (a payment). */
  @ApiCents()
  creditCents!: number;
  /** Of a payment: what no call item took (a credit). */
  @ApiCents()
  unallocatedCents!: number;
  /** Owed after this line; negative: in credit. */
  @ApiCents()
  balanceCents!: number;
}

export class FundBalanceResponse {
  /** Null: the owner's credit, payments no call item took. */
  @ApiId({ nullable: true })
  fundId!: string | null;
  /** Owed on that fund on `to`; negative: in credit. */
  @ApiCents()
  balanceCents!: number;
}

export class LedgerResponse {
  @ApiId()
  ownerId!: string;
  @ApiId()
  buildingId!: string;
  /** The first day of the lines, or null: from the start. */
  @ApiDay({ nullable: true })
  from!: string | null;
  /** The last day of the lines. */
  @ApiDay()
  to!: string;
  /** Owed before `from` (0 without from); negative: in credit. */
  @ApiCents()
  openingBalanceCents!: number;
  /** By date, calls before payments on the same day. */
  lines!: LedgerLineResponse[];
  /** Owed on `to`; negative: in credit. */
  @ApiCents()
  closingBalanceCents!: number;
  /** The closing balance per fund; they sum to it. */
  balances!: FundBalanceResponse[];

  static from(l: Ledger): LedgerResponse {
    return {
      ownerId: l.ownerId,
      buildingId: l.buildingId,
      from: l.from,
      to: l.to,
      openingBalanceCents: l.openingBalanceCents,
      lines: l.lines.map((line) => ({ ...line })),
      closingBalanceCents: l.closingBalanceCents,
      balances: l.balances.map((b) => ({ ...b })),
    };
  }
}

export class ArrearsItemResponse {
  @ApiId()
  callItemId!: string;
  @ApiId()
  callId!: string;
  @ApiId()
  fundId!: string;
  /** The call's title. */
  title!: string;
  /** The item's structured communication, to pay it with. */
  @ApiProperty({ type: 'string', example: '+++090/9337/55493+++' })
  ogm!: string;
  @ApiDay()
  dueDate!: string;
  /** Still due on the item, after the owner's credit. */
  @ApiCents()
  outstandingCents!: number;
  /** Days from the due date to asOf. */
  @ApiInteger({ example: 15 })
  daysLate!: number;
  /** Simple interest at the building's rate for those days; 0 without a rate. */
  @ApiCents()
  lateInterestCents!: number;
}

export class OwnerArrearsResponse {
  @ApiId()
  ownerId!: string;
  firstName!: string | null;
  lastName!: string | null;
  /** Overdue and unpaid, after the owner's credit. */
  @ApiCents()
  overdueCents!: number;
  /** The due date of the oldest overdue item. */
  @ApiDay()
  oldestDueDate!: string;
  /** Days late of the oldest overdue item. */
  @ApiInteger({ example: 15 })
  daysLate!: number;
  /** 0 unless the building has a late-interest rate. */
  @ApiCents()
  lateInterestCents!: number;
  /** Oldest first. */
  items!: ArrearsItemResponse[];
}

export class ArrearsResponse {
  @ApiId()
  buildingId!: string;
  /** The day the arrears are counted on. */
  @ApiDay()
  asOf!: string;
  /** Basis points a year; null: no late interest (the default). */
  @ApiInteger({ nullable: true, example: 800 })
  lateInterestRateBp!: number | null;
  /** Σ the owners' overdueCents. */
  @ApiCents()
  totalOverdueCents!: number;
  /** The owners in arrears. */
  owners!: OwnerArrearsResponse[];

  static from(a: BuildingArrears): ArrearsResponse {
    return {
      buildingId: a.buildingId,
      asOf: a.asOf,
      lateInterestRateBp: a.lateInterestRateBp,
      totalOverdueCents: a.totalOverdueCents,
      owners: a.owners.map((o) => ({
        ownerId: o.ownerId,
        firstName: o.owner?.firstName ?? null,
        lastName: o.owner?.lastName ?? null,
        overdueCents: o.overdueCents,
        oldestDueDate: o.oldestDueDate,
        daysLate: o.daysLate,
        lateInterestCents: o.lateInterestCents,
        items: o.items.map((i) => ({ ...i })),
      })),
    };
  }
}
