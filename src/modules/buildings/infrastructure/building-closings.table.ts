import { column, table } from '../../../shared/persistence/table';
import type { BookClosingSnapshot } from '../domain/book-closing';

export const buildingClosings = table<BookClosingSnapshot>('building_closings', 'c', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  until: column('until', { date: true }),
  closedAt: column('closed_at'),
  closedBy: column('closed_by'),
  note: column('note'),
});
