import type { PcnBuildingReport } from '../../domain/pcn-report.builder';

export class PcnAccountTotalResponse {
  /** Six-digit chart-of-accounts code. */
  accountCode!: string;
  /** The account's label in the report language (the code itself when the chart no longer has it). */
  label!: string;
  /** Number of expenses booked on the account in the period. */
  count!: number;
  totalCents!: number;
  /** The part of the total that falls on quota held by no unit (totalQuota − Σ unit quotas); it stays with the building. */
  unallocatedCents!: number;
}

export class PcnUnitAccountResponse {
  accountCode!: string;
  amountCents!: number;
}

export class PcnUnitTotalResponse {
  unitId!: string;
  unitNumber!: string;
  /** Σ of the unit's account amounts. */
  totalCents!: number;
  /** One line per account of the report, in the same order. */
  accounts!: PcnUnitAccountResponse[];
}

export class PcnReportResponse {
  buildingId!: string;
  /** YYYY-MM-DD, inclusive. */
  from!: string;
  /** YYYY-MM-DD, inclusive. */
  to!: string;
  lang!: 'fr' | 'nl' | 'en';
  /** By account code; cancelled expenses are left out. */
  accounts!: PcnAccountTotalResponse[];
  totalCents!: number;
  /** Σ of the accounts' unallocatedCents: Σ over all units of their totals = totalCents − unallocatedCents. */
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
