import type { PcnPeriod } from './pcn-period';
import type { PcnAccountTotal, PcnLanguage, PcnReport, PcnUnitTotal } from './pcn-report';
import type { SplitUnit } from './pcn-ledger';

/** An account line of the JSON report: api.md's fields plus the part of the total no unit carries. */
export interface PcnAccountLine extends PcnAccountTotal {
  /** Always 0: a split leaving part of a charge to nobody is refused (REGISTRY_INCOMPLETE). */
  unallocatedCents: number;
}

/** The report as the API returns it: api.md's shape, with the unallocated parts shown rather than spread. */
export interface PcnBuildingReport extends PcnReport {
  accounts: PcnAccountLine[];
  /** Always 0 (see the accounts'); Σ over all units of their totals = totalCents. */
  unallocatedCents: number;
}

/** One unit's part of an account's period sum, split as the expenses context splits it (see `PcnLedger.unitParts`). */
export interface PcnUnitPart {
  readonly unitId: string;
  readonly accountCode: string;
  readonly amountCents: number;
}

export interface PcnReportInput {
  readonly buildingId: string;
  readonly period: PcnPeriod;
  readonly lang: PcnLanguage;
  /** Every unit of the building (a unit with no part shows zeros). */
  readonly units: readonly SplitUnit[];
  /** Chargeable expenses only (the caller leaves cancelled ones out); credit notes are negative. */
  readonly expenses: ReadonlyArray<{ readonly accountCode: string; readonly amountCents: number }>;
  /** The period's unit parts: every account's sums split once, per key and registry state. */
  readonly parts: readonly PcnUnitPart[];
  /** Account labels in `lang`; a code missing from the chart is labelled with the code itself. */
  readonly labels: ReadonlyMap<string, string>;
  /** Null: every unit; otherwise the only units listed (an owner's), the building's account totals unchanged. */
  readonly visibleUnitIds: readonly string[] | null;
}

/**
 * Groups the period's expenses by account code (ascending), and gives each unit (by unit number) its share of each
 * account, as the period statement of the expenses context splits it. A split never leaves anything unallocated
 * (an incomplete registry is refused first), so `unallocatedCents` is always 0.
 */
export function buildPcnReport(input: PcnReportInput): PcnBuildingReport {
  const byAccount = new Map<string, { count: number; totalCents: number }>();
  for (const expense of input.expenses) {
    const account = byAccount.get(expense.accountCode) ?? { count: 0, totalCents: 0 };
    account.count += 1;
    account.totalCents += expense.amountCents;
    byAccount.set(expense.accountCode, account);
  }
  const codes = [...byAccount.keys()].sort();
  const accounts = codes.map((accountCode) => {
    const { count, totalCents } = byAccount.get(accountCode)!;
    return { accountCode, label: input.labels.get(accountCode) ?? accountCode, count, totalCents, unallocatedCents: 0 };
  });
  const parts = new Map<string, number>();
  for (const part of input.parts) {
    const id = `${part.unitId}/${part.accountCode}`;
    parts.set(id, (parts.get(id) ?? 0) + part.amountCents);
  }
  const visible = input.visibleUnitIds ? new Set(input.visibleUnitIds) : null;
  const units: PcnUnitTotal[] = [...input.units]
    .sort((a, b) => (a.unitNumber < b.unitNumber ? -1 : a.unitNumber > b.unitNumber ? 1 : 0))
    .filter((unit) => !visible || visible.has(unit.unitId))
    .map((unit) => {
      const lines = codes.map((accountCode) => ({
        accountCode,
        amountCents: parts.get(`${unit.unitId}/${accountCode}`) ?? 0,
      }));
      const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
      return { unitId: unit.unitId, unitNumber: unit.unitNumber, totalCents, accounts: lines };
    });
  return {
    buildingId: input.buildingId,
    from: input.period.from,
    to: input.period.to,
    lang: input.lang,
    accounts,
    totalCents: accounts.reduce((sum, account) => sum + account.totalCents, 0),
    unallocatedCents: 0,
    units,
  };
}
