import { formatOgm } from '../../../../shared/domain';
import type { CallView } from '../../application/calls.service';
import { type CallStatus } from '../../domain/call-items';
import { ApiProperty } from '@nestjs/swagger';
import { ApiCents, ApiDay, ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class CallItemUnitResponse {
  @ApiId()
  unitId!: string;
  unitNumber!: string;
  /** The unit's part of the owner's item. */
  @ApiCents()
  amountCents!: number;
}

export class CallItemResponse {
  @ApiId()
  id!: string;
  /** The owner's first unit in the call by unit number; every unit in `units`. */
  @ApiId()
  unitId!: string;
  @ApiId()
  ownerId!: string;
  /** What the owner owes on this call. */
  @ApiCents()
  amountCents!: number;
  /** What the owner's payments allocated to it. */
  @ApiCents()
  paidCents!: number;
  /** The structured communication: +++ddd/dddd/ddddd+++. */
  @ApiProperty({ type: 'string', example: '+++090/9337/55493+++' })
  ogm!: string;
  units!: CallItemUnitResponse[];
}

export class ReserveStandingResponse {
  /** The year of the call. */
  @ApiInteger({ example: 2026 })
  year!: number;
  /** Σ the previous year's expenses other than works, cancelled ones left out, credit notes deducted. */
  @ApiCents()
  previousYearOrdinaryChargesCents!: number;
  /** 5 % of them rounded up to the cent (Civil Code art. 3.86 §3). */
  @ApiCents()
  minimumCents!: number;
  /** Σ the year's reserve calls not cancelled, this one included. */
  @ApiCents()
  calledCents!: number;
  /** What the year's reserve calls still lack to reach the minimum; 0 once reached. */
  @ApiCents()
  shortfallCents!: number;
  /** True when the year's reserve calls stay below the minimum (art. 3.86 §3, unless waived by four fifths). */
  belowMinimum!: boolean;
}

export class CallResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  @ApiId()
  fundId!: string;
  title!: string;
  /** The amount called, split exactly over the owners. */
  @ApiCents({ example: 450000 })
  amountCents!: number;
  /** YYYY-MM-DD: the registry of this day decided who owes what. */
  @ApiDay({ example: '2026-01-05' })
  callDate!: string;
  /** YYYY-MM-DD: unpaid after it, the call reads as overdue. */
  @ApiDay({ example: '2026-01-31' })
  dueDate!: string;
  /** The distribution key it was split by, or null for the quotas. */
  @ApiId({ nullable: true })
  keyId!: string | null;
  /** open, overdue, paid or cancelled, on the day it is read. */
  status!: CallStatus;
  /** Σ the owners' payments allocated to the call. */
  @ApiCents()
  paidCents!: number;
  /** What is still due: amountCents − paidCents. */
  @ApiCents()
  outstandingCents!: number;
  /** When it was cancelled, or null. */
  @ApiTimestamp({ nullable: true })
  cancelledAt!: string | null;
  /** One per owner; they sum exactly to amountCents. */
  items!: CallItemResponse[];
  /** On a reserve fund (creation and GET /calls/:id): the year's calls against the minimum; else null. */
  reserveMinimum!: ReserveStandingResponse | null;
  @ApiTimestamp()
  createdAt!: string;
  @ApiTimestamp()
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
