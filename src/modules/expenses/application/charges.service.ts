import { Injectable } from '@nestjs/common';
import { Clock, Period, ResourceNotFound, TenantContext } from '@shared/domain';
import { BuildingShareHistory, BuildingShares, distributeOn } from '../domain/building-shares';
import type { ChargeDistribution } from '../domain/charge-distribution';
import { BuildingCharges, buildingCharges, OwnerStatement, ownerStatement } from '../domain/charge-statements';
import { viewOf } from '../domain/expense';
import { ExpenseRepository } from '../domain/expense.repository';
import { RegistryAccess } from '../domain/registry-access';
import { ExpensesService } from './expenses.service';

export interface ExpenseDistribution extends ChargeDistribution {
  readonly expenseId: string;
}

/**
 * Who pays what: one expense's distribution, an owner's statement, a building's totals. The registry is read once
 * per building (units and the whole ownership history), then every expense is distributed in memory as at its date.
 */
@Injectable()
export class ChargesService {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly repo: ExpenseRepository,
    private readonly shares: BuildingShares,
    private readonly registry: RegistryAccess,
    private readonly clock: Clock,
  ) {}

  async distribution(tenant: TenantContext, expenseId: string): Promise<ExpenseDistribution> {
    const expense = await this.expenses.load(tenant, expenseId);
    const history = await this.historyOf(tenant, expense.buildingId);
    return { expenseId: expense.id, ...distributeOn(history, expense.amountCents, expense.expenseDate) };
  }

  async ownerStatement(tenant: TenantContext, ownerId: string, period: Period): Promise<OwnerStatement> {
    await this.registry.assertOwnerVisible(tenant, ownerId);
    const buildingIds = await this.shares.buildingIdsHeldBy(tenant, ownerId, period);
    if (buildingIds.length === 0) return ownerStatement(ownerId, [], new Map());
    const [expenses, histories] = await Promise.all([
      this.repo.chargeableIn(tenant.organizationId, buildingIds, period),
      this.shares.historiesOf(tenant, buildingIds),
    ]);
    const byBuilding = new Map(histories.map((h) => [h.buildingId, h]));
    const today = this.clock.today();
    return ownerStatement(
      ownerId,
      expenses.map((e) => viewOf(e, today)),
      byBuilding,
    );
  }

  /** An owner gets the expenses dated within its holding periods only (404 when it held no share in the period). */
  async buildingCharges(tenant: TenantContext, buildingId: string, period: Period): Promise<BuildingCharges> {
    const [expenses, history] = await Promise.all([
      this.expenses.chargeableForBuilding(tenant, buildingId, period),
      this.historyOf(tenant, buildingId),
    ]);
    return buildingCharges(history, expenses);
  }

  private async historyOf(tenant: TenantContext, buildingId: string): Promise<BuildingShareHistory> {
    const [history] = await this.shares.historiesOf(tenant, [buildingId]);
    if (!history) throw new ResourceNotFound('building');
    return history;
  }
}
