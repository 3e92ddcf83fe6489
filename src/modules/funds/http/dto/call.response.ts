import { formatOgm } from '../../../../shared/domain';
import type { CallView } from '../../application/calls.service';
import { type CallStatus } from '../../domain/call-items';

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
