import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CalendarDate,
  Clock,
  formatShare,
  Page,
  Period,
  ResourceNotFound,
  TenantContext,
} from '../../../shared/domain';
import { Unit, UnitSnapshot } from '../domain/unit';
import type { QuotaPeriod } from '../domain/unit-quotas';
import { BuildingOwnershipHistory, HoldingSpan, UnitRepository } from '../domain/unit.repository';
import { RepresentativeRepository } from '../domain/representative.repository';
import { voterOf } from '../domain/unit-representation';
import { NewUnitInput, QuotaChangeInput, UnitForDistribution, UnitInput, UnitListInput } from './unit.inputs';
import { heldByOf, ReaderScopes } from './reader-scope';

const unitNotFound = () => new ResourceNotFound('unit');
const buildingNotFound = () => new ResourceNotFound('building');
const empty = <T>(input: { page: number; perPage: number }): Page<T> => ({ items: [], totalItems: 0, ...input });

/**
 * Units of the caller's organization, and the facade other contexts use (`@modules/units`): `assertExists`,
 * `listForDistribution`, `shareHistories`, `buildingIdsHeldDuring`, `visibleBuildingIds`, `holdingsOf`, `representativesOn`. A caller with role owner reads only the units it holds a share of
 * today, and the buildings of those units; anything else answers 404.
 */
@Injectable()
export class UnitsService {
  constructor(
    private readonly repo: UnitRepository,
    private readonly scopes: ReaderScopes,
    private readonly clock: Clock,
    private readonly representatives: RepresentativeRepository,
  ) {}

  /** 404 for another organization's building; 422 QUOTA_EXCEEDED / UNIT_LIMIT_REACHED; 409 DUPLICATE_UNIT_NUMBER. */
  async create(tenant: TenantContext, input: NewUnitInput): Promise<UnitSnapshot> {
    const { buildingId, ...details } = input;
    const created = await this.repo.insert(tenant.organizationId, buildingId, this.clock.today(), (capacity) =>
      Unit.create(
        { ...details, id: randomUUID(), quotaId: randomUUID(), organizationId: tenant.organizationId, buildingId },
        capacity,
        this.clock.now(),
      ),
    );
    if (!created) throw buildingNotFound();
    return created;
  }

  async list(tenant: TenantContext, input: UnitListInput): Promise<Page<UnitSnapshot>> {
    const scope = await this.scopes.of(tenant);
    if (scope.kind === 'none') return empty(input);
    const page = {
      page: input.page,
      perPage: input.perPage,
      sort: input.sort ?? 'unitNumber',
      order: input.order ?? 'asc',
    };
    const criteria = {
      on: this.clock.today(),
      buildingId: input.buildingId,
      type: input.type,
      heldBy: scope.kind === 'held' ? scope.heldBy : undefined,
    };
    return this.repo.list(tenant.organizationId, criteria, page);
  }

  /** Units of one building; 404 when the building is not visible to the caller. */
  async listByBuilding(tenant: TenantContext, buildingId: string, input: UnitListInput): Promise<Page<UnitSnapshot>> {
    const visible = await this.visibleBuildingIds(tenant);
    if (visible && !visible.includes(buildingId)) throw buildingNotFound();
    const page = await this.list(tenant, { ...input, buildingId });
    // Only an empty page needs the existence check (an empty building, or none at all): most reads skip a transaction.
    if (!visible && page.totalItems === 0 && !(await this.repo.buildingExists(tenant.organizationId, buildingId))) {
      throw buildingNotFound();
    }
    return page;
  }

  async get(tenant: TenantContext, id: string): Promise<UnitSnapshot> {
    const scope = await this.scopes.of(tenant);
    const unit =
      scope.kind === 'none'
        ? null
        : await this.repo.findById(tenant.organizationId, id, this.clock.today(), heldByOf(scope));
    if (!unit) throw unitNotFound();
    return unit;
  }

  /** Throws ResourceNotFound (404) unless the unit exists in the caller's organization and is visible to it. */
  async assertExists(tenant: TenantContext, id: string): Promise<void> {
    await this.get(tenant, id);
  }

  /**
   * Replaces the editable fields (not the building). A different quota corrects the period in force today as
   * recorded (a typing error); it must fit the building on every date (422 QUOTA_EXCEEDED).
   */
  async revise(tenant: TenantContext, id: string, input: UnitInput): Promise<UnitSnapshot> {
    const today = this.clock.today();
    const updated = await this.repo.update(tenant.organizationId, id, today, (unit, capacity) =>
      unit.revise(input, capacity, today, this.clock.now()),
    );
    if (!updated) throw unitNotFound();
    return updated;
  }

  /** The unit's quota history, since the deed first then by start; 404 like `get`. */
  async quotaHistory(tenant: TenantContext, id: string): Promise<QuotaPeriod[]> {
    const scope = await this.scopes.of(tenant);
    const history =
      scope.kind === 'none' ? null : await this.repo.quotaHistory(tenant.organizationId, id, heldByOf(scope));
    if (!history) throw unitNotFound();
    return history;
  }

