import { Injectable } from '@nestjs/common';
import { CalendarDate, Clock, Period, ResourceNotFound, TenantContext } from '@shared/domain';
import { BuildingShareHistory, BuildingShares } from '../domain/building-shares';
import type { ChargeDistribution } from '../domain/charge-distribution';
import {
  BuildingCharges,
  buildingCharges,
  KeysById,
  OwnerStatement,
  ownerStatement,
} from '../domain/charge-statements';
import { DistributionKeyRepository } from '../domain/distribution-key.repository';
import { viewOf } from '../domain/expense';
import { ExpenseRepository } from '../domain/expense.repository';
import { distributeByKeyOn } from '../domain/registry-state';
import { RegistryAccess } from '../domain/registry-access';
import { SplitSources } from '../domain/split-sources';
import { ExpensesService } from './expenses.service';

export interface ExpenseDistribution extends ChargeDistribution {
  readonly expenseId: string;
}

/**
 * Who pays what: one expense's distribution, an owner's statement, a building's totals. One expense reads the registry
 * of its day with it; a statement or a building's totals read the registry once per building (units and the whole
 * ownership history), with the building's distribution keys, then split everything in memory as at each expense's
 * date. A date when the registry is incomplete answers REGISTRY_INCOMPLETE.
 */
@Injectable()
export class ChargesService {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly repo: ExpenseRepository,
    private readonly keys: DistributionKeyRepository,
    private readonly shares: BuildingShares,
    private readonly registry: RegistryAccess,
    private readonly sources: SplitSources,
    private readonly clock: Clock,
  ) {}

  /** One round trip: the expense, its key and the registry of its day (SplitSources). */
  async distribution(tenant: TenantContext, expenseId: string): Promise<ExpenseDistribution> {
    const { expense, history, key } = await this.expenses.loadVisible(
      tenant,
      this.sources.forExpense(tenant.organizationId, expenseId),
    );
    return { expenseId: expense.id, ...distributeByKeyOn(history, key, expense.amountCents, expense.expenseDate) };
  }

  async ownerStatement(tenant: TenantContext, ownerId: string, period: Period): Promise<OwnerStatement> {
    await this.registry.assertOwnerVisible(tenant, ownerId);
    const buildingIds = await this.shares.buildingIdsHeldBy(tenant, ownerId, period);
    if (buildingIds.length === 0) return ownerStatement(ownerId, [], new Map(), new Map());
    const [expenses, histories, keys] = await Promise.all([
      this.repo.chargeableIn(tenant.organizationId, buildingIds, period),
      this.shares.historiesOf(tenant, buildingIds),
      this.keysOf(tenant, buildingIds),
    ]);
    const byBuilding = new Map(histories.map((h) => [h.buildingId, h]));
    const today = this.clock.today();
    return ownerStatement(
      ownerId,
      expenses.filter(chargedToOwners).map((e) => viewOf(e, today)),
      byBuilding,
      keys,
    );
  }

  /** An owner gets the expenses dated within its holding periods only (404 when it held no share in the period). */
  async buildingCharges(tenant: TenantContext, buildingId: string, period: Period): Promise<BuildingCharges> {
    const [expenses, history, keys] = await Promise.all([
      this.expenses.chargeableForBuilding(tenant, buildingId, period),
      this.historyOf(tenant, buildingId),
      this.keysOf(tenant, [buildingId]),
    ]);
    return buildingCharges(history, keys, expenses.filter(chargedToOwners));
  }

  /**
   * Facade (calls for funds): `amountCents` split exactly, by the key's weights or by the quotas, over the units and
   * owners as registered on `day` (domain.md "Money"). 404 for a building or key the caller cannot see,
   * 422 REGISTRY_INCOMPLETE when on `day` some of it would go to nobody.
   */
  async splitOn(
    tenant: TenantContext,
    buildingId: string,
    keyId: string | null,
    amountCents: number,
    day: CalendarDate,
  ): Promise<ChargeDistribution> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const [history, key] = await Promise.all([
      this.historyOf(tenant, buildingId),
      keyId ? this.keys.findById(tenant.organizationId, buildingId, keyId) : null,
    ]);
    if (keyId && !key) throw new ResourceNotFound('distribution key');
    return distributeByKeyOn(history, key, amountCents, day);
  }

  private async keysOf(tenant: TenantContext, buildingIds: readonly string[]): Promise<KeysById> {
    return new Map((await this.keys.ofBuildings(tenant.organizationId, buildingIds)).map((k) => [k.id, k]));
  }

  private async historyOf(tenant: TenantContext, buildingId: string): Promise<BuildingShareHistory> {
    const [history] = await this.shares.historiesOf(tenant, [buildingId]);
    if (!history) throw new ResourceNotFound('building');
    return history;
  }
}

/** Expenses paid from the reserve fund are covered by it: the owners paid them into the fund already. */
const chargedToOwners = (e: { readonly paidFromReserve: boolean }): boolean => !e.paidFromReserve;
