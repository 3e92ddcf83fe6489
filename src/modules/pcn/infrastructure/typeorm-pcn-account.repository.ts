import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { DEFAULT_PCN_ACCOUNTS, PcnAccount, PcnAccountSnapshot } from '../domain/pcn-account';
import { PcnAccountRepository } from '../domain/pcn-account.repository';
import { PcnAccountAlreadyExists } from '../domain/pcn.errors';
import { toDomain, toRow, toSnapshot } from './pcn-account.mapper';
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

  listAll(organizationId: string): Promise<PcnAccountSnapshot[]> {
    return this.seeded(organizationId, async (m) => {
      const rows = await m.find(PcnAccountOrmEntity, { where: { organizationId }, order: { code: 'ASC' } });
      return rows.map(toSnapshot);
    });
  }

  findByCode(organizationId: string, code: string): Promise<PcnAccount | null> {
    return this.seeded(organizationId, async (m) => {
      const row = await m.findOneBy(PcnAccountOrmEntity, { organizationId, code });
      return row ? toDomain(row) : null;
    });
  }

  exists(organizationId: string, code: string): Promise<boolean> {
    return this.seeded(organizationId, (m) => m.existsBy(PcnAccountOrmEntity, { organizationId, code }));
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
      const row = await m.findOne(PcnAccountOrmEntity, { where: { organizationId, code }, lock: { mode: 'pessimistic_write' } });
      if (!row) return null;
      const account = toDomain(row);
      change(account);
      await m.save(PcnAccountOrmEntity, toRow(account));
      return account.toSnapshot();
    });
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
