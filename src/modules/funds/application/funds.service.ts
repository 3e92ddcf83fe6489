import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { checkedFund, FundInput, FundSnapshot, FundView } from '../domain/fund';
import { FundRepository } from '../domain/fund.repository';
import { MoneyRegistry } from '../domain/money-registry';
import { isOrdinaryCharge, ReserveMinimum, reserveMinimumOf } from '../domain/reserve-minimum';

/**
 * The funds of a building (art. 3.86 §3): working capital and reserve, each on its own bank account, and the
 * reserve's yearly minimum. The syndic opens funds; whoever reads the building's books reads them.
 */
@Injectable()
export class FundsService {
  constructor(
    private readonly repo: FundRepository,
    private readonly registry: MoneyRegistry,
    private readonly clock: Clock,
  ) {}

  /** 404 for a building of another organization, 409 DUPLICATE_FUND_NAME, 400 for an IBAN whose check fails. */
  async open(tenant: TenantContext, buildingId: string, input: FundInput): Promise<FundView> {
    const checked = checkedFund(input);
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const now = this.clock.now();
    const fund: FundSnapshot = {
      id: randomUUID(),
      organizationId: tenant.organizationId,
      buildingId,
      ...checked,
      createdAt: now,
      updatedAt: now,
    };
    await this.repo.insert(fund);
    return { ...fund, calledCents: 0, balanceCents: 0 };
  }

  async list(tenant: TenantContext, buildingId: string): Promise<FundView[]> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    return this.repo.listByBuilding(tenant.organizationId, buildingId);
  }

  /** The fund, or 404 (also when it belongs to another building). */
  async load(tenant: TenantContext, buildingId: string, fundId: string): Promise<FundSnapshot> {
    const fund = await this.repo.findById(tenant.organizationId, buildingId, fundId);
    if (!fund) throw new ResourceNotFound('fund');
    return fund;
  }

  /** The reserve's minimum for `year`: 5 % of the ordinary charges of `year − 1` (see RESERVE_MINIMUM_RULE). */
  async reserveMinimum(tenant: TenantContext, buildingId: string, year: number): Promise<ReserveMinimum> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const charges = await this.registry.chargesByCategory(tenant, buildingId, year - 1);
    let ordinary = 0;
    for (const [category, cents] of charges) if (isOrdinaryCharge(category)) ordinary += cents;
    return reserveMinimumOf(year, ordinary);
  }
}
