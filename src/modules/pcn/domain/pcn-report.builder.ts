import type { PcnPeriod } from './pcn-period';
import type { PcnAccountTotal, PcnLanguage, PcnReport, PcnUnitTotal } from './pcn-report';
import type { SplitUnit } from './pcn-ledger';

/** An account line of the JSON report: api.md's fields, the part no unit carries and the part the reserve covers. */
export interface PcnAccountLine extends PcnAccountTotal {
  /** Always 0: a split leaving part of a charge to nobody is refused (REGISTRY_INCOMPLETE). */
  unallocatedCents: number;
  /** The part of the total paid from the reserve fund: covered by the fund, charged to no unit. */
  coveredByReserveCents: number;
}

/** The report as the API returns it: api.md's shape, with the unallocated and reserve-covered parts shown. */
export interface PcnBuildingReport extends PcnReport {
  accounts: PcnAccountLine[];
  /** Always 0 (see the accounts'). */
  unallocatedCents: number;
  /** Σ of the accounts' coveredByReserveCents; Σ over all units of their totals = totalCents − coveredByReserveCents. */
  coveredByReserveCents: number;
}

/** One unit's part of an account's period sum, split as the expenses context splits it (see `PcnLedger.chargesIn`). */
export interface PcnUnitPart {
  readonly unitId: string;
  readonly accountCode: string;
  readonly amountCents: number;
}

/** A source's net movement on a charge account in the period (the journal's figures). */
export interface PcnMovement {
  readonly accountCode: string;
  readonly amountCents: number;
}

export interface PcnReportInput {
  readonly buildingId: string;
  readonly period: PcnPeriod;
  readonly lang: PcnLanguage;
  /** Every unit of the building (a unit with no part shows zeros). */
  readonly units: readonly SplitUnit[];
  /** The journal's net movements on the charge accounts, one per expense or manual entry (see PcnLedger). */
  readonly movements: readonly PcnMovement[];
  /** The period's unit parts: every account's sums split once, per key and registry state. */
  readonly parts: readonly PcnUnitPart[];
  /** Per account, what the reserve fund covers (never split over the units). */
  readonly coveredByReserve: readonly PcnMovement[];
  /** Account labels in `lang`; a code missing from the chart is labelled with the code itself. */
  readonly labels: ReadonlyMap<string, string>;
  /** Null: every unit; otherwise the only units listed (an owner's), the building's account totals unchanged. */
  readonly visibleUnitIds: readonly string[] | null;
}

/**
 * The PCN report from the journal: per charge account (ascending), the period's total (Σ debit − credit of the
 * movements) and `count`, the number of expenses (and manual entries) whose postings move it in the period; each
 * unit (by unit number) gets its share of each account as the period statement splits it. What the reserve fund
 * covers is shown per account and split to no unit, so per account Σ units + covered = total, to the cent.
 */
export function buildPcnReport(input: PcnReportInput): PcnBuildingReport {
  const byAccount = new Map<string, { count: number; totalCents: number }>();
  for (const movement of input.movements) {
    const account = byAccount.get(movement.accountCode) ?? { count: 0, totalCents: 0 };
    account.count += 1;
    account.totalCents += movement.amountCents;
    byAccount.set(movement.accountCode, account);
  }
  const covered = sumBy(input.coveredByReserve, (c) => c.accountCode);
  const codes = [...byAccount.keys()].sort();
  const accounts = codes.map((accountCode) => {
    const { count, totalCents } = byAccount.get(accountCode)!;
    return {
      accountCode,
      label: input.labels.get(accountCode) ?? accountCode,
      count,
      totalCents,
      unallocatedCents: 0,
      coveredByReserveCents: covered.get(accountCode) ?? 0,
    };
  });
  const parts = sumBy(input.parts, (p) => `${p.unitId}/${p.accountCode}`);
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
    coveredByReserveCents: accounts.reduce((sum, account) => sum + account.coveredByReserveCents, 0),
    units,
  };
}

function sumBy<T extends { readonly amountCents: number }>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    sums.set(k, (sums.get(k) ?? 0) + item.amountCents);
  }
  return sums;
}
