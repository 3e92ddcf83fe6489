import { sql, type Sql } from '@shared/persistence/sql';
import type { PcnPeriod } from '../domain/pcn-period';

type Day = string;

/** [unit id, unit number], by unit number. */
export type UnitTuple = [string, string];
/** [unit id, quota, valid from, valid to], each unit's periods null start first. */
export type QuotaTuple = [string, number, Day | null, Day | null];
/** [unit id, owner id, share in ten-thousandths of a percent, start, end], by start date. */
export type OwnershipTuple = [string, string, number, Day, Day | null];
/**
 * [account code, expense id (null for a manual entry), amount in cents, first day, and, when the expense is one of
 * the period's (dated within it, not cancelled): its date, category, key id, paid from the reserve fund].
 */
export type MovementTuple = [
  string,
  string | null,
  number,
  Day,
  Day | null,
  string | null,
  string | null,
  boolean | null,
];
/** [code, French label, Dutch label, English label]. */
export type LabelTuple = [string, string, string, string | null];

/** An expense of the period as the workbook lists it (read for the documents only). */
export interface ExpenseRow {
  readonly id: string;
  readonly expenseDate: Day;
  readonly accountCode: string;
  readonly category: string;
  readonly amountCents: number;
  readonly keyId: string | null;
  readonly paidFromReserve: boolean;
  readonly description: string;
  readonly supplier: string | null;
  readonly invoiceNumber: string | null;
  readonly vatRate: 0 | 6 | 12 | 21 | null;
  readonly status: 'pending' | 'paid';
  readonly dueDate: Day | null;
  readonly paidDate: Day | null;
}

export interface PcnSourcesRow {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly postal_code: string;
  readonly city: string;
  readonly total_quota: number;
  readonly association_bce: string | null;
  readonly units: UnitTuple[];
  readonly quotas: QuotaTuple[];
  readonly ownerships: OwnershipTuple[];
  /** Names of every owner the units had, by owner id (documents only, else empty). */
  readonly names: Record<string, { firstName: string; lastName: string }>;
  readonly keys: { id: string; weights: { unitId: string; weight: number }[] }[];
  /** Not cancelled, dated within the period, by date then id (documents only, else empty). */
  readonly expenses: ExpenseRow[];
  /** Per account and source, by account, first day, expense. */
  readonly movements: MovementTuple[];
  /** The charge accounts in force on the period's last day: those moved in the period (every one for the documents). */
  readonly labels: LabelTuple[];
  /** The caller's shares of the building's units (role owner), else empty: [unit id, start, end]. */
  readonly holdings: [string, Day, Day | null][];
}

/**
 * The whole report's data in one call of `app_pcn_sources` (migration `pcn-sources`, which describes each part;
 * migration `journal-charge-lines` has it read the movements from the charge lines kept at posting time): no row
 * when the building is not in the organization or, `restricted` (role owner), when `ownerId` held no share of one of
 * its units on a day of the period; else the building, its registry, its distribution keys, the journal's
 * net movements on its charge accounts in the period (each with what the split needs of its expense) and their
 * labels. `documents` adds the period's expenses with their wording, the owners' names and every account's label.
 * A function, so that each connection plans the statement once.
 */
export function pcnSourcesStatement(
  organizationId: string,
  buildingId: string,
  period: PcnPeriod,
  restricted: boolean,
  ownerId: string | null,
  documents: boolean,
): Sql {
  return sql`SELECT * FROM app_pcn_sources(${organizationId}::uuid, ${buildingId}::uuid, ${period.from}::date,
    ${period.to}::date, ${restricted}::boolean, ${ownerId}::uuid, ${documents}::boolean)`;
}
