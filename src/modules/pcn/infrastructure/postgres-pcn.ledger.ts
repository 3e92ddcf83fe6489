import { Injectable } from '@nestjs/common';
import {
  type BuildingShareHistory,
  type ExpenseCategory,
  holdingPeriods,
  periodChargesOf,
  statusOn,
  vatCentsOf,
} from '@modules/expenses';
import { OrganizationsService } from '@modules/identity';
import { OwnersService } from '@modules/owners';
import { Clock, ResourceNotFound, type TenantContext } from '@shared/domain';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { PcnExpense, PcnLedger, PcnSources, PcnUnits } from '../domain/pcn-ledger';
import { PcnPeriod } from '../domain/pcn-period';
import type { PcnExpenseStatus, PcnIssuer, PcnUnitDetails } from '../domain/pcn-report';
import { type ExpenseRow, type PcnSourcesRow, pcnSourcesStatement, type UnitRow } from './pcn-sources.statement';

/**
 * The report's data in one statement (`pcnSourcesStatement`): the building check, the registry, the distribution
 * keys, the period's expenses and the journal's charge movements; the split is the expenses context's period
 * statement (`periodChargesOf`). Only a caller with role owner costs one more read: its owner record.
 */
@Injectable()
export class PostgresPcnLedger extends PcnLedger {
  constructor(
    private readonly db: TenantDatabase,
    private readonly organizations: OrganizationsService,
    private readonly owners: OwnersService,
    private readonly clock: Clock,
  ) {
    super();
  }

  issuer(tenant: TenantContext): Promise<PcnIssuer & { name: string }> {
    return this.organizations.letterheadOf(tenant.organizationId);
  }

  async sources(tenant: TenantContext, buildingId: string, period: PcnPeriod, documents: boolean): Promise<PcnSources> {
    const restricted = tenant.role === 'owner';
    const ownerId = restricted ? await this.owners.ownerIdOf(tenant) : null;
    const [row] = await this.db
      .reader(tenant.organizationId)
      .rows<PcnSourcesRow>(
        pcnSourcesStatement(tenant.organizationId, buildingId, period, restricted, ownerId, documents),
      );
    if (!row) throw new ResourceNotFound('building');
    const history = historyOf(buildingId, row);
    const held = restricted ? holdingPeriods(row.holdings.map((h) => ({ ...h, buildingId }))) : null;
    const charges = periodChargesOf(
      buildingId,
      history,
      new Map(row.keys.map((k) => [k.id, k])),
      row.expenses.map((e) => ({ ...e, category: e.category as ExpenseCategory })),
      row.movements,
      held,
    );
    return {
      building: {
        id: row.id,
        name: row.name,
        address: row.address,
        postalCode: row.postal_code,
        city: row.city,
        totalQuota: row.total_quota,
        associationBce: row.association_bce,
      },
      units: unitsOf(row, period, restricted, documents),
      charges: {
        expenses: documents ? charges.expenses.map(toPcnExpense(this.clock.today())) : [],
        movements: charges.movements,
        parts: charges.parts.map((p) => ({ unitId: p.unitId, accountCode: p.accountCode, amountCents: p.amountCents })),
        coveredByReserve: charges.coveredByReserve,
      },
    };
  }
}

function historyOf(buildingId: string, row: PcnSourcesRow): BuildingShareHistory {
  return {
    buildingId,
    totalQuota: row.total_quota,
    units: row.units.map((u) => ({
      unitId: u.unitId,
      unitNumber: u.unitNumber,
      quota: currentQuota(u),
      quotas: u.quotas,
      ownerships: u.ownerships,
    })),
  };
}

/**
 * Every unit; an owner sees the units it held a share of on at least one day of the period (a seller, those it sold).
 * The documents print each unit's quota on the period's last day and its owners during the period.
 */
function unitsOf(row: PcnSourcesRow, period: PcnPeriod, restricted: boolean, documents: boolean): PcnUnits {
  const during = (o: { startDate: string; endDate: string | null }) =>
    o.startDate <= period.to && (o.endDate === null || o.endDate > period.from);
  const visibleUnitIds = restricted ? [...new Set(row.holdings.filter(during).map((h) => h.unitId))] : null;
  const details: Record<string, PcnUnitDetails> = {};
  for (const unit of documents ? row.units : []) {
    const owners = unit.ownerships
      .filter(during)
      .map((o) => row.names[o.ownerId])
      .filter((name) => name !== undefined)
      .map((name) => `${name.lastName} ${name.firstName}`.trim());
    details[unit.unitId] = { quota: quotaOn(unit, period.to), owners: [...new Set(owners)] };
  }
  return { units: row.units.map((u) => ({ unitId: u.unitId, unitNumber: u.unitNumber })), visibleUnitIds, details };
}

/** The quota as recorded now: its latest period. */
const currentQuota = (unit: UnitRow): number => unit.quotas.at(-1)?.quota ?? 0;

// The quota the unit held on the last day of the period: a report on a past year shows that year's split.
function quotaOn(unit: UnitRow, day: string): number {
  const span = unit.quotas.find(
    (q) => (q.validFrom === null || q.validFrom <= day) && (q.validTo === null || q.validTo > day),
  );
  return span?.quota ?? currentQuota(unit);
}

/** An expense as the workbook lists it (the statement reads its wording for the documents). */
function toPcnExpense(today: string) {
  return (e: ExpenseRow): PcnExpense => ({
    id: e.id,
    date: e.expenseDate,
    accountCode: e.accountCode,
    category: e.category,
    description: e.description ?? '',
    supplier: e.supplier ?? null,
    invoiceNumber: e.invoiceNumber ?? null,
    amountCents: e.amountCents,
    status: statusOn({ status: e.status ?? 'pending', dueDate: e.dueDate ?? null }, today) as PcnExpenseStatus,
    vatCents: vatCentsOf(e.amountCents, e.vatRate ?? null),
    dueDate: e.dueDate ?? null,
    paidDate: e.paidDate ?? null,
  });
}
