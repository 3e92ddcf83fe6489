import type { DocumentContentType } from '../../domain/content-type';
import type { DocumentSnapshot, DocumentType, DocumentVisibility } from '../../domain/document';
import { downloadNameOf } from '../../domain/document';
import { ApiId, ApiInteger, ApiTimestamp } from '../../../../shared/http/api-property.decorators';

export class DocumentResponse {
  @ApiId()
  id!: string;
  @ApiId()
  buildingId!: string;
  /** @example "invoice" */
  type!: DocumentType;
  /** @example "Facture Schindler 2026/0142" */
  title!: string;
  /**
   * The name offered on download: the client's name without any path, with an extension matching the content.
   * @example "facture-schindler-2026-0142.pdf"
   */
  fileName!: string;
  /**
   * Detected from the bytes, never taken from the client.
   * @example "application/pdf"
   */
  mimeType!: DocumentContentType;
  @ApiInteger({ example: 184320 })
  sizeBytes!: number;
  /**
   * Lowercase hex SHA-256 of the bytes; the download's ETag is this value in quotes.
   * @example "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
   */
  sha256!: string;
  /** @example "public_to_owners" */
  visibility!: DocumentVisibility;
  @ApiId({ nullable: true })
  meetingId!: string | null;
  @ApiId({ nullable: true })
  expenseId!: string | null;
  /** The user who uploaded it. */
  @ApiId()
  uploadedBy!: string;
  @ApiTimestamp()
  createdAt!: string;

  static from(d: DocumentSnapshot): DocumentResponse {
    return {
      id: d.id,
      buildingId: d.buildingId,
      type: d.type,
      title: d.title,
      fileName: downloadNameOf(d),
      mimeType: d.mimeType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
      visibility: d.visibility,
      meetingId: d.meetingId,
      expenseId: d.expenseId,
      uploadedBy: d.uploadedBy,
      createdAt: d.createdAt.toISOString(),
    };
  }
}
