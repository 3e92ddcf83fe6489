import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { ChargesService, ExpenseView } from '@modules/expenses';
import { OrganizationsService } from '@modules/identity';
import { type HoldingSpan, UnitsService } from '@modules/units';
import type { TenantContext } from '../../../shared/domain';
import { PcnBuilding, PcnCharges, PcnExpense, PcnLedger, PcnUnits } from '../domain/pcn-ledger';
import { PcnPeriod } from '../domain/pcn-period';
import type { PcnExpenseStatus } from '../domain/pcn-report';

/** The report's data, through the facades of the registry, expenses and identity contexts only. */
@Injectable()
export class RegistryExpensesPcnLedger extends PcnLedger {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly buildings: BuildingsService,
    private readonly unitsService: UnitsService,
    private readonly charges: ChargesService,
  ) {
    super();
  }

  organizationName(tenant: TenantContext): Promise<string> {
    return this.organizations.nameOf(tenant.organizationId);
  }

  async building(tenant: TenantContext, buildingId: string, period: PcnPeriod): Promise<PcnBuilding> {
    const b = await this.buildings.getForDocument(tenant, buildingId, period);
    return {
      id: b.id,
      name: b.name,
      address: b.address,
      postalCode: b.postalCode,
      city: b.city,
      totalQuota: b.totalQuota,
    };
  }

  /**
   * Every unit, in one registry read; an owner sees the units it held a share of on at least one day of the period
   * (a seller, those it sold).
   */
  async units(tenant: TenantContext, buildingId: string, period: PcnPeriod): Promise<PcnUnits> {
    const [[history], holdings] = await Promise.all([
      this.unitsService.shareHistories(tenant, [buildingId]),
      this.unitsService.holdingsOf(tenant),
    ]);
    const units = history?.units ?? [];
    const heldDuring = (h: HoldingSpan) =>
      h.buildingId === buildingId && h.startDate <= period.to && (h.endDate === null || h.endDate > period.from);
    const visibleUnitIds = holdings && [...new Set(holdings.filter(heldDuring).map((h) => h.unitId))];
    return { units: units.map((u) => ({ unitId: u.unitId, unitNumber: u.unitNumber })), visibleUnitIds };
  }


  /** One read of the expenses serves both the account totals and the unit parts. */
  async chargesIn(tenant: TenantContext, buildingId: string, period: PcnPeriod): Promise<PcnCharges> {
    const { expenses, parts } = await this.charges.periodCharges(tenant, buildingId, period);
    return {
      expenses: expenses.map(toPcnExpense),
      parts: parts.map((p) => ({ unitId: p.unitId, accountCode: p.accountCode, amountCents: p.amountCents })),
    };
  }
}

function toPcnExpense(e: ExpenseView): PcnExpense {
  return {
    id: e.id,
    date: e.expenseDate,
    accountCode: e.accountCode,
    category: e.category,
    description: e.description,
    supplier: e.supplier,
    invoiceNumber: e.invoiceNumber,
    amountCents: e.amountCents,
    status: e.status as PcnExpenseStatus,
  };
}
