import { column, table } from '../../../shared/persistence/table';
import type { RepresentationSnapshot } from '../domain/unit-representation';

export const unitRepresentatives = table<RepresentationSnapshot>('unit_representatives', 'r', {
  id: column('id'),
  organizationId: column('organization_id'),
  unitId: column('unit_id'),
  ownerId: column('owner_id'),
  validFrom: column('valid_from', { date: true }),
  validTo: column('valid_to', { date: true }),
  recordedBy: column('recorded_by'),
});
