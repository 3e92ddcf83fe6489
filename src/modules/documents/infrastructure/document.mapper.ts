import type { DocumentContentType } from '../domain/content-type';
import type { Document, DocumentSnapshot, DocumentType, DocumentVisibility } from '../domain/document';
import { DocumentOrmEntity } from './document.orm-entity';

/** A document as the plain reads select it (`DOCUMENT_COLUMNS`): the bigint size as a string. */
export interface DocumentRow {
  id: string;
  organization_id: string;
  building_id: string;
  type: string;
  title: string;
  original_file_name: string;
  mime_type: string;
  size_bytes: string;
  sha256: string;
  storage_key: string;
  visibility: string;
  meeting_id: string | null;
  expense_id: string | null;
  uploaded_by: string;
  created_at: Date;
}

export const DOCUMENT_COLUMNS = `d.id, d.organization_id, d.building_id, d.type, d.title, d.original_file_name, d.mime_type,
  d.size_bytes, d.sha256, d.storage_key, d.visibility, d.meeting_id, d.expense_id, d.uploaded_by, d.created_at`;

export function rowToSnapshot(row: DocumentRow): DocumentSnapshot {
  return {
    id: row.id,
    organizationId: row.organization_id,
    buildingId: row.building_id,
    type: row.type as DocumentType,
    title: row.title,
    originalFileName: row.original_file_name,
    mimeType: row.mime_type as DocumentContentType,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    storageKey: row.storage_key,
    visibility: row.visibility as DocumentVisibility,
    meetingId: row.meeting_id,
    expenseId: row.expense_id,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}

export function toRow(document: Document): DocumentOrmEntity {
  const s = document.toSnapshot();
  return Object.assign(new DocumentOrmEntity(), { ...s, sizeBytes: String(s.sizeBytes) });
}
