import { column, table } from '../../../shared/persistence/table';
import { formatShare, Share } from '../../../shared/domain/share';
import type { OwnershipSnapshot } from '../domain/unit-ownerships';

/** The share is stored as a percentage with 4 decimals ("60.0000"); a JSON-built row brings it as a number. */
const toTenThousandths = (raw: string | number): number => Share.parse(raw).tenThousandths;

export const unitOwnerships = table<OwnershipSnapshot>('unit_ownerships', 'o', {
  id: column('id'),
  organizationId: column('organization_id'),
  unitId: column('unit_id'),
  ownerId: column('owner_id'),
  shareTenThousandths: column('share', { read: toTenThousandths, write: formatShare }),
  startDate: column('start_date', { date: true }),
  endDate: column('end_date', { date: true }),
  isPrimaryContact: column('is_primary_contact'),
});
