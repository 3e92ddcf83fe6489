import { Injectable } from '@nestjs/common';
import { Clock, type TenantContext } from '../../../shared/domain';
import { OwnersService } from '../../owners';
import type { HeldBy } from '../domain/unit.repository';

/** What a caller may read: everything in its organization, or (role owner) what it holds a share of today. */
export type ReaderScope =
  { readonly kind: 'all' } | { readonly kind: 'held'; readonly heldBy: HeldBy } | { readonly kind: 'none' };

@Injectable()
export class ReaderScopes {
  constructor(
    private readonly owners: OwnersService,
    private readonly clock: Clock,
  ) {}

  async of(tenant: TenantContext): Promise<ReaderScope> {
    if (tenant.role !== 'owner') return { kind: 'all' };
    const ownerId = await this.owners.ownerIdOf(tenant);
    return ownerId ? { kind: 'held', heldBy: { ownerId, on: this.clock.today() } } : { kind: 'none' };
  }
}

export const heldByOf = (scope: ReaderScope): HeldBy | undefined => (scope.kind === 'held' ? scope.heldBy : undefined);
