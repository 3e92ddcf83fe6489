import type { PcnBuildingReport } from '../../domain/pcn-report.builder';
import { ApiCents, ApiDay, ApiId, ApiInteger } from '../../../../shared/http/api-property.decorators';

export class PcnAccountTotalResponse {
  /**
   * Charge account (class 6) of the co-ownership chart, or a sub-account of the organization.
   * @example "610000"
   */
  accountCode!: string;
  /**
   * The account's label in the report language (the code itself when the chart no longer has it).
   * @example "Entretien courant"
   */
  label!: string;
  /**
   * Number of expenses (and manual journal entries) whose postings move the account in the period; one whose
   * postings cancel out (a cancelled or deleted expense, a reversed entry) is not counted.
   */
  @ApiInteger({ example: 4 })
  count!: number;
  /** Σ (debit − credit) of the account's journal lines dated in the period (year-end closing entries apart). */
  @ApiCents()
  totalCents!: number;
  /** The part of the total that falls on quota held by no unit (totalQuota − Σ unit quotas); it stays with the building. */
  @ApiCents()
  unallocatedCents!: number;
  /**
   * The part of the total paid from the reserve fund (expenses marked `paidFromReserve`): covered by the fund, it is
   * charged to no unit; Σ of the units' amounts on the account = totalCents − coveredByReserveCents.
   */
  @ApiCents()
  coveredByReserveCents!: number;
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
  /** By account code, from the journal: cancelled, deleted or revised expenses net out through their reversals. */
  accounts!: PcnAccountTotalResponse[];
  @ApiCents()
  totalCents!: number;
  /** Σ of the accounts' unallocatedCents: Σ over all units of their totals = totalCents − unallocatedCents. */
  @ApiCents()
  unallocatedCents!: number;
  /** Σ of the accounts' coveredByReserveCents: Σ over all units of their totals = totalCents − coveredByReserveCents. */
  @ApiCents()
  coveredByReserveCents!: number;
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
        coveredByReserveCents: a.coveredByReserveCents,
      })),
      totalCents: r.totalCents,
      unallocatedCents: r.unallocatedCents,
      coveredByReserveCents: r.coveredByReserveCents,
      units: r.units.map((u) => ({
        unitId: u.unitId,
        unitNumber: u.unitNumber,
        totalCents: u.totalCents,
        accounts: u.accounts.map((l) => ({ accountCode: l.accountCode, amountCents: l.amountCents })),
      })),
    };
  }
}
