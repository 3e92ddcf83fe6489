import { Injectable } from '@nestjs/common';
import { chargeLabelIn } from '@modules/accounting';
import {
  type BuildingShareHistory,
  type ChargeMovement,
  type ExpenseCategory,
  holdingPeriods,
  periodChargesOf,
  type PeriodExpense,
  statusOn,
  vatCentsOf,
} from '@modules/expenses';
import { OrganizationsService } from '@modules/identity';
import { OwnersService } from '@modules/owners';
import { Clock, ResourceNotFound, type TenantContext } from '@shared/domain';
import { TenantDatabase } from '@shared/persistence/tenant-database';
import { PcnExpense, PcnLedger, PcnSources, PcnUnits } from '../domain/pcn-ledger';
import { PcnPeriod } from '../domain/pcn-period';
import type { PcnExpenseStatus, PcnIssuer, PcnLanguage, PcnUnitDetails } from '../domain/pcn-report';
import { type ExpenseRow, type PcnSourcesRow, pcnSourcesStatement } from './pcn-sources.statement';

type UnitHistory = BuildingShareHistory['units'][number];
type Ownership = UnitHistory['ownerships'][number];
type QuotaPeriod = NonNullable<UnitHistory['quotas']>[number];

/**
 * The report's data in one statement (`pcnSourcesStatement`): the building check, the registry, the distribution
 * keys, the journal's charge movements and their accounts' labels; the split is the expenses context's period
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

  async sources(
    tenant: TenantContext,
    buildingId: string,
    period: PcnPeriod,
    lang: PcnLanguage,
    documents: boolean,
  ): Promise<PcnSources> {
    const restricted = tenant.role === 'owner';
    const ownerId = restricted ? await this.owners.ownerIdOf(tenant) : null;
    const [row] = await this.db
      .reader(tenant.organizationId)
      .rows<PcnSourcesRow>(
        pcnSourcesStatement(tenant.organizationId, buildingId, period, restricted, ownerId, documents),
      );
    if (!row) throw new ResourceNotFound('building');
    const history = historyOf(buildingId, row);
    const holdings = row.holdings.map(([unitId, startDate, endDate]) => ({ unitId, startDate, endDate }));
    const held = restricted ? holdingPeriods(holdings.map((h) => ({ ...h, buildingId }))) : null;
    const movements: ChargeMovement[] = row.movements.map(([accountCode, expenseId, amountCents, date]) => ({
      accountCode,
      expenseId,
      amountCents,
      date,
    }));
    // The workbook lists every expense of the period; the figures need only those behind a movement.
    const expenses: (PeriodExpense & Partial<ExpenseRow>)[] = documents
      ? row.expenses.map((e) => ({ ...e, category: e.category as ExpenseCategory }))
      : movementExpenses(row.movements);
    const keys = new Map(row.keys.map((k) => [k.id, k]));
    const charges = periodChargesOf(buildingId, history, keys, expenses, movements, held);
    const during = (o: { startDate: string; endDate: string | null }) =>
      o.startDate <= period.to && (o.endDate === null || o.endDate > period.from);
    const units: PcnUnits = {
      units: history.units.map((u) => ({ unitId: u.unitId, unitNumber: u.unitNumber })),
      visibleUnitIds: restricted ? [...new Set(holdings.filter(during).map((h) => h.unitId))] : null,
      details: documents ? detailsOf(history, row.names, period) : {},
    };
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
      units,
      charges: {
        expenses: documents ? (charges.expenses as ExpenseRow[]).map(toPcnExpense(this.clock.today())) : [],
        movements: charges.movements,
        parts: charges.parts.map((p) => ({ unitId: p.unitId, accountCode: p.accountCode, amountCents: p.amountCents })),
        coveredByReserve: charges.coveredByReserve,
      },
      labels: new Map(
        row.labels.map(([code, labelFr, labelNl, labelEn]) => [
          code,
          chargeLabelIn({ labelFr, labelNl, labelEn }, lang),
        ]),
      ),
    };
  }
}

/** The period's expenses behind the movements, once each. */
function movementExpenses(movements: PcnSourcesRow['movements']): PeriodExpense[] {
  const byId = new Map<string, PeriodExpense>();
  for (const [, id, , , expenseDate, category, keyId, paidFromReserve] of movements) {
    if (id === null || expenseDate === null || byId.has(id)) continue;
    byId.set(id, {
      id,
      expenseDate,
      category: category as ExpenseCategory,
      keyId,
      paidFromReserve: paidFromReserve === true,
    });
  }
  return [...byId.values()];
}

function historyOf(buildingId: string, row: PcnSourcesRow): BuildingShareHistory {
  const quotas = new Map<string, QuotaPeriod[]>();
  for (const [unitId, quota, validFrom, validTo] of row.quotas) {
    const list = quotas.get(unitId) ?? quotas.set(unitId, []).get(unitId)!;
    list.push({ quota, validFrom, validTo });
  }
  const ownerships = new Map<string, Ownership[]>();
  for (const [unitId, ownerId, share, startDate, endDate] of row.ownerships) {
    const list = ownerships.get(unitId) ?? ownerships.set(unitId, []).get(unitId)!;
    list.push({ ownerId, share, startDate, endDate });
  }
  return {
    buildingId,
    totalQuota: row.total_quota,
    units: row.units.map(([unitId, unitNumber]) => {
      const periods = quotas.get(unitId) ?? [];
      // The quota as recorded now: its latest period.
      const quota = periods.at(-1)?.quota ?? 0;
      return { unitId, unitNumber, quota, quotas: periods, ownerships: ownerships.get(unitId) ?? [] };
    }),
  };
}

/**
 * What the documents print of each unit: its quota on the period's last day (a report on a past year shows that
 * year's split) and its owners during the period.
 */
function detailsOf(
  history: BuildingShareHistory,
  names: PcnSourcesRow['names'],
  period: PcnPeriod,
): Record<string, PcnUnitDetails> {
  const details: Record<string, PcnUnitDetails> = {};
  for (const unit of history.units) {
    const owners = unit.ownerships
      .filter((o) => o.startDate <= period.to && (o.endDate === null || o.endDate > period.from))
      .map((o) => names[o.ownerId])
      .filter((name) => name !== undefined)
      .map((name) => `${name.lastName} ${name.firstName}`.trim());
    const span = unit.quotas?.find(
      (q) => (q.validFrom === null || q.validFrom <= period.to) && (q.validTo === null || q.validTo > period.to),
    );
    details[unit.unitId] = { quota: span?.quota ?? unit.quota, owners: [...new Set(owners)] };
  }
  return details;
}

/** An expense as the workbook lists it. */
function toPcnExpense(today: string) {
  return (e: ExpenseRow): PcnExpense => ({
    id: e.id,
    date: e.expenseDate,
    accountCode: e.accountCode,
    category: e.category,
    description: e.description,
    supplier: e.supplier,
    invoiceNumber: e.invoiceNumber,
    amountCents: e.amountCents,
    status: statusOn(e, today) as PcnExpenseStatus,
    vatCents: vatCentsOf(e.amountCents, e.vatRate),
    dueDate: e.dueDate,
    paidDate: e.paidDate,
  });
}
