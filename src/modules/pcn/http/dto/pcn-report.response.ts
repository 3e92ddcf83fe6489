import type { PcnBuildingReport } from '../../domain/pcn-report.builder';
import { ApiCents, ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

export class PcnAccountTotalResponse {
  /**
   * Six-digit chart-of-accounts code.
   * @example "610000"
   */
  accountCode!: string;
  /**
   * The account's label in the report language (the code itself when the chart no longer has it).
   * @example "Entretien courant"
   */
  label!: string;
  /** Number of expenses booked on the account in the period. */
  @ApiInteger({ example: 4 })
  count!: number;
  @ApiCents()
  totalCents!: number;
  /** The part of the total that falls on quota held by no unit (totalQuota − Σ unit quotas); it stays with the building. */
  @ApiCents()
  unallocatedCents!: number;
}

export class PcnUnitAccountResponse {
  /** @example "610000" */
  accountCode!: string;
  @ApiCents()
  amountCents!: number;
}

export class PcnUnitTotalResponse {
  @ApiId()
  unitId!: string;
  /** @example "A1.2" */
  unitNumber!: string;
  /** Σ of the unit's account amounts. */
  @ApiCents()
  totalCents!: number;
  /** One line per account of the report, in the same order. */
  accounts!: PcnUnitAccountResponse[];
}

export class PcnReportResponse {
  @ApiId()
  buildingId!: string;
  /** YYYY-MM-DD, inclusive. */
  @ApiDay()
  from!: string;
  /** YYYY-MM-DD, inclusive. */
  @ApiDay()
  to!: string;
  /** @example "fr" */
  lang!: 'fr' | 'nl' | 'en';
  /** By account code; cancelled expenses are left out. */
  accounts!: PcnAccountTotalResponse[];
  @ApiCents()
  totalCents!: number;
  /** Σ of the accounts' unallocatedCents: Σ over all units of their totals = totalCents − unallocatedCents. */
  @ApiCents()
  unallocatedCents!: number;
  /** By unit number; for role owner, only the units it holds a share of today. */
  units!: PcnUnitTotalResponse[];

  static from(r: PcnBuildingReport): PcnReportResponse {
    return {
      buildingId: r.buildingId,
      from: r.from,
      to: r.to,
      lang: r.lang,
      accounts: r.accounts.map((a) => ({
        accountCode: a.accountCode,
        label: a.label,
        count: a.count,
        totalCents: a.totalCents,
        unallocatedCents: a.unallocatedCents,
      })),
      totalCents: r.totalCents,
      unallocatedCents: r.unallocatedCents,
      units: r.units.map((u) => ({
        unitId: u.unitId,
        unitNumber: u.unitNumber,
        totalCents: u.totalCents,
        accounts: u.accounts.map((l) => ({ accountCode: l.accountCode, amountCents: l.amountCents })),
      })),
    };
  }
}
