import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Page, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { Owner, OwnerSnapshot } from '../domain/owner';
import { OwnerCriteria, OwnerName, OwnerRepository } from '../domain/owner.repository';
import { OwnerInput, OwnerListInput } from './owner.inputs';

const notFound = () => new ResourceNotFound('owner');

/**
 * Owners of the caller's organization, and the facade other contexts use (`@modules/owners`): `assertExists`,
 * `ownerIdOf`, `namesFor`. A caller with role owner sees only its own record (linked through `userId`).
 */
@Injectable()
export class OwnersService {
  constructor(private readonly repo: OwnerRepository) {}

  async create(tenant: TenantContext, input: OwnerInput): Promise<OwnerSnapshot> {
    const owner = Owner.create({ ...input, id: randomUUID(), organizationId: tenant.organizationId }, new Date());
    await this.repo.insert(owner);
    return owner.toSnapshot();
  }

  async list(tenant: TenantContext, input: OwnerListInput): Promise<Page<OwnerSnapshot>> {
    const byEmail = input.q?.includes('@') ? input.q : undefined;
    const criteria: OwnerCriteria = {
      namePrefix: byEmail ? undefined : input.q,
      email: input.email ?? byEmail,
      userId: tenant.role === 'owner' ? tenant.userId : undefined,
    };
    const page = {
      page: input.page,
      perPage: input.perPage,
      sort: input.sort ?? 'lastName',
      order: input.order ?? 'asc',
    };
    return this.repo.list(tenant.organizationId, criteria, page);
  }

  /** The owner, or 404 (also for a caller with role owner asking for someone else). */
  async get(tenant: TenantContext, id: string): Promise<OwnerSnapshot> {
    const owner = await this.repo.findById(tenant.organizationId, id);
    if (!owner || (tenant.role === 'owner' && owner.userId !== tenant.userId)) throw notFound();
    return owner;
  }

  /** Throws ResourceNotFound (404) unless the owner exists in the caller's organization and is visible to it. */
  async assertExists(tenant: TenantContext, id: string): Promise<void> {
    if (tenant.role === 'owner') {
      if ((await this.ownerIdOf(tenant)) !== id) throw notFound();
      return;
    }
    if (!(await this.repo.findById(tenant.organizationId, id))) throw notFound();
  }

  /** The owner record linked to the calling user (role owner), or null. */
  ownerIdOf(tenant: TenantContext): Promise<string | null> {
    return this.repo.findIdByUser(tenant.organizationId, tenant.userId);
  }

  /** First and last names by owner id, in one query; unknown ids are left out. */
  namesFor(tenant: TenantContext, ids: readonly string[]): Promise<Map<string, OwnerName>> {
    return this.repo.namesFor(tenant.organizationId, [...new Set(ids)]);
  }

  async revise(tenant: TenantContext, id: string, input: OwnerInput): Promise<OwnerSnapshot> {
    const updated = await this.repo.update(tenant.organizationId, id, (owner) => owner.revise(input, new Date()));
    if (!updated) throw notFound();
    return updated;
  }

  /** Refused (409 OWNER_HAS_OWNERSHIPS) while the owner holds or held a share: that history must stay. */
  async remove(tenant: TenantContext, id: string): Promise<void> {
    if (!(await this.repo.delete(tenant.organizationId, id))) throw notFound();
  }
}
