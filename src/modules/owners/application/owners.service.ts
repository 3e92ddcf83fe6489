import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CalendarDate, Clock, Page, ResourceNotFound, TenantContext } from '../../../shared/domain';
import { ConsentRegister } from '../domain/consent.register';
import type { ConvocationChannel } from '../domain/email-consent';
import { Owner, OwnerSnapshot } from '../domain/owner';
import { UserIsNotAnOwner } from '../domain/owner.errors';
import { OwnerCriteria, OwnerName, OwnerRepository } from '../domain/owner.repository';
import { OwnerAccounts } from './owner-accounts';
import { OwnerInput, OwnerListInput } from './owner.inputs';

const notFound = () => new ResourceNotFound('owner');

/**
 * Owners of the caller's organization, and the facade other contexts use (`@modules/owners`): `assertExists`,
 * `ownerIdOf`, `ownerIdLinkedTo`, `namesFor`, `channelsOn`. A caller with role owner sees only its own record (linked through
 * `userId`, which must be an active owner-role account of the organization).
 */
@Injectable()
export class OwnersService {
  constructor(
    private readonly repo: OwnerRepository,
    private readonly accounts: OwnerAccounts,
    private readonly clock: Clock,
    private readonly consents: ConsentRegister,
  ) {}

  /** 404 for a `userId` unknown to the organization, 422 USER_NOT_OWNER_ROLE, 409 DUPLICATE_OWNER_EMAIL. */
  async create(tenant: TenantContext, input: OwnerInput): Promise<OwnerSnapshot> {
    if (input.userId) await this.assertOwnerAccount(tenant, input.userId);
    const owner = Owner.create({ ...input, id: randomUUID(), organizationId: tenant.organizationId }, this.clock.now());
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
    return this.ownerIdLinkedTo(tenant.organizationId, tenant.userId);
  }

  /** The owner record linked to a user account of the organization, or null (personal-data requests). */
  ownerIdLinkedTo(organizationId: string, userId: string): Promise<string | null> {
    return this.repo.findIdByUser(organizationId, userId);
  }

  /** First and last names by owner id, in one query; unknown ids are left out. */
  namesFor(tenant: TenantContext, ids: readonly string[]): Promise<Map<string, OwnerName>> {
    return this.repo.namesFor(tenant.organizationId, [...new Set(ids)]);
  }

  /**
   * How each owner is convoked on `day` (general assembly): `email` while a written consent is in force that day,
   * else `registered_mail`; one query, ids not in the organization left out. Not filtered by role.
   */
  channelsOn(
    tenant: TenantContext,
    ownerIds: readonly string[],
    day: CalendarDate,
  ): Promise<Map<string, ConvocationChannel>> {
    return this.consents.channelsOn(tenant.organizationId, [...new Set(ownerIds)], day);
  }

  /** Replaces the editable fields; a newly linked `userId` is checked like on creation. */
  async revise(tenant: TenantContext, id: string, input: OwnerInput): Promise<OwnerSnapshot> {
    if (input.userId) {
      const current = await this.repo.findById(tenant.organizationId, id);
      if (!current) throw notFound();
      if (current.userId !== input.userId) await this.assertOwnerAccount(tenant, input.userId);
    }
    const updated = await this.repo.update(tenant.organizationId, id, (owner) => owner.revise(input, this.clock.now()));
    if (!updated) throw notFound();
    return updated;
  }

  /** Refused (409 OWNER_HAS_OWNERSHIPS) while the owner holds or held a share: that history must stay. */
  async remove(tenant: TenantContext, id: string): Promise<void> {
    if (!(await this.repo.delete(tenant.organizationId, id))) throw notFound();
  }

  private async assertOwnerAccount(tenant: TenantContext, userId: string): Promise<void> {
    if (!(await this.accounts.isOwnerAccount(tenant, userId))) throw new UserIsNotAnOwner();
  }
}
