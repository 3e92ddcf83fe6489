import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock, Page, ResourceNotFound, SortOrder, TenantContext } from '@shared/domain';
import { checkedKey, DistributionKeyInput, DistributionKeySnapshot } from '../domain/distribution-key';
import { DistributionKeyRepository, KeySort } from '../domain/distribution-key.repository';
import { RegistryAccess } from '../domain/registry-access';

export interface ListKeysInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: KeySort;
  readonly order?: SortOrder;
}

const notFound = () => new ResourceNotFound('distribution key');

/**
 * The distribution keys of a building (domain.md "Time"): whoever may see the building reads them; only the syndic
 * writes them (they come from the statutes). A key an expense is split by keeps its weights (KEY_IN_USE).
 */
@Injectable()
export class DistributionKeysService {
  constructor(
    private readonly repo: DistributionKeyRepository,
    private readonly registry: RegistryAccess,
    private readonly clock: Clock,
  ) {}

  /** The building and the units are checked by the insert's foreign keys (404 each). */
  async create(
    tenant: TenantContext,
    buildingId: string,
    input: DistributionKeyInput,
  ): Promise<DistributionKeySnapshot> {
    const checked = checkedKey(input);
    const now = this.clock.now();
    const key = {
      id: randomUUID(),
      organizationId: tenant.organizationId,
      buildingId,
      ...checked,
      createdAt: now,
      updatedAt: now,
    };
    await this.repo.insert(key);
    return key;
  }

  async list(tenant: TenantContext, buildingId: string, input: ListKeysInput): Promise<Page<DistributionKeySnapshot>> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    return this.repo.list(tenant.organizationId, buildingId, {
      page: input.page,
      perPage: input.perPage,
      sort: input.sort ?? 'name',
      order: input.order ?? 'asc',
    });
  }

  async get(tenant: TenantContext, buildingId: string, id: string): Promise<DistributionKeySnapshot> {
    await this.registry.assertBuildingVisible(tenant, buildingId);
    const key = await this.repo.findById(tenant.organizationId, buildingId, id);
    if (!key) throw notFound();
    return key;
  }

  async replace(
    tenant: TenantContext,
    buildingId: string,
    id: string,
    input: DistributionKeyInput,
  ): Promise<DistributionKeySnapshot> {
    const checked = checkedKey(input);
    const key = await this.repo.replace(tenant.organizationId, buildingId, id, checked, this.clock.now());
    if (!key) throw notFound();
    return key;
  }

  async remove(tenant: TenantContext, buildingId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(tenant.organizationId, buildingId, id))) throw notFound();
  }
}
