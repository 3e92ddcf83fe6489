import { column, table } from '@shared/persistence/table';
import type { DocumentSnapshot } from '../domain/document';

/** A document's metadata row, which stores the snapshot as it is; the bigint size is read back as a number. */
export const documents = table<DocumentSnapshot>('documents', 'd', {
  id: column('id'),
  organizationId: column('organization_id'),
  buildingId: column('building_id'),
  type: column('type'),
  title: column('title'),
  originalFileName: column('original_file_name'),
  mimeType: column('mime_type'),
  sizeBytes: column('size_bytes', { read: Number, write: String }),
  sha256: column('sha256'),
  storageKey: column('storage_key'),
  visibility: column('visibility'),
  meetingId: column('meeting_id'),
  expenseId: column('expense_id'),
  uploadedBy: column('uploaded_by'),
  createdAt: column('created_at'),
});
