import { column, table } from '../../../shared/persistence/table';
import type { ConsentSnapshot } from '../domain/email-consent';

export const ownerConsents = table<ConsentSnapshot>('owner_consents', 'c', {
  id: column('id'),
  organizationId: column('organization_id'),
  ownerId: column('owner_id'),
  channel: column('channel'),
  givenOn: column('given_on', { date: true }),
  withdrawnOn: column('withdrawn_on', { date: true }),
  documentId: column('document_id'),
  recordedBy: column('recorded_by'),
  withdrawnBy: column('withdrawn_by'),
});
