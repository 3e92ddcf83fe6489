import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { formatOgm } from '../../../../shared/domain';
import { PageQuery } from '../../../../shared/http/page.query';
import { IsCalendarDate, IsNotBefore, Trim } from '../../../../shared/http/validation';
import type { CallView } from '../../application/calls.service';
import { CALL_SORTS, type CallSort } from '../../domain/call';
import { CALL_STATUSES, type CallStatus } from '../../domain/call-items';

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

export class ListCallsQuery extends PageQuery {
  /** Sort field; callDate (newest first) by default. */
  @IsOptional()
  @IsIn(CALL_SORTS)
  sort?: CallSort;

  @IsOptional()
  @IsUUID()
  buildingId?: string;

  /** open, overdue (unpaid past its due date), paid or cancelled. */
  @IsOptional()
  @IsIn(CALL_STATUSES)
  status?: CallStatus;

  /** Call date from, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  /** Call date to, inclusive. */
  @IsOptional()
  @IsCalendarDate()
  @IsNotBefore('from')
  to?: string;
}

export class CallItemUnitResponse {
  unitId!: string;
  unitNumber!: string;
  amountCents!: number;
}

export class CallItemResponse {
  id!: string;
  /** The owner's first unit in the call by unit number; every unit in `units`. */
  unitId!: string;
  ownerId!: string;
  amountCents!: number;
  paidCents!: number;
  /** The structured communication: +++ddd/dddd/ddddd+++. */
  ogm!: string;
  units!: CallItemUnitResponse[];
}

export class ReserveStandingResponse {
  year!: number;
  previousYearOrdinaryChargesCents!: number;
  minimumCents!: number;
  /** Σ the year's reserve calls not cancelled, this one included. */
  calledCents!: number;
  shortfallCents!: number;
  /** True when the year's reserve calls stay below the minimum (art. 3.86 §3, unless waived by four fifths). */
  belowMinimum!: boolean;
}

export class CallResponse {
  id!: string;
  buildingId!: string;
  fundId!: string;
  title!: string;
  amountCents!: number;
  callDate!: string;
  dueDate!: string;
  keyId!: string | null;
  /** open, overdue, paid or cancelled, on the day it is read. */
  status!: CallStatus;
  paidCents!: number;
  outstandingCents!: number;
  cancelledAt!: string | null;
  /** One per owner; they sum exactly to amountCents. */
  items!: CallItemResponse[];
  /** On a reserve fund (creation and GET /calls/:id): the year's calls against the minimum; else null. */
  reserveMinimum!: ReserveStandingResponse | null;
  createdAt!: string;
  updatedAt!: string;

  static from(c: CallView): CallResponse {
    return {
      id: c.id,
      buildingId: c.buildingId,
      fundId: c.fundId,
      title: c.title,
      amountCents: c.amountCents,
      callDate: c.callDate,
      dueDate: c.dueDate,
      keyId: c.keyId,
      status: c.status,
      paidCents: c.paidCents,
      outstandingCents: c.outstandingCents,
      cancelledAt: c.cancelledAt ? new Date(c.cancelledAt).toISOString() : null,
      items: c.items.map((i) => ({
        id: i.id,
        unitId: i.units[0]?.unitId ?? '',
        ownerId: i.ownerId,
        amountCents: i.amountCents,
        paidCents: i.paidCents,
        ogm: formatOgm(i.ogm),
        units: i.units.map((u) => ({ unitId: u.unitId, unitNumber: u.unitNumber, amountCents: u.amountCents })),
      })),
      reserveMinimum: c.reserveMinimum,
      createdAt: new Date(c.createdAt).toISOString(),
      updatedAt: new Date(c.updatedAt).toISOString(),
    };
  }
}
