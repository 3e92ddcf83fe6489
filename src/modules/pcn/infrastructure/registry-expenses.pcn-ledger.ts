import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { JournalService } from '@modules/accounting';
import { ChargesService, ExpenseView } from '@modules/expenses';
import { OrganizationsService } from '@modules/identity';
import { OwnersService, type OwnerName } from '@modules/owners';
import { type HoldingSpan, type UnitOwnershipHistory, UnitsService } from '@modules/units';
import { brusselsDate, type TenantContext } from '../../../shared/domain';
import { PcnBuilding, PcnCharges, PcnExpense, PcnLedger, PcnUnits } from '../domain/pcn-ledger';
import { PcnPeriod } from '../domain/pcn-period';
import type { PcnExpenseStatus, PcnIssuer, PcnUnitDetails } from '../domain/pcn-report';

/** The report's data, through the facades of the registry, expenses, accounting and identity contexts only. */
@Injectable()
export class RegistryExpensesPcnLedger extends PcnLedger {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly buildings: BuildingsService,
    private readonly unitsService: UnitsService,
    private readonly charges: ChargesService,
    private readonly owners: OwnersService,
    private readonly journal: JournalService,
  ) {
    super();
  }

  issuer(tenant: TenantContext): Promise<PcnIssuer & { name: string }> {
    return this.organizations.letterheadOf(tenant.organizationId);
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
      associationBce: b.associationBce,
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
    const ownersDuring = (u: UnitOwnershipHistory) =>
      u.ownerships.filter((o) => o.startDate <= period.to && (o.endDate === null || o.endDate > period.from));
    const names = await this.owners.namesFor(
      tenant,
      units.flatMap((u) => ownersDuring(u).map((o) => o.ownerId)),
    );
    const details: Record<string, PcnUnitDetails> = {};
    for (const unit of units) {
      const owners = ownersDuring(unit)
        .map((o) => names.get(o.ownerId))
        .filter((name): name is OwnerName => name !== undefined)
        .map((name) => `${name.lastName} ${name.firstName}`.trim());
      details[unit.unitId] = { quota: quotaOn(unit, period.to), owners: [...new Set(owners)] };
    }
    return { units: units.map((u) => ({ unitId: u.unitId, unitNumber: u.unitNumber })), visibleUnitIds, details };
  }

  /** The journal's figures (one statement), then the expenses and the split of those figures over the units. */
  async chargesIn(tenant: TenantContext, buildingId: string, period: PcnPeriod): Promise<PcnCharges> {
    const movements = await this.journal.chargeMovements(tenant.organizationId, buildingId, period.from, period.to);
    const charges = await this.charges.periodCharges(tenant, buildingId, period, movements);
    return {
      expenses: charges.expenses.map(toPcnExpense),
      movements: charges.movements,
      parts: charges.parts.map((p) => ({ unitId: p.unitId, accountCode: p.accountCode, amountCents: p.amountCents })),
      coveredByReserve: charges.coveredByReserve,
    };
  }
}

// The quota the unit held on the last day of the period: a report on a past year shows that year's split.
function quotaOn(unit: UnitOwnershipHistory, day: string): number {
  const span = unit.quotas.find(
    (q) => (q.validFrom === null || q.validFrom <= day) && (q.validTo === null || q.validTo > day),
  );
  return span?.quota ?? unit.quota;
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
    vatCents: e.vatCents,
    dueDate: e.dueDate,
    paidDate: e.paidAt ? brusselsDate(e.paidAt) : null,
  };
}