  /**
   * A quota decided from `validFrom` on (deed or unanimous decision): the period in force ends that day. 422
   * QUOTA_HISTORY_CONFLICT when `validFrom` is not after the current period's start, QUOTA_EXCEEDED (naming the date)
   * when the building's total would be exceeded on some date. Returns the whole history.
   */
  async changeQuota(tenant: TenantContext, id: string, input: QuotaChangeInput): Promise<QuotaPeriod[]> {
    const updated = await this.repo.update(tenant.organizationId, id, this.clock.today(), (unit, capacity) =>
      unit.changeQuota({ ...input, id: randomUUID() }, capacity),
    );
    if (!updated) throw unitNotFound();
    return this.quotaHistory(tenant, id);
  }

  /**
   * Refused (409 UNIT_HAS_OWNERSHIPS) while the unit has an ownership history, and (409 UNIT_HAS_CHARGES) while its
   * building has an expense that is not cancelled: every such expense is distributed over all the building's units
   * by quota, so removing one would change charges already distributed. The database checks the latter (expenses
   * belong to another context) under the building lock the delete holds.
   */
  async remove(tenant: TenantContext, id: string): Promise<void> {
    const removed = await this.repo.delete(tenant.organizationId, id, (unit, ownershipCount) =>
      unit.assertRemovable(ownershipCount),
    );
    if (!removed) throw unitNotFound();
  }

  /**
   * Every unit of the building holding a quota on `day`, ordered by unit number (plain string order), with that
   * quota and the owners whose shares are active on `day` (inclusive start, exclusive end): one query. A unit without
   * owners that day has an empty list; a unit without a quota that day (not created yet) is left out. Not filtered by role: callers (charge distribution, PCN) compute on the whole building and filter
   * what they show. 404 when the building is not in the caller's organization.
   */
  async listForDistribution(
    tenant: TenantContext,
    buildingId: string,
    day: CalendarDate,
  ): Promise<UnitForDistribution[]> {
    const units = await this.repo.withOwnersOn(tenant.organizationId, buildingId, day);
    if (!units) throw buildingNotFound();
    return units.map((u) => ({
      unitId: u.unitId,
      unitNumber: u.unitNumber,
      quota: u.quota,
      owners: u.owners.map((o) => ({
        ownerId: o.ownerId,
        share: formatShare(o.shareTenThousandths),
        shareTenThousandths: o.shareTenThousandths,
      })),
    }));
  }

  /**
   * The units of these buildings (by unit number) with every quota period and every ownership they ever had,
   * [startDate, endDate) with endDate the first day without the share, in one query: read once, it distributes any number of expenses dated
   * anywhere. Buildings not in the caller's organization are left out. Not filtered by role, like
   * `listForDistribution`: callers check what the caller may see and filter what they show.
   */
  shareHistories(tenant: TenantContext, buildingIds: readonly string[]): Promise<BuildingOwnershipHistory[]> {
    return this.repo.shareHistories(tenant.organizationId, [...new Set(buildingIds)]);
  }

  /**
   * Buildings (by id) where the owner held a share on at least one day of [from, to], both ends inclusive and open
   * when absent. Not filtered by role: the caller checks first that it may read this owner.
   */
  buildingIdsHeldDuring(
    tenant: TenantContext,
    ownerId: string,
    from?: CalendarDate,
    to?: CalendarDate,
  ): Promise<string[]> {
    return this.repo.buildingIdsHeldDuring(tenant.organizationId, ownerId, { from, to });
  }

  /**
   * Who casts each unit's votes on `day`, by unit id, in one query (general assembly): the only owner of a unit held
   * by one person; the representative of a jointly held unit while it holds a share that day; null when the unit's
   * votes are suspended (several owners and no valid representative) or nobody holds it. Not filtered by role.
   * 404 when the building is not in the caller's organization.
   */
  async representativesOn(
    tenant: TenantContext,
    buildingId: string,
    day: CalendarDate,
  ): Promise<Map<string, string | null>> {
    const units = await this.representatives.votersOn(tenant.organizationId, buildingId, day);
    if (!units) throw buildingNotFound();
    return new Map(units.map((u) => [u.unitId, voterOf(u.ownerIds, u.representativeId)]));
  }

  /**
   * Null for roles that read the whole organization. For role owner: the buildings where the caller's owner record
   * holds a share today, or, given a period, on at least one day of it (both ends inclusive, open when absent); empty
   * when no owner record is linked to the user.
   */
  async visibleBuildingIds(tenant: TenantContext, during?: Period): Promise<readonly string[] | null> {
    const scope = await this.scopes.of(tenant);
    if (scope.kind === 'all') return null;
    if (scope.kind === 'none') return [];
    if (during) return this.repo.buildingIdsHeldDuring(tenant.organizationId, scope.heldBy.ownerId, during);
    return this.repo.buildingIdsHeldBy(tenant.organizationId, scope.heldBy);
  }

  /**
   * Null for roles that read the whole organization. For role owner: every share its owner record holds or held,
   * [startDate, endDate) with the unit and building, in one query (empty without an owner record). What an owner may
   * read of the books follows these periods: the charges of the days it held a share, not today's holdings.
   */
  async holdingsOf(tenant: TenantContext): Promise<readonly HoldingSpan[] | null> {
    const scope = await this.scopes.of(tenant);
    if (scope.kind === 'all') return null;
    if (scope.kind === 'none') return [];
    return this.repo.holdingsOf(tenant.organizationId, scope.heldBy.ownerId);
  }
}
