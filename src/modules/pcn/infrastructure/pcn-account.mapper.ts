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

export const toDomain = (row: PcnAccountOrmEntity): PcnAccount => PcnAccount.restore(toSnapshot(row));

export const toRow = (account: PcnAccount): PcnAccountOrmEntity => Object.assign(new PcnAccountOrmEntity(), account.toSnapshot());
