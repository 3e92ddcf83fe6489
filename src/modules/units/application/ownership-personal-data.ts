import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataContributor, PersonalDataRegistry } from '@modules/identity';
import { OwnersService } from '@modules/owners';
import { HeldShare, OwnerHoldings } from './owner-holdings';

/**
 * The shares held by the owner record linked to a user account, for the GDPR export. Erasure keeps them: who held
 * which share when is what the co-ownership's charges and votes rest on, and it names nobody once the owner record
 * is anonymised.
 */
@Injectable()
export class OwnershipPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly section = 'ownerships';

  constructor(
    private readonly holdings: OwnerHoldings,
    private readonly owners: OwnersService,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async exportFor(organizationId: string | null, userId: string): Promise<HeldShare[]> {
    if (!organizationId) return [];
    const ownerId = await this.owners.ownerIdLinkedTo(organizationId, userId);
    return ownerId ? this.holdings.historyOf(organizationId, ownerId) : [];
  }

  anonymizeFor(): Promise<string[]> {
    return Promise.resolve([]);
  }
}
