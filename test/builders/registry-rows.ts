import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { sql } from '../../src/shared/persistence/sql';
import { platformQuery } from '../support/tenant-session';

/** A building row written straight to the database, for adapter tests that need one without the service's checks. */
export async function aBuildingRow(
  app: NestFastifyApplication,
  organizationId: string,
  totalQuota = 1000,
): Promise<string> {
  const id = randomUUID();
  await platformQuery(
    app,
    sql`INSERT INTO buildings (id, organization_id, name, name_key, address, city, city_key, postal_code, total_units, total_quota)
        VALUES (${id}, ${organizationId}, 'B', 'b', 'Rue 1', 'Namur', 'namur', '5000', 5, ${totalQuota})`,
  );
  return id;
}

/** An owner row with a unique placeholder email, written straight to the database. */
export async function anOwnerRow(app: NestFastifyApplication, organizationId: string): Promise<string> {
  const id = randomUUID();
  const emailHash = randomUUID().replace(/-/g, '').padEnd(64, '0');
  await platformQuery(
    app,
    sql`INSERT INTO owners (id, organization_id, first_name, first_name_key, last_name, last_name_key, email_hash, email_cipher, email_rank)
        VALUES (${id}, ${organizationId}, 'A', 'a', 'B', 'b', ${emailHash}, 'x', 1)`,
  );
  return id;
}
