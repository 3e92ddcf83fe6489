import { Injectable } from '@nestjs/common';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { Page, PageRequest } from '../../../shared/domain/pagination';
import { readPage } from '../../../shared/persistence/page-query';
import { PlatformDatabase } from '../../../shared/persistence/platform-database';
import { isUniqueViolation } from '../../../shared/persistence/postgres-error';
import { sql } from '../../../shared/persistence/sql';
import type { SqlReader } from '../../../shared/persistence/sql-transaction';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed, SlugAlreadyUsed } from '../domain/identity.errors';
import { Organization, OrganizationSnapshot } from '../domain/organization';
import { OrganizationRepository, OrganizationSort } from '../domain/organization.repository';
import { User } from '../domain/user';
import { organizationFromRow, organizations, storedUser, users } from './identity.mapper';

const ORDER_BY = { name: 'o.name', createdAt: 'o.created_at' } as const satisfies Record<OrganizationSort, string>;

/**
 * An organization reads its own row in one round trip under its own tenancy; the platform (the superadmin, sign-up
 * of a firm) reads with the same statements and writes, as the platform role.
 */
@Injectable()
export class PostgresOrganizationRepository extends OrganizationRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly platform: PlatformDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  findById(scope: string | null, id: string): Promise<Organization | null> {
    if (scope === null) return findOne(this.platform, sql`o.id = ${id}`);
    return scope === id ? findOne(this.db.reader(scope), sql`o.id = ${id}`) : Promise.resolve(null);
  }

  findBySlug(slug: string): Promise<Organization | null> {
    return findOne(this.platform, sql`o.slug = ${slug}`);
  }

  /** One page with a window count: the sort column, then the id ascending. */
  list(page: PageRequest<OrganizationSort>): Promise<Page<OrganizationSnapshot>> {
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.platform,
      sql`SELECT ${organizations.columns}, count(*) OVER () AS total FROM ${organizations.from}
           ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, o.id ASC`,
      page,
      (row: Record<string, unknown>) => organizations.fromRow(row),
    );
  }

  async createWithFirstUser(organization: Organization, syndic: User): Promise<void> {
    try {
      await this.platform.transaction(async (tx) => {
        await tx.execute(organizations.insert([organization.toSnapshot()]));
        await tx.execute(users.insert([storedUser(syndic, this.cipher)]));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'organizations_slug_key')) throw new SlugAlreadyUsed(organization.toSnapshot().slug);
      if (isUniqueViolation(error, 'users_email_hash_key')) throw new EmailAlreadyUsed();
      throw error;
    }
  }

  async save(organization: Organization): Promise<void> {
    const { id, createdAt: _created, ...changes } = organization.toSnapshot();
    await this.platform.rows(sql`UPDATE organizations o SET ${organizations.set(changes)} WHERE o.id = ${id}`);
  }
}

async function findOne(reader: SqlReader, where: ReturnType<typeof sql>): Promise<Organization | null> {
  const [row] = await reader.rows(sql`SELECT ${organizations.columns} FROM ${organizations.from} WHERE ${where}`);
  return row ? organizationFromRow(row) : null;
}
