import type { TenantContext } from '../../../shared/domain/tenant';
import type { PcnPeriod } from './pcn-period';
import type { PcnBuildingHeader, PcnExpenseLine, PcnIssuer, PcnUnitDetails } from './pcn-report';
import type { PcnUnitPart } from './pcn-report.builder';

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
  readonly expenses: PcnExpense[];
  readonly parts: readonly PcnUnitPart[];
}

export interface PcnUnits {
  readonly units: SplitUnit[];
  readonly visibleUnitIds: readonly string[] | null;
  /** Quota and owners of each unit, by unit id, for the documents. */
  readonly details: Readonly<Record<string, PcnUnitDetails>>;
}

/**
 * What the report reads from the registry and the expenses contexts, through their facades. Every method answers
 * a not-found DomainError (404) when the building is not in the caller's organization or not visible to it.
 */
export abstract class PcnLedger {
  /** The name and letterhead of the caller's organization. */
  abstract issuer(tenant: TenantContext): Promise<PcnIssuer & { name: string }>;
  /** The building; for role owner, 404 unless it held a share of one of its units on a day of the period. */
  abstract building(tenant: TenantContext, buildingId: string, period: PcnPeriod): Promise<PcnBuilding>;
  /**
   * Every unit of the building, whoever the caller is, and the units the caller may see: null for every unit, or
   * (role owner) those it held a share of on a day of the period.
   */
  abstract units(tenant: TenantContext, buildingId: string, period: PcnPeriod): Promise<PcnUnits>;
  /**
   * Expenses dated within the period, cancelled ones left out, by date then id (an owner's within its holdings);
   * and the unit parts per account, as the building's period statement splits them (per key and registry state,
   * each sum once). REGISTRY_INCOMPLETE (422) when the registry is incomplete on an expense date.
   */
  abstract chargesIn(tenant: TenantContext, buildingId: string, period: PcnPeriod): Promise<PcnCharges>;
}
