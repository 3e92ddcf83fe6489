import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlReader, TenantDatabase } from '../../../shared/persistence/tenant-database';
import { DEFAULT_PCN_ACCOUNTS, PcnAccount, PcnAccountSnapshot } from '../domain/pcn-account';
import { PcnAccountRepository } from '../domain/pcn-account.repository';
import { PcnAccountAlreadyExists } from '../domain/pcn.errors';
import { PCN_ACCOUNT_COLUMNS, PcnAccountRow, rowToSnapshot, toDomain, toRow } from './pcn-account.mapper';
import { PcnAccountOrmEntity } from './pcn-account.orm-entity';

const DEFAULTS = JSON.stringify(DEFAULT_PCN_ACCOUNTS);

// One statement, safe under concurrent first uses: seeds only a chart that has no account at all.
const SEED_DEFAULTS = `
  INSERT INTO pcn_accounts (organization_id, code, label_fr, label_nl, label_en)
  SELECT $1, d.code, d."labelFr", d."labelNl", d."labelEn"
    FROM jsonb_to_recordset($2::jsonb) AS d (code text, "labelFr" text, "labelNl" text, "labelEn" text)
   WHERE NOT EXISTS (SELECT 1 FROM pcn_accounts WHERE organization_id = $1)
  ON CONFLICT DO NOTHING`;

@Injectable()
export class TypeOrmPcnAccountRepository extends PcnAccountRepository {
  /** Charts this process has seen seeded: accounts are never deleted, so the seeding statement is not sent again. */
  private readonly seededCharts = new Set<string>();

  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async listAll(organizationId: string): Promise<PcnAccountSnapshot[]> {
    const rows = await (await this.reader(organizationId)).query<PcnAccountRow>(
      `SELECT ${PCN_ACCOUNT_COLUMNS} FROM pcn_accounts WHERE organization_id = $1 ORDER BY code`,
      [organizationId],
    );
    return rows.map(rowToSnapshot);
  }

  async findByCode(organizationId: string, code: string): Promise<PcnAccount | null> {
    const rows = await (await this.reader(organizationId)).query<PcnAccountRow>(
      `SELECT ${PCN_ACCOUNT_COLUMNS} FROM pcn_accounts WHERE organization_id = $1 AND code = $2`,
      [organizationId, code],
    );
    return rows[0] ? toDomain(rows[0]) : null;
  }

  async exists(organizationId: string, code: string): Promise<boolean> {
    const rows = await (await this.reader(organizationId)).query(
      `SELECT 1 FROM pcn_accounts WHERE organization_id = $1 AND code = $2`,
      [organizationId, code],
    );
    return rows.length > 0;
  }

  async insert(account: PcnAccount): Promise<void> {
    const row = toRow(account);
    const inserted = await this.seeded(row.organizationId, async (m) => {
      const rows: unknown[] = await m.query(
        `INSERT INTO pcn_accounts (organization_id, code, label_fr, label_nl, label_en, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING code`,
        [row.organizationId, row.code, row.labelFr, row.labelNl, row.labelEn, row.createdAt, row.updatedAt],
      );
      return rows.length > 0;
    });
    if (!inserted) throw new PcnAccountAlreadyExists(row.code);
  }

  update(organizationId: string, code: string, change: (account: PcnAccount) => void): Promise<PcnAccountSnapshot | null> {
    return this.seeded(organizationId, async (m) => {
      const rows: PcnAccountRow[] = await m.query(
        `SELECT ${PCN_ACCOUNT_COLUMNS} FROM pcn_accounts WHERE organization_id = $1 AND code = $2 FOR UPDATE`,
        [organizationId, code],
      );
      if (!rows[0]) return null;
      const account = toDomain(rows[0]);
      change(account);
      await m.save(PcnAccountOrmEntity, toRow(account));
      return account.toSnapshot();
    });
  }

  /** Reads in one round trip each, once the chart is known to be seeded. */
  private async reader(organizationId: string): Promise<SqlReader> {
    if (!this.seededCharts.has(organizationId)) await this.seeded(organizationId, async () => undefined);
    return this.db.reader(organizationId);
  }

  private seeded<T>(organizationId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const known = this.seededCharts.has(organizationId);
    return this.db
      .forOrganization(organizationId, async (m) => {
        if (!known) await m.query(SEED_DEFAULTS, [organizationId, DEFAULTS]);
        return work(m);
      })
      .then((result) => {
        this.seededCharts.add(organizationId);
        return result;
      });
  }
}
