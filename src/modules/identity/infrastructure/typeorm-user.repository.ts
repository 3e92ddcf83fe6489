import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { offsetOf, Page, PageRequest } from '../../../shared/domain/pagination';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed } from '../domain/identity.errors';
import { User, UserSnapshot } from '../domain/user';
import { UserFilter, UserRepository, UserSort } from '../domain/user.repository';
import { userSnapshotFromRow, userToDomain, userToRow } from './identity.mapper';
import { UserOrmEntity } from './identity.orm-entities';
import { inScope, isUniqueViolation } from './scoped';

@Injectable()
export class TypeOrmUserRepository extends UserRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  findById(scope: string | null, id: string): Promise<User | null> {
    return this.findOne(scope, { id });
  }

  findByEmail(scope: string | null, email: string): Promise<User | null> {
    return this.findOne(scope, { emailHash: this.cipher.emailIndex(email) });
  }

  list(scope: string | null, filter: UserFilter, page: PageRequest<UserSort>): Promise<Page<UserSnapshot>> {
    const where: FindOptionsWhere<UserOrmEntity> = {};
    if (scope !== null) where.organizationId = scope;
    else if (filter.organizationId) where.organizationId = filter.organizationId;
    if (filter.role) where.role = filter.role;
    return inScope(this.db, scope, async (manager) => {
      const [rows, totalItems] = await manager.findAndCount(UserOrmEntity, {
        where,
        order: { [page.sort]: page.order, id: 'asc' },
        skip: offsetOf(page),
        take: page.perPage,
      });
      return {
        items: rows.map((row) => userSnapshotFromRow(row, this.cipher)),
        totalItems,
        page: page.page,
        perPage: page.perPage,
      };
    });
  }

  async save(user: User): Promise<void> {
    const row = userToRow(user, this.cipher);
    try {
      await inScope(this.db, row.organizationId, (manager) => manager.save(UserOrmEntity, row));
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_hash_key')) throw new EmailAlreadyUsed();
      throw error;
    }
  }

  superadminExists(): Promise<boolean> {
    return this.db.acrossOrganizations((manager) => manager.existsBy(UserOrmEntity, { role: 'superadmin' }));
  }

  private findOne(scope: string | null, where: FindOptionsWhere<UserOrmEntity>): Promise<User | null> {
    return inScope(this.db, scope, async (manager) => {
      const row = await manager.findOneBy(UserOrmEntity, scope === null ? where : { ...where, organizationId: scope });
      return row ? userToDomain(row, this.cipher) : null;
    });
  }
}
