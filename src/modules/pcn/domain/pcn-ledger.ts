import type { TenantContext } from '../../../shared/domain/tenant';
import type { PcnPeriod } from './pcn-period';
import type { PcnBuildingHeader, PcnExpenseLine, PcnIssuer, PcnLanguage, PcnUnitDetails } from './pcn-report';
import type { PcnMovement, PcnUnitPart } from './pcn-report.builder';

export interface SplitUnit {
  readonly unitId: string;
  readonly unitNumber: string;
}

export interface PcnBuilding extends PcnBuildingHeader {
  readonly id: string;
  readonly totalQuota: number;
  readonly associationBce: string | null;
}

/** An expense of the period as the report needs it; cancelled expenses never reach the report. */
export interface PcnExpense extends PcnExpenseLine {
  readonly id: string;
}

export interface PcnCharges {
  /** The expenses of the period, listed in the workbook (reserve-paid ones included); empty but for the documents. */
  readonly expenses: PcnExpense[];
  /** The journal's net movements on the charge accounts in the period: the report's figures. */
  readonly movements: readonly PcnMovement[];
  readonly parts: readonly PcnUnitPart[];
  readonly coveredByReserve: readonly PcnMovement[];
}

export interface PcnUnits {
  readonly units: SplitUnit[];
  readonly visibleUnitIds: readonly string[] | null;
  /** Quota and owners of each unit, by unit id, for the documents (empty but for them). */
  readonly details: Readonly<Record<string, PcnUnitDetails>>;
}

/** Everything one report reads: the building, its units and the period's charges. */
export interface PcnSources {
  readonly building: PcnBuilding;
  readonly units: PcnUnits;
  readonly charges: PcnCharges;
  /** Labels in the report's language of the charge accounts in force on the period's last day, by code. */
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * What the report reads from the registry, the expenses and the journal. `sources` answers a not-found DomainError
 * (404) when the building is not in the caller's organization or, for role owner, when the caller held no share of
 * one of its units on a day of the period.
 */
export abstract class PcnLedger {
  /** The name and letterhead of the caller's organization. */
  abstract issuer(tenant: TenantContext): Promise<PcnIssuer & { name: string }>;
  /**
   * The building; every unit of it, whoever the caller is, and the units the caller may see (null for every unit,
   * or, role owner, those it held a share of on a day of the period); the journal's net movements on the charge
   * accounts (class 6) of the building in the period, per account and source (an expense, a manual entry),
   * year-end closings apart; the expenses dated within the period, cancelled ones left out, by date then id (an
   * owner's, and its movements, within its holdings); the unit parts per account, as the building's period
   * statement splits the movements (per key and registry state, each sum once), and what the reserve fund covers.
   * REGISTRY_INCOMPLETE (422) when the registry is incomplete on a date with a charge to split. The expenses and
   * the units' details (quota, owners) are read for the `documents` only (PDF, workbook): the figures do not need them;
   * the labels are those of the accounts moved in the period (every charge account's for the documents).
   */
  abstract sources(
    tenant: TenantContext,
    buildingId: string,
    period: PcnPeriod,
    lang: PcnLanguage,
    documents: boolean,
  ): Promise<PcnSources>;
}
