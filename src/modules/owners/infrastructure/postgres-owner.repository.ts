import { Injectable } from '@nestjs/common';
import { normalizeEmail, PersonalDataCipher } from '../../../shared/crypto/personal-data-cipher';
import { Page, PageRequest, searchKey } from '../../../shared/domain';
import { readPage } from '../../../shared/persistence/page-query';
import { isUniqueViolation, violatedForeignKey } from '../../../shared/persistence/postgres-error';
import { sql, Sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { Owner, OwnerSnapshot } from '../domain/owner';
import {
  DuplicateOwnerEmail,
  OwnerHasOwnerships,
  OwnerHasAssemblyRecords,
  OwnerHasPayments,
  OwnerUserAlreadyLinked,
} from '../domain/owner.errors';
import { OwnerCriteria, OwnerName, OwnerRepository, OwnerSort } from '../domain/owner.repository';
import { emailRankFor } from './email-rank';
import { editedOwner, ownerFromRow, storedOwner } from './owner.mapper';
import { owners } from './owners.table';

/** Ties between equal names fall back to the other name, then the id, so pages never overlap. */
const ORDER_BY = {
  lastName: ['o.last_name_key', 'o.first_name_key', 'o.id'],
  firstName: ['o.first_name_key', 'o.last_name_key', 'o.id'],
  email: ['o.email_rank', 'o.id'],
} as const satisfies Record<OwnerSort, readonly string[]>;

const likePrefix = (text: string): string => `${searchKey(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Reads in one round trip each (a window count for lists); writes in a tenant transaction, where the email rank of
 * the organization is kept under an advisory lock (`emailRankFor`).
 */
@Injectable()
export class PostgresOwnerRepository extends OwnerRepository {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
  ) {
    super();
  }

  async findById(organizationId: string, id: string): Promise<OwnerSnapshot | null> {
    const [row] = await this.db.reader(organizationId).rows(
      sql`SELECT ${owners.columns}, ${consentColumns} FROM ${owners.from} ${withConsent}
           WHERE o.organization_id = ${organizationId} AND o.id = ${id}`,
    );
    return row ? ownerFromRow(row, this.cipher) : null;
  }

  async findIdByUser(organizationId: string, userId: string): Promise<string | null> {
    const [row] = await this.db
      .reader(organizationId)
      .rows<{ id: string }>(
        sql`SELECT o.id FROM ${owners.from} WHERE o.organization_id = ${organizationId} AND o.user_id = ${userId}`,
      );
    return row?.id ?? null;
  }

  list(organizationId: string, criteria: OwnerCriteria, page: PageRequest<OwnerSort>): Promise<Page<OwnerSnapshot>> {
    const where: Sql[] = [sql`o.organization_id = ${organizationId}`];
    if (criteria.namePrefix) {
      const prefix = likePrefix(criteria.namePrefix);
      where.push(sql`(o.last_name_key LIKE ${prefix} OR o.first_name_key LIKE ${prefix})`);
    }
    if (criteria.email) where.push(sql`o.email_hash = ${this.cipher.emailIndex(criteria.email)}`);
    if (criteria.userId) where.push(sql`o.user_id = ${criteria.userId}`);
    const direction = page.order === 'desc' ? sql`DESC` : sql`ASC`;
    const order = sql.join(ORDER_BY[page.sort].map((column) => sql`${sql.id(column)} ${direction}`));
    return readPage(
      this.db.reader(organizationId),
      sql`SELECT ${owners.columns}, ${consentColumns}, count(*) OVER () AS total FROM ${owners.from} ${withConsent}
        WHERE ${sql.join(where, sql` AND `)} ORDER BY ${order}`,
      page,
      (row: Record<string, unknown>) => ownerFromRow(row, this.cipher),
    );
  }

  async namesFor(organizationId: string, ids: readonly string[]): Promise<Map<string, OwnerName>> {
    if (!ids.length) return new Map();
    const rows = await this.db.reader(organizationId).rows<{ id: string; first_name: string; last_name: string }>(
      sql`SELECT o.id, o.first_name, o.last_name FROM ${owners.from}
          WHERE o.organization_id = ${organizationId} AND o.id = ANY(${ids}::uuid[])`,
    );
    return new Map(rows.map((r) => [r.id, { firstName: r.first_name, lastName: r.last_name }]));
  }

  async insert(owner: Owner): Promise<void> {
    const s = owner.toSnapshot();
    await this.db
      .transaction(s.organizationId, async (tx) => {
        const emailRank = await emailRankFor(tx, this.cipher, s.organizationId, s.id, s.email);
        await tx.execute(owners.insert([{ ...storedOwner(owner, this.cipher), emailRank }]));
      })
      .catch(translate);
  }

  update(organizationId: string, id: string, change: (owner: Owner) => void): Promise<OwnerSnapshot | null> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const [locked] = await tx.rows(sql`${byId(organizationId, id)} FOR UPDATE`);
        if (!locked) return null;
        const before = ownerFromRow(locked, this.cipher);
        const owner = Owner.restore(before);
        change(owner);
        const s = owner.toSnapshot();
        const edited = editedOwner(owner, this.cipher);
        // The rank only moves with the email: rewriting it would take the organization's lock for nothing.
        const emailChanged = normalizeEmail(s.email) !== normalizeEmail(before.email);
        const changes = emailChanged
          ? { ...edited, emailRank: await emailRankFor(tx, this.cipher, organizationId, id, s.email) }
          : edited;
        const [row] = await tx.rows(
          sql`WITH updated AS (UPDATE ${owners.from} SET ${owners.set(changes)}
                WHERE o.organization_id = ${organizationId} AND o.id = ${id} RETURNING o.*)
              SELECT ${owners.columns}, ${consentColumns} FROM updated o ${withConsent}`,
        );
        return ownerFromRow(row as Record<string, unknown>, this.cipher);
      })
      .catch(translate);
  }

  async delete(organizationId: string, id: string): Promise<boolean> {
    const deleted = await this.db
      .writeOnce(
        organizationId,
        sql`DELETE FROM ${owners.from} WHERE o.organization_id = ${organizationId} AND o.id = ${id} RETURNING o.id`,
      )
      .catch(translate);
    return deleted.length > 0;
  }
}

/** The consent in force (at most one: a unique index), beside the owner's columns. */
const withConsent = sql`LEFT JOIN owner_consents c
  ON c.organization_id = o.organization_id AND c.owner_id = o.id AND c.withdrawn_on IS NULL`;
const consentColumns = sql`c.given_on::text AS consent_given_on, c.document_id AS consent_document_id`;

const byId = (organizationId: string, id: string): Sql =>
  sql`SELECT ${owners.columns} FROM ${owners.from} WHERE o.organization_id = ${organizationId} AND o.id = ${id}`;

/** The general assembly's records that name an owner (convocation register, attendance, voting rights, ballots). */
const ASSEMBLY_RECORDS = new Set([
  'meeting_dispatches_owner_fk',
  'meeting_attendance_owner_fk',
  'meeting_attendance_holder_fk',
  'meeting_voting_rights_owner_fk',
  'resolution_ballots_owner_fk',
  'resolution_ballots_holder_fk',
]);

function translate(error: unknown): never {
  if (isUniqueViolation(error, 'owners_email_uq')) throw new DuplicateOwnerEmail();
  if (isUniqueViolation(error, 'owners_user_uq')) throw new OwnerUserAlreadyLinked();
  const foreignKey = violatedForeignKey(error);
  if (foreignKey === 'unit_ownerships_owner_fk' || foreignKey === 'unit_representatives_owner_fk')
    throw new OwnerHasOwnerships();
  if (foreignKey === 'call_items_owner_fk' || foreignKey === 'payments_owner_fk') throw new OwnerHasPayments();
  if (foreignKey && ASSEMBLY_RECORDS.has(foreignKey)) throw new OwnerHasAssemblyRecords();
  throw error;
}
