import { Injectable } from '@nestjs/common';
import { BuildingsService } from '@modules/buildings';
import { ChargesService, ExpenseView } from '@modules/expenses';
import { OrganizationsService } from '@modules/identity';
import { OwnersService } from '@modules/owners';
import { type OwnershipSpan, UnitsService } from '@modules/units';
import { Clock, type TenantContext } from '../../../shared/domain';
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
    private readonly owners: OwnersService,
    private readonly charges: ChargesService,
    private readonly clock: Clock,
  ) {
    super();
  }

  organizationName(tenant: TenantContext): Promise<string> {
    return this.organizations.nameOf(tenant.organizationId);
  }

  async building(tenant: TenantContext, buildingId: string): Promise<PcnBuilding> {
    const b = await this.buildings.getForDocument(tenant, buildingId);
    return {
      id: b.id,
      name: b.name,
      address: b.address,
      postalCode: b.postalCode,
      city: b.city,
      totalQuota: b.totalQuota,
    };
  }

  /** Every unit, and the units an owner holds a share of today: one registry read. */
  async units(tenant: TenantContext, buildingId: string): Promise<PcnUnits> {
    const [[history], ownerId] = await Promise.all([
      this.unitsService.shareHistories(tenant, [buildingId]),
      tenant.role === 'owner' ? this.owners.ownerIdOf(tenant) : Promise.resolve(null),
    ]);
    const units = history?.units ?? [];
    const today = this.clock.today();
    const holdsToday = (o: OwnershipSpan) =>
      o.ownerId === ownerId && o.startDate <= today && (o.endDate === null || o.endDate > today);
    const visibleUnitIds =
      tenant.role === 'owner' ? units.filter((u) => u.ownerships.some(holdsToday)).map((u) => u.unitId) : null;
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
