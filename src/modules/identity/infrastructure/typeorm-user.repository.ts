import { Injectable } from '@nestjs/common';
import { FindOptionsWhere } from 'typeorm';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { offsetOf, Page, PageRequest } from '../../../shared/domain/pagination';
import { readPage } from '../../../shared/persistence/page-query';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed } from '../domain/identity.errors';
import { User, UserSnapshot } from '../domain/user';
import { UserFilter, UserRepository, UserSort } from '../domain/user.repository';
import {
  USER_COLUMNS,
  UserRow,
  userSnapshotFromRow,
  userSnapshotFromSqlRow,
  userToDomain,
  userToRow,
} from './identity.mapper';
import { UserOrmEntity } from './identity.orm-entities';
import { inScope, isUniqueViolation } from './scoped';

const ORDER_BY: Record<UserSort, string> = {
  lastName: 'last_name',
  firstName: 'first_name',
  createdAt: 'created_at',
  role: 'role',
};

/**
 * Reads of one organization's users are plain SQL in one round trip each (`TenantDatabase.reader`); platform reads
 * (null scope: sign-in, the superadmin) and writes run in a transaction of their scope.
 */
@Injectable()
export class TypeOrmUserRepository extends UserRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  findById(scope: string | null, id: string): Promise<User | null> {
    return scope === null ? this.findOnePlatform({ id }) : this.findOneIn(scope, 'id', id);
  }

  findByEmail(scope: string | null, email: string): Promise<User | null> {
    const emailHash = this.cipher.emailIndex(email);
    return scope === null ? this.findOnePlatform({ emailHash }) : this.findOneIn(scope, 'email_hash', emailHash);
  }

  list(scope: string | null, filter: UserFilter, page: PageRequest<UserSort>): Promise<Page<UserSnapshot>> {
    if (scope !== null) return this.listIn(scope, filter, page);
    const where: FindOptionsWhere<UserOrmEntity> = {};
    if (filter.organizationId) where.organizationId = filter.organizationId;
    if (filter.role) where.role = filter.role;
    return this.db.acrossOrganizations(async (manager) => {
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

  private findOnePlatform(where: FindOptionsWhere<UserOrmEntity>): Promise<User | null> {
    return this.db.acrossOrganizations(async (manager) => {
      const row = await manager.findOneBy(UserOrmEntity, where);
      return row ? userToDomain(row, this.cipher) : null;
    });
  }

  private async findOneIn(organizationId: string, column: 'id' | 'email_hash', value: string): Promise<User | null> {
    const rows = await this.db
      .reader(organizationId)
      .query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE ${column} = $1 AND organization_id = $2`, [
        value,
        organizationId,
      ]);
    return rows[0] ? User.restore(userSnapshotFromSqlRow(rows[0], this.cipher)) : null;
  }

  /** One page with a window count, ordered as the platform list: the sort column, then the id ascending. */
  private async listIn(
    organizationId: string,
    filter: UserFilter,
    page: PageRequest<UserSort>,
  ): Promise<Page<UserSnapshot>> {
    const params: unknown[] = [organizationId];
    const where = ['organization_id = $1'];
    if (filter.role) where.push(`role = $${params.push(filter.role)}`);
    const condition = where.join(' AND ');
    return readPage(
      this.db.reader(organizationId),
      `SELECT ${USER_COLUMNS}, count(*) OVER () AS total FROM users WHERE ${condition}
        ORDER BY ${ORDER_BY[page.sort]} ${page.order === 'desc' ? 'DESC' : 'ASC'}, id ASC`,
      params,
      page,
      (row: UserRow) => userSnapshotFromSqlRow(row, this.cipher),
    );
  }
}
