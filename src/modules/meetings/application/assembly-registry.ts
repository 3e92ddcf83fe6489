import { Injectable } from '@nestjs/common';
import { OwnersService } from '@modules/owners';
import { UnitsService } from '@modules/units';
import { UsersService } from '@modules/identity';
import type { CalendarDate, TenantContext } from '../../../shared/domain';
import type { VotingRight } from '../domain/attendance';
import type { SyndicIdentity } from '../domain/proxies';

/** The registry as an assembly sees it on its date: who owns what, who votes for each unit, who is the syndic. */
@Injectable()
export class AssemblyRegistry {
  constructor(
    private readonly units: UnitsService,
    private readonly owners: OwnersService,
    private readonly users: UsersService,
  ) {}

  /**
   * One right per unit holding a quota on `day`: its quota as votes, cast by its sole owner or the representative of
   * a jointly held unit; null (suspended) when jointly held without representative, or held by nobody.
   */
  async votingRightsOn(tenant: TenantContext, buildingId: string, day: CalendarDate): Promise<VotingRight[]> {
    const [units, voters] = await Promise.all([
      this.units.listForDistribution(tenant, buildingId, day),
      this.units.representativesOn(tenant, buildingId, day),
    ]);
    return units.map((unit) => ({ unitId: unit.unitId, ownerId: voters.get(unit.unitId) ?? null, votes: unit.quota }));
  }

  /** Every owner holding a share of a unit of the building on `day`, each once. */
  async ownersOn(tenant: TenantContext, buildingId: string, day: CalendarDate): Promise<string[]> {
    const units = await this.units.listForDistribution(tenant, buildingId, day);
    return [...new Set(units.flatMap((unit) => unit.owners.map((owner) => owner.ownerId)))];
  }

  /**
   * The syndic as art. 3.87 §7 means it: any user of the organization with role syndic. Among `holderOwnerIds`, the
   * owner records that are one of them (same e-mail, or linked to the account).
   */
  async syndicAmong(tenant: TenantContext, holderOwnerIds: readonly string[]): Promise<SyndicIdentity> {
    const syndics: { id: string; email: string }[] = [];
    for (let page = 1; ; page += 1) {
      const result = await this.users.list(tenant, {
        role: 'syndic',
        page: { page, perPage: 100, sort: 'lastName', order: 'asc' },
      });
      syndics.push(...result.items.map((u) => ({ id: u.id, email: u.email.trim().toLowerCase() })));
      if (page * 100 >= result.totalItems) break;
    }
    const ids = new Set(syndics.map((s) => s.id));
    const emails = new Set(syndics.map((s) => s.email));
    const ownerIds = new Set<string>();
    for (const ownerId of new Set(holderOwnerIds)) {
      const owner = await this.owners.get(tenant, ownerId);
      if ((owner.userId && ids.has(owner.userId)) || emails.has(owner.email.trim().toLowerCase()))
        ownerIds.add(ownerId);
    }
    return { ownerIds };
  }
}
