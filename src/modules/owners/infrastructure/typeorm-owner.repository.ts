import { Injectable } from '@nestjs/common';
import { normalizeEmail, PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { Page, PageRequest, searchKey } from '../../../shared/domain';
import { readPage } from '../../../shared/persistence/page-query';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { Owner, OwnerSnapshot } from '../domain/owner';
import { DuplicateOwnerEmail, OwnerHasOwnerships, OwnerUserAlreadyLinked } from '../domain/owner.errors';
import { OwnerCriteria, OwnerName, OwnerRepository, OwnerSort } from '../domain/owner.repository';
import { emailRankFor } from './email-rank';
import { OWNER_COLUMNS, OwnerRow, toSnapshot, toWrite } from './owner.mapper';
import { postgresError, violatedForeignKey } from '../../../shared/persistence/postgres-error';

const ORDER_BY: Record<OwnerSort, (direction: string) => string> = {
  lastName: (d) => `last_name_key ${d}, first_name_key ${d}, id ${d}`,
  firstName: (d) => `first_name_key ${d}, last_name_key ${d}, id ${d}`,
  email: (d) => `email_rank ${d}, id ${d}`,
};

const likePrefix = (text: string): string => `${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Plain SQL: reads in one round trip each (`TenantDatabase.reader`, a window count for lists); writes in a tenant
 * transaction, where the email rank of the organization is kept under an advisory lock (`emailRankFor`).
 */
@Injectable()
export class TypeOrmOwnerRepository extends OwnerRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<OwnerSnapshot | null> {
    const rows = await this.db
      .reader(organizationId)
      .query<OwnerRow>(`SELECT ${OWNER_COLUMNS} FROM owners WHERE organization_id = $1 AND id = $2`, [
        organizationId,
        id,
      ]);
    return rows[0] ? toSnapshot(rows[0], this.cipher) : null;
  }

  async findIdByUser(organizationId: string, userId: string): Promise<string | null> {
    const rows = await this.db
      .reader(organizationId)
      .query<{ id: string }>(`SELECT id FROM owners WHERE organization_id = $1 AND user_id = $2`, [
        organizationId,
        userId,
      ]);
    return rows[0]?.id ?? null;
  }

  async list(
    organizationId: string,
    criteria: OwnerCriteria,
    page: PageRequest<OwnerSort>,
  ): Promise<Page<OwnerSnapshot>> {
    const params: unknown[] = [organizationId];
    const where = ['organization_id = $1'];
    if (criteria.namePrefix) {
      const p = params.push(likePrefix(criteria.namePrefix));
      where.push(`(last_name_key LIKE $${p} OR first_name_key LIKE $${p})`);
    }
    if (criteria.email) where.push(`email_hash = $${params.push(this.cipher.emailIndex(criteria.email))}`);
    if (criteria.userId) where.push(`user_id = $${params.push(criteria.userId)}`);
    const filter = where.join(' AND ');
    const order = ORDER_BY[page.sort](page.order === 'desc' ? 'DESC' : 'ASC');
    return readPage(
      this.db.reader(organizationId),
      `SELECT ${OWNER_COLUMNS}, count(*) OVER () AS total FROM owners WHERE ${filter} ORDER BY ${order}`,
      params,
      page,
      (row: OwnerRow) => toSnapshot(row, this.cipher),
    );
  }

  async namesFor(organizationId: string, ids: readonly string[]): Promise<Map<string, OwnerName>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .reader(organizationId)
      .query<{ id: string; first_name: string; last_name: string }>(
        `SELECT id, first_name, last_name FROM owners WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
        [organizationId, ids],
      );
    return new Map(rows.map((r) => [r.id, { firstName: r.first_name, lastName: r.last_name }]));
  }

  async insert(owner: Owner): Promise<void> {
    const s = owner.toSnapshot();
    await this.db
      .forOrganization(s.organizationId, async (m) => {
        const values = {
          ...toWrite(owner, this.cipher),
          email_rank: await emailRankFor(m, this.cipher, s.organizationId, s.id, s.email),
        };
        const columns = Object.keys(values);
        await m.query(
          `INSERT INTO owners (id, organization_id, created_at, ${columns.join(', ')})
           VALUES ($1, $2, $3, ${columns.map((_, i) => `$${i + 4}`).join(', ')})`,
          [s.id, s.organizationId, s.createdAt, ...Object.values(values)],
        );
      })
      .catch(translate);
  }

  update(organizationId: string, id: string, change: (owner: Owner) => void): Promise<OwnerSnapshot | null> {
    return this.db
      .forOrganization(organizationId, async (m) => {
        const rows: OwnerRow[] = await m.query(
          `SELECT ${OWNER_COLUMNS} FROM owners WHERE organization_id = $1 AND id = $2 FOR UPDATE`,
          [organizationId, id],
        );
        if (!rows[0]) return null;
        const before = toSnapshot(rows[0], this.cipher);
        const owner = Owner.restore(before);
        change(owner);
        const s = owner.toSnapshot();
        const values: Record<string, unknown> = toWrite(owner, this.cipher);
        if (normalizeEmail(s.email) !== normalizeEmail(before.email)) {
          values.email_rank = await emailRankFor(m, this.cipher, organizationId, id, s.email);
        }
        const set = Object.keys(values).map((column, i) => `${column} = $${i + 3}`);
        const [updated]: [OwnerRow[], number] = await m.query(
          `UPDATE owners SET ${set.join(', ')} WHERE organization_id = $1 AND id = $2 RETURNING ${OWNER_COLUMNS}`,
          [organizationId, id, ...Object.values(values)],
        );
        return toSnapshot(updated[0] as OwnerRow, this.cipher);
      })
      .catch(translate);
  }

  delete(organizationId: string, id: string): Promise<boolean> {
    return this.db
      .forOrganization(organizationId, async (m) => {
        const [, count]: [unknown, number] = await m.query(
          `DELETE FROM owners WHERE organization_id = $1 AND id = $2`,
          [organizationId, id],
        );
        return count > 0;
      })
      .catch(translate);
  }
}

function translate(error: unknown): never {
  const pg = postgresError(error);
  if (pg) {
    if (pg.constraint === 'owners_email_uq') throw new DuplicateOwnerEmail();
    if (pg.constraint === 'owners_user_uq') throw new OwnerUserAlreadyLinked();
    if (violatedForeignKey(error) === 'unit_ownerships_owner_fk') throw new OwnerHasOwnerships();
  }
  throw error;
}
