import { Owner, OwnerSnapshot } from '../../src/modules/owners/domain/owner';
import {
  DuplicateOwnerEmail,
  OwnerHasOwnerships,
  OwnerUserAlreadyLinked,
} from '../../src/modules/owners/domain/owner.errors';
import { OwnerCriteria, OwnerName, OwnerRepository, OwnerSort } from '../../src/modules/owners/domain/owner.repository';
import { normalizeEmail } from '../../src/shared/crypto/personal-data-cipher';
import { Page, PageRequest, searchKey } from '../../src/shared/domain';
import { pageOf } from './in-memory-page';

const SORT_KEY: Record<OwnerSort, (o: OwnerSnapshot) => string> = {
  lastName: (o) => `${searchKey(o.lastName)}\u0000${searchKey(o.firstName)}`,
  firstName: (o) => `${searchKey(o.firstName)}\u0000${searchKey(o.lastName)}`,
  email: (o) => normalizeEmail(o.email),
};

/**
 * The owner port in memory, with the database's guarantees: rows of another organization are invisible, an email
 * and a user account belong to one owner per organization, and an owner with ownerships cannot be deleted.
 */
export class InMemoryOwnerRepository extends OwnerRepository {
  private readonly rows = new Map<string, OwnerSnapshot>();
  /** Owners that hold or held a share (the units context's foreign key). */
  readonly withOwnerships = new Set<string>();

  /** The row as stored, whatever the organization (to check what erasure left). */
  stored(id: string): OwnerSnapshot | undefined {
    return this.rows.get(id);
  }

  async findById(organizationId: string, id: string): Promise<OwnerSnapshot | null> {
    const row = this.rows.get(id);
    return row && row.organizationId === organizationId ? { ...row } : null;
  }

  async findIdByUser(organizationId: string, userId: string): Promise<string | null> {
    return this.inOrganization(organizationId).find((o) => o.userId === userId)?.id ?? null;
  }

  async list(
    organizationId: string,
    criteria: OwnerCriteria,
    page: PageRequest<OwnerSort>,
  ): Promise<Page<OwnerSnapshot>> {
    const prefix = criteria.namePrefix === undefined ? undefined : searchKey(criteria.namePrefix);
    const rows = this.inOrganization(organizationId)
      .filter((o) => !prefix || [o.firstName, o.lastName].some((name) => searchKey(name).startsWith(prefix)))
      .filter((o) => !criteria.email || normalizeEmail(o.email) === normalizeEmail(criteria.email))
      .filter((o) => !criteria.userId || o.userId === criteria.userId);
    return pageOf(rows, SORT_KEY[page.sort], page);
  }

  async namesFor(organizationId: string, ids: readonly string[]): Promise<Map<string, OwnerName>> {
    const found = this.inOrganization(organizationId).filter((o) => ids.includes(o.id));
    return new Map(found.map((o) => [o.id, { firstName: o.firstName, lastName: o.lastName }]));
  }

  async insert(owner: Owner): Promise<void> {
    this.store(owner.toSnapshot());
  }

  async update(organizationId: string, id: string, change: (owner: Owner) => void): Promise<OwnerSnapshot | null> {
    const row = await this.findById(organizationId, id);
    if (!row) return null;
    const owner = Owner.restore(row);
    change(owner);
    this.store(owner.toSnapshot());
    return owner.toSnapshot();
  }

  async delete(organizationId: string, id: string): Promise<boolean> {
    if (!(await this.findById(organizationId, id))) return false;
    if (this.withOwnerships.has(id)) throw new OwnerHasOwnerships();
    this.rows.delete(id);
    return true;
  }

  private inOrganization(organizationId: string): OwnerSnapshot[] {
    return [...this.rows.values()].filter((o) => o.organizationId === organizationId).map((o) => ({ ...o }));
  }

  private store(owner: OwnerSnapshot): void {
    const others = this.inOrganization(owner.organizationId).filter((o) => o.id !== owner.id);
    if (others.some((o) => normalizeEmail(o.email) === normalizeEmail(owner.email))) throw new DuplicateOwnerEmail();
    if (owner.userId && others.some((o) => o.userId === owner.userId)) throw new OwnerUserAlreadyLinked();
    this.rows.set(owner.id, { ...owner });
  }
}
