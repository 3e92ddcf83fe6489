import { Injectable } from '@nestjs/common';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { Page, PageRequest } from '../../../shared/domain/pagination';
import { readPage } from '../../../shared/persistence/page-query';
import { SqlReader, TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed, SlugAlreadyUsed } from '../domain/identity.errors';
import { Organization, OrganizationSnapshot } from '../domain/organization';
import { OrganizationRepository, OrganizationSort } from '../domain/organization.repository';
import { User } from '../domain/user';
import {
  ORGANIZATION_COLUMNS,
  organizationFromSqlRow,
  OrganizationRow,
  organizationToRow,
  userToRow,
} from './identity.mapper';
import { OrganizationOrmEntity, UserOrmEntity } from './identity.orm-entities';
import { isUniqueViolation } from './scoped';

/**
 * Plain SQL: an organization reads its own row in one round trip (`TenantDatabase.reader`); the platform's reads, with
 * the same statements, and every write run in a platform transaction.
 */
const ORDER_BY: Record<OrganizationSort, string> = { name: 'name', createdAt: 'created_at' };

@Injectable()
export class TypeOrmOrganizationRepository extends OrganizationRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  findById(scope: string | null, id: string): Promise<Organization | null> {
    if (scope === null) return this.db.acrossOrganizations((manager) => findOne(manager, 'id', id));
    return scope === id ? findOne(this.db.reader(scope), 'id', id) : Promise.resolve(null);
  }

  findBySlug(slug: string): Promise<Organization | null> {
    return this.db.acrossOrganizations((manager) => findOne(manager, 'slug', slug));
  }

  /** One page with a window count: the sort column, then the id ascending. */
  list(page: PageRequest<OrganizationSort>): Promise<Page<OrganizationSnapshot>> {
    return this.db.acrossOrganizations((manager) =>
      readPage(
        manager,
        `SELECT ${ORGANIZATION_COLUMNS}, count(*) OVER () AS total FROM organizations
          ORDER BY ${ORDER_BY[page.sort]} ${page.order === 'desc' ? 'DESC' : 'ASC'}, id ASC`,
        [],
        page,
        (row: OrganizationRow) => organizationFromSqlRow(row).toSnapshot(),
      ),
    );
  }

  async createWithFirstUser(organization: Organization, syndic: User): Promise<void> {
    try {
      await this.db.acrossOrganizations(async (manager) => {
        await manager.insert(OrganizationOrmEntity, organizationToRow(organization));
        await manager.insert(UserOrmEntity, userToRow(syndic, this.cipher));
      });
    } catch (error) {
      if (isUniqueViolation(error, 'organizations_slug_key')) throw new SlugAlreadyUsed(organization.toSnapshot().slug);
      if (isUniqueViolation(error, 'users_email_hash_key')) throw new EmailAlreadyUsed();
      throw error;
    }
  }

  async save(organization: Organization): Promise<void> {
    await this.db.acrossOrganizations((manager) =>
      manager.save(OrganizationOrmEntity, organizationToRow(organization)),
    );
  }
}

async function findOne(reader: SqlReader, column: 'id' | 'slug', value: string): Promise<Organization | null> {
  const rows = await reader.query<OrganizationRow>(`SELECT ${ORGANIZATION_COLUMNS} FROM organizations WHERE ${column} = $1`, [
    value,
  ]);
  return rows[0] ? organizationFromSqlRow(rows[0]) : null;
}
