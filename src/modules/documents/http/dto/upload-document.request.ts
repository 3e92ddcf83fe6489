import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  DOCUMENT_TYPES,
  DOCUMENT_VISIBILITIES,
  type DocumentType,
  type DocumentVisibility,
  MAX_TITLE_LENGTH,
} from '../../domain/document';
import { Collapse, EmptyAsAbsent } from '../validation';
import { ApiId } from '../../../../shared/http/api-property.decorators';

/** The form fields of `POST /documents/upload`, before or after the file part. */
export class UploadDocumentRequest {
  /** The building the document belongs to. */
  @IsDefined({ message: 'buildingId is required' })
  @IsUUID()
  @ApiId()
  buildingId!: string;

  /**
   * minutes, financial_statement, invoice, contract, regulation, works_quote or other (accountants: invoice, financial_statement).
   * @example "invoice"
   */
  @IsDefined({ message: 'type is required' })
  @IsIn(DOCUMENT_TYPES)
  type!: DocumentType;

  /**
   * A title for people, 1 to 255 characters.
   * @example "Facture Schindler 2026/0142"
   */
  @IsDefined({ message: 'title is required' })
  @Collapse()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TITLE_LENGTH)
  title!: string;

  /**
   * public_to_owners (owners of the building may read it) or private (the default).
   * @example "public_to_owners"
   */
  @EmptyAsAbsent()
  @IsOptional()
  @IsIn(DOCUMENT_VISIBILITIES)
  visibility?: DocumentVisibility;

  /** A meeting of the same building (404 otherwise), e.g. for minutes. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  meetingId?: string;

  /** An expense of the same building (404 otherwise), e.g. for its invoice. */
  @EmptyAsAbsent()
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  expenseId?: string;
}

/** The whole multipart form, for the OpenAPI document only (its parts may come in any order). */
export class UploadDocumentForm extends UploadDocumentRequest {
  /** The file: PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS or UTF-8 text, recognised from its bytes. */
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;
}
