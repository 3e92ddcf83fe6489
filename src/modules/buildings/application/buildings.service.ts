import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CalendarDate,
  ClosedBooks,
  Clock,
  Page,
  Period,
  ResourceNotFound,
  TenantContext,
} from '../../../shared/domain';
import { Building, BuildingView } from '../domain/building';
import { BuildingRepository } from '../domain/building.repository';
import { BuildingForDocument, BuildingInput, BuildingListInput } from './building.inputs';
import { BuildingVisibility } from './building-visibility';

const notFound = () => new ResourceNotFound('building');

/**
 * Buildings of the caller's organization. Also the facade other contexts use (through `@modules/buildings`):
 * `assertExists`, `assertBooksOpen`, `get`, `getForDocument`, `visibleBuildingIds`. For role owner, a building is
 * visible only while the caller holds a share of one of its units; anything else answers 404, like another
 * organization's building.
 */
@Injectable()
export class BuildingsService {
  constructor(
    private readonly repo: BuildingRepository,
    private readonly visibility: BuildingVisibility,
    private readonly clock: Clock,
  ) {}

  async create(tenant: TenantContext, input: BuildingInput): Promise<BuildingView> {
    const building = Building.create(
      { ...input, id: randomUUID(), organizationId: tenant.organizationId },
      this.clock.now(),
    );
    await this.repo.insert(building);
    return { ...building.toSnapshot(), lotCount: 0, quotaAllocatedOnDay: 0 };
  }

  /** Each with its lots and the quotas its units hold today. */
  async list(tenant: TenantContext, input: BuildingListInput): Promise<Page<BuildingView>> {
    const onlyIds = await this.visibility.visibleBuildingIds(tenant);
    const page = { page: input.page, perPage: input.perPage, sort: input.sort ?? 'name', order: input.order ?? 'asc' };
    return this.repo.list(
      tenant.organizationId,
      { city: input.city, onlyIds: onlyIds ?? undefined },
      page,
      this.clock.today(),
    );
  }

  /**
   * The building, or 404 (also when the caller, an owner, holds no share in it: today, or given a period, on any day
   * of it, as the reports of a period read it).
   */
  async get(tenant: TenantContext, id: string, during?: Period): Promise<BuildingView> {
    await this.assertVisible(tenant, id, during);
    const building = await this.repo.findById(tenant.organizationId, id, this.clock.today());
    if (!building) throw notFound();
    return building;
  }

  /** Throws ResourceNotFound (404) unless the building exists in the caller's organization and is visible to it. */
  async assertExists(tenant: TenantContext, id: string, during?: Period): Promise<void> {
    await this.get(tenant, id, during);
  }

  /**
   * Refuses (409 PERIOD_CLOSED, naming the closing date) when any of these days lies in the building's closed books;
   * 404 like `get`. The check other contexts make before a dated write, for a clear answer; the database guard
   * (app_assert_books_open) refuses the same writes whoever makes them.
   */
  async assertBooksOpen(tenant: TenantContext, id: string, ...days: readonly CalendarDate[]): Promise<void> {
    ClosedBooks.until((await this.get(tenant, id)).closedUntil).assertOpen(...days);
  }

  /** Name and address for generated documents, plus the totals a report shows; 404 like `get`. */
  async getForDocument(tenant: TenantContext, id: string, during?: Period): Promise<BuildingForDocument> {
    const b = await this.get(tenant, id, during);
    return {
      id: b.id,
      name: b.name,
      address: b.address,
      postalCode: b.postalCode,
      city: b.city,
      country: b.country,
      totalQuota: b.totalQuota,
      totalUnits: b.totalUnits,
      associationBce: b.associationBce,
      noticeDays: b.noticeDays,
    };
  }

  /**
   * Null for roles that see the whole organization; for role owner, the buildings where it holds a share today, or
   * given a period, on at least one day of it.
   */
  visibleBuildingIds(tenant: TenantContext, during?: Period): Promise<readonly string[] | null> {
    return this.visibility.visibleBuildingIds(tenant, during);
  }

  async revise(tenant: TenantContext, id: string, input: BuildingInput): Promise<BuildingView> {
    const updated = await this.repo.update(tenant.organizationId, id, this.clock.today(), (building) =>
      building.revise(input, this.clock.now()),
    );
    if (!updated) throw notFound();
    return updated;
  }

  /**
   * 409 BUILDING_HAS_UNITS while it has units; 409 BUILDING_HAS_EXPENSES / BUILDING_HAS_MEETINGS /
   * BUILDING_HAS_DOCUMENTS while other contexts hold records of it (their foreign keys refuse the delete).
   */
  async remove(tenant: TenantContext, id: string): Promise<void> {
    if (!(await this.repo.delete(tenant.organizationId, id, (building) => building.assertRemovable())))
      throw notFound();
  }

  private async assertVisible(tenant: TenantContext, id: string, during?: Period): Promise<void> {
    const visible = await this.visibility.visibleBuildingIds(tenant, during);
    if (visible && !visible.includes(id)) throw notFound();
  }
}
