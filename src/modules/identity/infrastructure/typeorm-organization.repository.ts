import { Injectable } from '@nestjs/common';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { offsetOf, Page, PageRequest } from '../../../shared/domain/pagination';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed, SlugAlreadyUsed } from '../domain/identity.errors';
import { Organization, OrganizationSnapshot } from '../domain/organization';
import { OrganizationRepository, OrganizationSort } from '../domain/organization.repository';
import { User } from '../domain/user';
import {
  ORGANIZATION_COLUMNS,
  organizationFromSqlRow,
  OrganizationRow,
  organizationToDomain,
  organizationToRow,
  userToRow,
} from './identity.mapper';
import { OrganizationOrmEntity, UserOrmEntity } from './identity.orm-entities';
import { isUniqueViolation } from './scoped';

/**
 * An organization reads its own row in one round trip (`TenantDatabase.reader`); the platform's reads and every write
 * run in a platform transaction.
 */
@Injectable()
export class TypeOrmOrganizationRepository extends OrganizationRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  async findById(scope: string | null, id: string): Promise<Organization | null> {
    if (scope === null) {
      return this.db.acrossOrganizations(async (manager) => {
        const row = await manager.findOneBy(OrganizationOrmEntity, { id });
        return row ? organizationToDomain(row) : null;
      });
    }
    if (scope !== id) return null;
    const rows = await this.db
      .reader(scope)
      .query<OrganizationRow>(`SELECT ${ORGANIZATION_COLUMNS} FROM organizations WHERE id = $1`, [id]);
    return rows[0] ? organizationFromSqlRow(rows[0]) : null;
  }

  findBySlug(slug: string): Promise<Organization | null> {
    return this.db.acrossOrganizations(async (manager) => {
      const row = await manager.findOneBy(OrganizationOrmEntity, { slug });
      return row ? organizationToDomain(row) : null;
    });
  }

  list(page: PageRequest<OrganizationSort>): Promise<Page<OrganizationSnapshot>> {
    return this.db.acrossOrganizations(async (manager) => {
      const [rows, totalItems] = await manager.findAndCount(OrganizationOrmEntity, {
        order: { [page.sort]: page.order, id: 'asc' },
        skip: offsetOf(page),
        take: page.perPage,
      });
      return {
        items: rows.map((row) => organizationToDomain(row).toSnapshot()),
        totalItems,
        page: page.page,
        perPage: page.perPage,
      };
    });
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
