import type { PcnPeriod } from './pcn-period';
import type { PcnAccountTotal, PcnLanguage, PcnReport, PcnUnitTotal } from './pcn-report';
import { SplitUnit, UnitSplit } from './unit-split';

/** An account line of the JSON report: api.md's fields plus the part of the total no unit carries. */
export interface PcnAccountLine extends PcnAccountTotal {
  /** Share of the missing quota (totalQuota − Σ unit quotas): it stays with the building. */
  unallocatedCents: number;
}

/** The report as the API returns it: api.md's shape, with the unallocated parts shown rather than spread. */
export interface PcnBuildingReport extends PcnReport {
  accounts: PcnAccountLine[];
  /** Σ accounts' unallocatedCents; Σ over all units of their totals = totalCents − unallocatedCents. */
  unallocatedCents: number;
}

export interface PcnReportInput {
  readonly buildingId: string;
  readonly period: PcnPeriod;
  readonly lang: PcnLanguage;
  readonly totalQuota: number;
  readonly units: readonly SplitUnit[];
  /** Chargeable expenses only (the caller leaves cancelled ones out). */
  readonly expenses: ReadonlyArray<{ readonly accountCode: string; readonly amountCents: number }>;
  /** Account labels in `lang`; a code missing from the chart is labelled with the code itself. */
  readonly labels: ReadonlyMap<string, string>;
  /** Null: every unit; otherwise the only units listed (an owner's), the building's account totals unchanged. */
  readonly visibleUnitIds: readonly string[] | null;
}

/**
 * Groups the period's expenses by account code (ascending), and gives each unit (by unit number) its share of each
 * account: the sum of its parts of each expense, every expense split to the cent as the expenses context splits it.
 */
export function buildPcnReport(input: PcnReportInput): PcnBuildingReport {
  const split = UnitSplit.of(input.totalQuota, input.units);
  const byAccount = new Map<string, { count: number; totalCents: number; parts: number[] }>();
  for (const expense of input.expenses) {
    let account = byAccount.get(expense.accountCode);
    if (!account) {
      account = { count: 0, totalCents: 0, parts: new Array<number>(split.units.length + 1).fill(0) };
      byAccount.set(expense.accountCode, account);
    }
    account.count += 1;
    account.totalCents += expense.amountCents;
    split.addTo(account.parts, expense.amountCents);
  }
  const codes = [...byAccount.keys()].sort();
  const unallocatedAt = split.units.length;
  const accounts = codes.map((accountCode) => {
    const { count, totalCents, parts } = byAccount.get(accountCode)!;
    return { accountCode, label: input.labels.get(accountCode) ?? accountCode, count, totalCents, unallocatedCents: parts[unallocatedAt] };
  });
  const visible = input.visibleUnitIds ? new Set(input.visibleUnitIds) : null;
  const units: PcnUnitTotal[] = [];
  split.units.forEach((unit, position) => {
    if (visible && !visible.has(unit.unitId)) return;
    const lines = codes.map((accountCode) => ({ accountCode, amountCents: byAccount.get(accountCode)!.parts[position] }));
    const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
    units.push({ unitId: unit.unitId, unitNumber: unit.unitNumber, totalCents, accounts: lines });
  });
  return {
    buildingId: input.buildingId,
    from: input.period.from,
    to: input.period.to,
    lang: input.lang,
    accounts,
    totalCents: accounts.reduce((sum, account) => sum + account.totalCents, 0),
    unallocatedCents: accounts.reduce((sum, account) => sum + account.unallocatedCents, 0),
    units,
  };
}
