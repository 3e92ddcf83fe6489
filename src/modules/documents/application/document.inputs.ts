import type { SortOrder } from '@shared/domain';
import type { DocumentDetails, DocumentSnapshot, DocumentType } from '../domain/document';
import type { DocumentContentType } from '../domain/content-type';
import type { ByteSource, StagedUpload, StoredContent } from '../domain/document-storage';
import type { DocumentSort } from '../domain/document.repository';

export interface UploadDocumentInput extends DocumentDetails {
  /** The client's name for the file: sanitised and kept for downloads, never used to name the stored object. */
  readonly fileName: string;
  /** The bytes, consumed once; the type is detected from them (415 when not accepted), the size capped (413). */
  readonly content: ByteSource;
}

/** The details of content staged before they were known (a form whose fields follow its file). */
export interface StagedDocumentInput extends DocumentDetails {
  readonly fileName: string;
}

/** Bytes written to a hidden staged object, their type recognised; nothing is visible until they are filed. */
export interface StagedContent {
  readonly staged: StagedUpload;
  readonly mimeType: DocumentContentType;
}

export interface ListDocumentsInput {
  readonly page: number;
  readonly perPage: number;
  readonly sort?: DocumentSort;
  readonly order?: SortOrder;
  readonly buildingId?: string;
  readonly type?: DocumentType;
  readonly meetingId?: string;
  readonly expenseId?: string;
}

/** A readable document: its metadata now, its bytes on demand (not opened at all for a 304). */
export interface DocumentDownload {
  readonly document: DocumentSnapshot;
  /** Opens the stored bytes; the caller must consume or destroy the stream. */
  open(): Promise<StoredContent>;
}
