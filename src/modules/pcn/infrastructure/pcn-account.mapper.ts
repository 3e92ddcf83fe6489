import { PcnAccount, PcnAccountSnapshot } from '../domain/pcn-account';
import { PcnAccountOrmEntity } from './pcn-account.orm-entity';

/** An account as the plain queries select it (`PCN_ACCOUNT_COLUMNS`). */
export interface PcnAccountRow {
  organization_id: string;
  code: string;
  label_fr: string;
  label_nl: string;
  label_en: string | null;
  created_at: Date;
  updated_at: Date;
}

export const PCN_ACCOUNT_COLUMNS = 'organization_id, code, label_fr, label_nl, label_en, created_at, updated_at';

export const rowToSnapshot = (row: PcnAccountRow): PcnAccountSnapshot => ({
  organizationId: row.organization_id,
  code: row.code,
  labelFr: row.label_fr,
  labelNl: row.label_nl,
  labelEn: row.label_en,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toDomain = (row: PcnAccountRow): PcnAccount => PcnAccount.restore(rowToSnapshot(row));

export const toRow = (account: PcnAccount): PcnAccountOrmEntity => Object.assign(new PcnAccountOrmEntity(), account.toSnapshot());
