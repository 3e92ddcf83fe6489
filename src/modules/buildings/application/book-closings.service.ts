import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type CalendarDate, Clock, Page, ResourceNotFound, SortOrder, TenantContext } from '../../../shared/domain';
import { BookClosingSnapshot, closeBooks } from '../domain/book-closing';
import { BookClosingRepository } from '../domain/book-closing.repository';
import { BuildingVisibility } from './building-visibility';

export interface CloseBooksRequest {
  readonly until: CalendarDate;
  readonly note?: string | null;
}

const notFound = () => new ResourceNotFound('building');

/**
 * Closing a building's books once the general assembly approved its accounts (syndic or accountant, the routes
 * say which), and the history of those closings (any role that may read the building).
 */
@Injectable()
export class BookClosingsService {
  constructor(
    private readonly repo: BookClosingRepository,
    private readonly visibility: BuildingVisibility,
    private readonly clock: Clock,
  ) {}

  /** 404 unknown building; 409 CLOSING_NOT_AFTER_LAST; 422 CLOSING_IN_FUTURE. */
  async close(tenant: TenantContext, buildingId: string, input: CloseBooksRequest): Promise<BookClosingSnapshot> {
    const now = { instant: this.clock.now(), today: this.clock.today() };
    const closing = await this.repo.close(tenant.organizationId, buildingId, (lastUntil) =>
      closeBooks(
        { ...input, id: randomUUID(), organizationId: tenant.organizationId, buildingId, closedBy: tenant.userId },
        lastUntil,
        now,
      ),
    );
    if (!closing) throw notFound();
    return closing;
  }

  /** Newest first unless `order` is asc; 404 when the building is not visible to the caller. */
  async list(
    tenant: TenantContext,
    buildingId: string,
    input: { page: number; perPage: number; order?: SortOrder },
  ): Promise<Page<BookClosingSnapshot>> {
    const visible = await this.visibility.visibleBuildingIds(tenant);
    if (visible && !visible.includes(buildingId)) throw notFound();
    const page = { page: input.page, perPage: input.perPage, sort: 'until' as const, order: input.order ?? 'desc' };
    const found = await this.repo.list(tenant.organizationId, buildingId, page);
    if (!found) throw notFound();
    return found;
  }

  /** One closing of the building; 404 when the building is not visible to the caller or has no such closing. */
  async get(tenant: TenantContext, buildingId: string, id: string): Promise<BookClosingSnapshot> {
    const visible = await this.visibility.visibleBuildingIds(tenant);
    if (visible && !visible.includes(buildingId)) throw notFound();
    const closing = await this.repo.findById(tenant.organizationId, buildingId, id);
    if (!closing) throw new ResourceNotFound('closing');
    return closing;
  }
}
