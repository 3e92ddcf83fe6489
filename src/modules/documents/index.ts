export { DocumentsModule } from './documents.module';
export { DocumentsService } from './application/documents.service';
export type { DocumentDownload, ListDocumentsInput, UploadDocumentInput } from './application/document.inputs';
export type { DocumentSnapshot, DocumentType, DocumentVisibility } from './domain/document';
export { DOCUMENT_TYPES, DOCUMENT_VISIBILITIES } from './domain/document';
export type { DocumentContentType } from './domain/content-type';
