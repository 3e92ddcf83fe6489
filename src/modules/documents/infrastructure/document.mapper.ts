import type { DocumentContentType } from '../domain/content-type';
import type { Document, DocumentSnapshot, DocumentType, DocumentVisibility } from '../domain/document';
import { DocumentOrmEntity } from './document.orm-entity';

export function toSnapshot(row: DocumentOrmEntity): DocumentSnapshot {
  return {
    id: row.id,
    organizationId: row.organizationId,
    buildingId: row.buildingId,
    type: row.type as DocumentType,
    title: row.title,
    originalFileName: row.originalFileName,
    mimeType: row.mimeType as DocumentContentType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    storageKey: row.storageKey,
    visibility: row.visibility as DocumentVisibility,
    meetingId: row.meetingId,
    expenseId: row.expenseId,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt,
  };
}

export function toRow(document: Document): DocumentOrmEntity {
  const s = document.toSnapshot();
  return Object.assign(new DocumentOrmEntity(), { ...s, sizeBytes: String(s.sizeBytes) });
}
