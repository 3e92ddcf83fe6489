import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, IsNotBefore } from '../../../../shared/http/validation';
import type { BuildingArrears } from '../../application/ledgers.service';
import type { Ledger, LedgerLineKind } from '../../domain/ledger';

export class LedgerQuery {
  /** The building whose books are read. */
  @IsUUID()
  buildingId!: string;

  /** First day of the lines, inclusive; what came before is the opening balance. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Last day, inclusive; today by default. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string;
}

export class LedgerLineResponse {
  date!: string;
  /** call (the owner owes) or payment (the owner paid). */
  kind!: LedgerLineKind;
  /** The call item or the payment. */
  id!: string;
  callId!: string | null;
  fundId!: string | null;
  description!: string;
  ogm!: string | null;
  dueDate!: string | null;
  debitCents!: number;
  creditCents!: number;
  /** Of a payment: what no call item took (a credit). */
  unallocatedCents!: number;
  /** Owed after this line; negative: in credit. */
  balanceCents!: number;
}

export class FundBalanceResponse {
  /** Null: the owner's credit, payments no call item took. */
  fundId!: string | null;
  balanceCents!: number;
}

export class LedgerResponse {
  ownerId!: string;
  buildingId!: string;
  from!: string | null;
  to!: string;
  openingBalanceCents!: number;
  lines!: LedgerLineResponse[];
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

export class ArrearsQuery {
  /** The day the arrears are counted on; today by default. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class ArrearsItemResponse {
  callItemId!: string;
  callId!: string;
  fundId!: string;
  title!: string;
  ogm!: string;
  dueDate!: string;
  outstandingCents!: number;
  daysLate!: number;
  lateInterestCents!: number;
}

export class OwnerArrearsResponse {
  ownerId!: string;
  firstName!: string | null;
  lastName!: string | null;
  /** Overdue and unpaid, after the owner's credit. */
  overdueCents!: number;
  oldestDueDate!: string;
  daysLate!: number;
  /** 0 unless the building has a late-interest rate. */
  lateInterestCents!: number;
  items!: ArrearsItemResponse[];
}

export class ArrearsResponse {
  buildingId!: string;
  asOf!: string;
  /** Basis points a year; null: no late interest (the default). */
  lateInterestRateBp!: number | null;
  totalOverdueCents!: number;
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
