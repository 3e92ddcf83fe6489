import { Injectable } from '@nestjs/common';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { Page, PageRequest } from '../../../shared/domain/pagination';
import { readPage } from '../../../shared/persistence/page-query';
import { SqlReader, TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed } from '../domain/identity.errors';
import { User, UserSnapshot } from '../domain/user';
import { UserFilter, UserRepository, UserSort } from '../domain/user.repository';
import { USER_COLUMNS, UserRow, userSnapshotFromSqlRow, userToRow } from './identity.mapper';
import { UserOrmEntity } from './identity.orm-entities';
import { inScope, isUniqueViolation } from './scoped';

const ORDER_BY: Record<UserSort, string> = {
  lastName: 'last_name',
  firstName: 'first_name',
  createdAt: 'created_at',
  role: 'role',
};

/**
 * Reads are plain SQL: one organization's users in one round trip each (`TenantDatabase.reader`), the platform's
 * (null scope: sign-in, the superadmin) with the same statements in a platform transaction. Writes run in a
 * transaction of their scope.
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
    return this.findOne(scope, 'id', id);
  }

  findByEmail(scope: string | null, email: string): Promise<User | null> {
    return this.findOne(scope, 'email_hash', this.cipher.emailIndex(email));
  }

  /** One page with a window count: the sort column, then the id ascending. A scope ignores `filter.organizationId`. */
  list(scope: string | null, filter: UserFilter, page: PageRequest<UserSort>): Promise<Page<UserSnapshot>> {
    const params: unknown[] = [];
    const where = ['TRUE'];
    const organizationId = scope ?? filter.organizationId;
    if (organizationId) where.push(`organization_id = $${params.push(organizationId)}`);
    if (filter.role) where.push(`role = $${params.push(filter.role)}`);
    const sql = `SELECT ${USER_COLUMNS}, count(*) OVER () AS total FROM users WHERE ${where.join(' AND ')}
      ORDER BY ${ORDER_BY[page.sort]} ${page.order === 'desc' ? 'DESC' : 'ASC'}, id ASC`;
    const read = (reader: SqlReader) =>
      readPage(reader, sql, params, page, (row: UserRow) => userSnapshotFromSqlRow(row, this.cipher));
    return scope === null ? this.db.acrossOrganizations(read) : read(this.db.reader(scope));
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

  /** In a scope, one round trip under its organization; without one (sign-in, the superadmin), across them. */
  private async findOne(scope: string | null, column: 'id' | 'email_hash', value: string): Promise<User | null> {
    const read = async (reader: SqlReader) => {
      const rows = await reader.query<UserRow>(
        `SELECT ${USER_COLUMNS} FROM users WHERE ${column} = $1 ${scope === null ? '' : 'AND organization_id = $2'}`,
        scope === null ? [value] : [value, scope],
      );
      return rows[0] ? User.restore(userSnapshotFromSqlRow(rows[0], this.cipher)) : null;
    };
    return scope === null ? this.db.acrossOrganizations(read) : read(this.db.reader(scope));
  }
}
