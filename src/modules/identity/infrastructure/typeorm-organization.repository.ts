import { Injectable } from '@nestjs/common';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { offsetOf, Page, PageRequest } from '../../../shared/domain/pagination';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed, SlugAlreadyUsed } from '../domain/identity.errors';
import { Organization, OrganizationSnapshot } from '../domain/organization';
import { OrganizationRepository, OrganizationSort } from '../domain/organization.repository';
import { User } from '../domain/user';
import { organizationToDomain, organizationToRow, userToRow } from './identity.mapper';
import { OrganizationOrmEntity, UserOrmEntity } from './identity.orm-entities';
import { inScope, isUniqueViolation } from './scoped';

@Injectable()
export class TypeOrmOrganizationRepository extends OrganizationRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  findById(scope: string | null, id: string): Promise<Organization | null> {
    if (scope !== null && scope !== id) return Promise.resolve(null);
    return inScope(this.db, scope, async (manager) => {
      const row = await manager.findOneBy(OrganizationOrmEntity, { id });
      return row ? organizationToDomain(row) : null;
    });
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
