import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry } from '@modules/identity';
import type { OwnerSnapshot } from '../domain/owner';
import { OwnerRepository } from '../domain/owner.repository';
import { Clock } from '../../../shared/domain/clock';

export const ANONYMIZED_OWNER_FIELDS = [
  'owner.firstName',
  'owner.lastName',
  'owner.email',
  'owner.phone',
  'owner.address',
] as const;

/**
 * The owner record linked to a user account, for the GDPR export and erasure identity runs. The shares the owner
 * holds are exported by the units context (units depends on owners, not the other way round).
 */
@Injectable()
export class OwnerPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'owners';

  constructor(
    private readonly repo: OwnerRepository,
    private readonly registry: PersonalDataRegistry,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  /** The linked owner record, in a list (empty for a user without one, or the platform superadmin). */
  async exportFor(organizationId: string | null, userId: string): Promise<OwnerSnapshot[]> {
    if (!organizationId) return [];
    const id = await this.repo.findIdByUser(organizationId, userId);
    const owner = id ? await this.repo.findById(organizationId, id) : null;
    return owner ? [owner] : [];
  }

  /** Replaces names and contact details of the linked owner record; returns the fields replaced. */
  async anonymizeFor(organizationId: string | null, userId: string): Promise<string[]> {
    if (!organizationId) return [];
    const id = await this.repo.findIdByUser(organizationId, userId);
    if (!id) return [];
    const now = this.clock.now();
    return (await this.repo.update(organizationId, id, (owner) => owner.anonymize(now)))
      ? [...ANONYMIZED_OWNER_FIELDS]
      : [];
  }
}
