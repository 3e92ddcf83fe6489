import { Injectable } from '@nestjs/common';
import { PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { Page, PageRequest } from '../../../shared/domain/pagination';
import { readPage } from '../../../shared/persistence/page-query';
import { PlatformDatabase } from '../../../shared/persistence/platform-database';
import { isUniqueViolation } from '../../../shared/persistence/postgres-error';
import { sql, Sql } from '../../../shared/persistence/sql';
import type { SqlReader } from '../../../shared/persistence/sql-transaction';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { EmailAlreadyUsed } from '../domain/identity.errors';
import { User, UserSnapshot } from '../domain/user';
import { UserFilter, UserRepository, UserSort } from '../domain/user.repository';
import { storedUser, userFromRow, users } from './identity.mapper';

const ORDER_BY = {
  lastName: 'u.last_name',
  firstName: 'u.first_name',
  createdAt: 'u.created_at',
  role: 'u.role',
} as const satisfies Record<UserSort, string>;

/**
 * One organization's users are read and written under its tenancy, each read in one round trip; the platform (null
 * scope: sign-in, the superadmin) runs the same statements as the platform role.
 */
@Injectable()
export class PostgresUserRepository extends UserRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly platform: PlatformDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  findById(scope: string | null, id: string): Promise<User | null> {
    return this.findOne(scope, sql`u.id = ${id}`);
  }

  findByEmail(scope: string | null, email: string): Promise<User | null> {
    return this.findOne(scope, sql`u.email_hash = ${this.cipher.emailIndex(email)}`);
  }

  /** One page with a window count: the sort column, then the id ascending. A scope ignores `filter.organizationId`. */
  list(scope: string | null, filter: UserFilter, page: PageRequest<UserSort>): Promise<Page<UserSnapshot>> {
    const where: Sql[] = [sql`TRUE`];
    const organizationId = scope ?? filter.organizationId;
    if (organizationId) where.push(sql`u.organization_id = ${organizationId}`);
    if (filter.role) where.push(sql`u.role = ${filter.role}`);
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    return readPage(
      this.reader(scope),
      sql`SELECT ${users.columns}, count(*) OVER () AS total FROM ${users.from} WHERE ${sql.join(where, sql` AND `)}
           ORDER BY ${sql.id(ORDER_BY[page.sort])} ${direction}, u.id ASC`,
      page,
      (row: Record<string, unknown>) => userFromRow(row, this.cipher),
    );
  }

  /** Inserts a new account or replaces an existing one's fields, in one statement. */
  async save(user: User): Promise<void> {
    const stored = storedUser(user, this.cipher);
    const { id: _id, organizationId: _org, createdAt: _created, ...changes } = stored;
    const upsert = sql`${users.insert([stored])} ON CONFLICT (id) DO UPDATE SET ${users.set(changes)}`;
    try {
      await (stored.organizationId === null
        ? this.platform.rows(upsert)
        : this.db.writeOnce(stored.organizationId, upsert));
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_hash_key')) throw new EmailAlreadyUsed();
      throw error;
    }
  }

  async superadminExists(): Promise<boolean> {
    const rows = await this.platform.rows(sql`SELECT 1 FROM users u WHERE u.role = 'superadmin' LIMIT 1`);
    return rows.length > 0;
  }

  private async findOne(scope: string | null, where: Sql): Promise<User | null> {
    const inScope = scope === null ? sql`TRUE` : sql`u.organization_id = ${scope}`;
    const [row] = await this.reader(scope).rows(
      sql`SELECT ${users.columns} FROM ${users.from} WHERE ${where} AND ${inScope}`,
    );
    return row ? User.restore(userFromRow(row, this.cipher)) : null;
  }

  /** In a scope, one round trip under its organization; without one, as the platform. */
  private reader(scope: string | null): SqlReader {
    return scope === null ? this.platform : this.db.reader(scope);
  }
}
