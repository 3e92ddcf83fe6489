import { Injectable } from '@nestjs/common';
import { ResourceNotFound } from '../../../shared/domain';
import type { CalendarDate } from '../../../shared/domain/calendar-date';
import { violatedForeignKey } from '../../../shared/persistence/postgres-error';
import { sql } from '../../../shared/persistence/sql';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { ConsentRegister } from '../domain/consent.register';
import { ConvocationChannel, OwnerConsents } from '../domain/email-consent';
import { ownerConsents } from './owner-consents.table';

/** Consents in plain SQL: the channels of many owners in one round trip; changes under the owner row's lock. */
@Injectable()
export class PostgresConsentRegister extends ConsentRegister {
  constructor(private readonly db: TenantDatabase) {
    super();
  }

  change<T>(
    organizationId: string,
    ownerId: string,
    change: (consents: OwnerConsents) => T,
  ): Promise<{ result: T } | null> {
    return this.db
      .transaction(organizationId, async (tx) => {
        const [owner] = await tx.rows(
          sql`SELECT id FROM owners WHERE organization_id = ${organizationId} AND id = ${ownerId} FOR UPDATE`,
        );
        if (!owner) return null;
        const rows = await tx.rows(
          sql`SELECT ${ownerConsents.columns} FROM ${ownerConsents.from}
               WHERE c.organization_id = ${organizationId} AND c.owner_id = ${ownerId}`,
        );
        const consents = OwnerConsents.restore(
          organizationId,
          ownerId,
          rows.map((row) => ownerConsents.fromRow(row)),
        );
        const result = change(consents);
        for (const consent of consents.changes()) {
          const { givenOn, withdrawnOn, documentId, recordedBy, withdrawnBy } = consent;
          await tx.execute(
            sql`${ownerConsents.insert([consent])} ON CONFLICT (id) DO UPDATE
                SET ${ownerConsents.set({ givenOn, withdrawnOn, documentId, recordedBy, withdrawnBy })}, updated_at = now()`,
          );
        }
        return { result };
      })
      .catch((error: unknown) => {
        if (violatedForeignKey(error) === 'owner_consents_document_fk') throw new ResourceNotFound('document');
        throw error;
      });
  }

  async channelsOn(
    organizationId: string,
    ownerIds: readonly string[],
    day: CalendarDate,
  ): Promise<Map<string, ConvocationChannel>> {
    if (!ownerIds.length) return new Map();
    const rows = await this.db.reader(organizationId).rows<{ id: string; email: boolean }>(
      sql`SELECT o.id, EXISTS (SELECT 1 FROM owner_consents c
                  WHERE c.owner_id = o.id AND c.given_on <= ${day} AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ${day}))
                  AS email
            FROM owners o WHERE o.organization_id = ${organizationId} AND o.id = ANY(${ownerIds}::uuid[])`,
    );
    return new Map(rows.map((row) => [row.id, row.email ? 'email' : 'registered_mail']));
  }
}
