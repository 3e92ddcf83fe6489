import { Injectable } from '@nestjs/common';
import { sql, Sql } from '../../../shared/persistence/sql';
import type { SqlTransaction } from '../../../shared/persistence/sql-transaction';
import { TenantDatabase } from '../../../shared/persistence/tenant-database';
import { DEFAULT_PCN_ACCOUNTS, PcnAccount, PcnAccountSnapshot } from '../domain/pcn-account';
import { PcnAccountRepository } from '../domain/pcn-account.repository';
import { PcnAccountAlreadyExists } from '../domain/pcn-account.errors';
import { pcnAccounts } from './pcn-accounts.table';

const DEFAULTS = JSON.stringify(DEFAULT_PCN_ACCOUNTS);

// One statement, safe under concurrent first uses: seeds only a chart that has no account at all.
const seedDefaults = (organizationId: string): Sql => sql`
  INSERT INTO pcn_accounts (organization_id, code, label_fr, label_nl, label_en)
  SELECT ${organizationId}::uuid, d.code, d."labelFr", d."labelNl", d."labelEn"
    FROM jsonb_to_recordset(${DEFAULTS}::jsonb) AS d (code text, "labelFr" text, "labelNl" text, "labelEn" text)
   WHERE NOT EXISTS (SELECT 1 FROM pcn_accounts WHERE organization_id = ${organizationId})
  ON CONFLICT DO NOTHING`;

@Injectable()
export class PostgresPcnAccountRepository extends PcnAccountRepository {
  /** Charts this process has seen seeded: accounts are never deleted, so the seeding statement is not sent again. */
  private readonly seededCharts = new Set<string>();

  constructor(private readonly db: TenantDatabase) {
    super();
  }

  async listAll(organizationId: string): Promise<PcnAccountSnapshot[]> {
    const rows = await this.read(
      organizationId,
      sql`SELECT ${pcnAccounts.columns} FROM ${pcnAccounts.from} WHERE a.organization_id = ${organizationId} ORDER BY a.code`,
    );
    return rows.map(pcnAccounts.fromRow);
  }

  async findByCode(organizationId: string, code: string): Promise<PcnAccount | null> {
    const [row] = await this.read(organizationId, byCode(organizationId, code));
    return row ? PcnAccount.restore(pcnAccounts.fromRow(row)) : null;
  }

  async exists(organizationId: string, code: string): Promise<boolean> {
    const rows = await this.read(
      organizationId,
      sql`SELECT 1 FROM ${pcnAccounts.from} WHERE a.organization_id = ${organizationId} AND a.code = ${code}`,
    );
    return rows.length > 0;
  }

  async insert(account: PcnAccount): Promise<void> {
    const record = account.toSnapshot();
    const inserted = await this.seeded(record.organizationId, async (tx) => {
      const rows = await tx.rows(sql`${pcnAccounts.insert([record])} ON CONFLICT DO NOTHING RETURNING code`);
      return rows.length > 0;
    });
    if (!inserted) throw new PcnAccountAlreadyExists(record.code);
  }

  update(
    organizationId: string,
    code: string,
    change: (account: PcnAccount) => void,
  ): Promise<PcnAccountSnapshot | null> {
    return this.seeded(organizationId, async (tx) => {
      const [row] = await tx.rows(sql`${byCode(organizationId, code)} FOR UPDATE`);
      if (!row) return null;
      const account = PcnAccount.restore(pcnAccounts.fromRow(row));
      change(account);
      // The code is the account's identity: only its labels change.
      const { labelFr, labelNl, labelEn, updatedAt } = account.toSnapshot();
      await tx.execute(
        sql`UPDATE ${pcnAccounts.from} SET ${pcnAccounts.set({ labelFr, labelNl, labelEn, updatedAt })}
          WHERE a.organization_id = ${organizationId} AND a.code = ${code}`,
      );
      return account.toSnapshot();
    });
  }

  /** Reads in one round trip each, once the chart is known to be seeded. */
  private async read(organizationId: string, statement: Sql): Promise<Record<string, unknown>[]> {
    if (!this.seededCharts.has(organizationId)) await this.seeded(organizationId, async () => undefined);
    return this.db.reader(organizationId).rows(statement);
  }

  private async seeded<T>(organizationId: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const known = this.seededCharts.has(organizationId);
    const result = await this.db.transaction(organizationId, async (tx) => {
      if (!known) await tx.execute(seedDefaults(organizationId));
      return work(tx);
    });
    this.seededCharts.add(organizationId);
    return result;
  }
}

function byCode(organizationId: string, code: string): Sql {
  return sql`SELECT ${pcnAccounts.columns} FROM ${pcnAccounts.from} WHERE a.organization_id = ${organizationId} AND a.code = ${code}`;
}
