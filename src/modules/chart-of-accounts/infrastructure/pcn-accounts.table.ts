import { column, table } from '../../../shared/persistence/table';
import type { PcnAccountSnapshot } from '../domain/pcn-account';

/** The `pcn_accounts` table: one row per account of an organization's chart, keyed by organization and code. */
export const pcnAccounts = table<PcnAccountSnapshot>('pcn_accounts', 'a', {
  organizationId: column('organization_id'),
  code: column('code'),
  labelFr: column('label_fr'),
  labelNl: column('label_nl'),
  labelEn: column('label_en'),
  createdAt: column('created_at'),
  updatedAt: column('updated_at'),
});
