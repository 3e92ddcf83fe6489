import { Building, BuildingSnapshot, BuildingView } from '../../src/modules/buildings/domain/building';
import {
  BuildingCriteria,
  BuildingRepository,
  BuildingSort,
} from '../../src/modules/buildings/domain/building.repository';
import { Page, PageRequest, searchKey } from '../../src/shared/domain';
import { pageOf } from './in-memory-page';

const SORT_KEY: Record<BuildingSort, (b: BuildingSnapshot) => string | number> = {
  name: (b) => searchKey(b.name),
  city: (b) => searchKey(b.city),
  createdAt: (b) => b.createdAt.getTime(),
  totalUnits: (b) => b.totalUnits,
};

/** No units live here: a building reads with no lots and no quota held (seed the counters to test the totals). */
const view = (row: BuildingSnapshot): BuildingView => ({
  ...row,
  lotCount: 0,
  quotaAllocatedOnDay: row.allocatedQuota,
});

/** The building port in memory: rows of another organization are invisible, as under row-level security. */
export class InMemoryBuildingRepository extends BuildingRepository {
  private readonly rows = new Map<string, BuildingSnapshot>();

  /** Seeds a stored row as-is (unit counters included), bypassing the domain like the database would. */
  seed(snapshot: BuildingSnapshot): void {
    this.rows.set(snapshot.id, { ...snapshot });
  }

  async findById(organizationId: string, id: string): Promise<BuildingView | null> {
    const row = this.rows.get(id);
    return row && row.organizationId === organizationId ? view(row) : null;
  }

  async list(
    organizationId: string,
    criteria: BuildingCriteria,
    page: PageRequest<BuildingSort>,
  ): Promise<Page<BuildingView>> {
    const rows = [...this.rows.values()]
      .map(view)
      .filter((b) => b.organizationId === organizationId)
      .filter((b) => criteria.city === undefined || searchKey(b.city) === searchKey(criteria.city))
      .filter((b) => !criteria.onlyIds || criteria.onlyIds.includes(b.id));
    return pageOf(rows, SORT_KEY[page.sort], page);
  }

  async insert(building: Building): Promise<void> {
    this.seed(building.toSnapshot());
  }

  async update(
    organizationId: string,
    id: string,
    _on: string,
    change: (building: Building) => void,
  ): Promise<BuildingView | null> {
    const row = await this.findById(organizationId, id);
    if (!row) return null;
    const building = Building.restore(row);
    change(building);
    this.seed(building.toSnapshot());
    return view(building.toSnapshot());
  }

  async delete(organizationId: string, id: string, check: (building: Building) => void): Promise<boolean> {
    const row = this.rows.get(id);
    if (!row || row.organizationId !== organizationId) return false;
    check(Building.restore(row));
    this.rows.delete(id);
    return true;
  }
}
