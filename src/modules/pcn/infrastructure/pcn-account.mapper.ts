import { PcnAccount, PcnAccountSnapshot } from '../domain/pcn-account';
import { PcnAccountOrmEntity } from './pcn-account.orm-entity';

export const toSnapshot = (row: PcnAccountOrmEntity): PcnAccountSnapshot => ({
  organizationId: row.organizationId,
  code: row.code,
  labelFr: row.labelFr,
  labelNl: row.labelNl,
  labelEn: row.labelEn,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** An account as the plain reads select it (`PCN_ACCOUNT_COLUMNS`). */
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

export const toDomain = (row: PcnAccountOrmEntity): PcnAccount => PcnAccount.restore(toSnapshot(row));

export const toRow = (account: PcnAccount): PcnAccountOrmEntity => Object.assign(new PcnAccountOrmEntity(), account.toSnapshot());
