import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@shared/http/page.query';
import { DOCUMENT_TYPES, type DocumentType } from '../../domain/document';
import { DOCUMENT_SORTS, type DocumentSort } from '../../domain/document.repository';
import { ApiId } from '../../../../shared/http/api-property.decorators';

export class ListDocumentsQuery extends PageQuery {
  /** createdAt (newest first by default) or title (A to Z by default). */
  @IsOptional()
  @IsIn(DOCUMENT_SORTS)
  sort?: DocumentSort;

  /** Only this building's documents. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  buildingId?: string;

  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  type?: DocumentType;

  /** Only the documents linked to this meeting. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  meetingId?: string;

  /** Only the documents linked to this expense. */
  @IsOptional()
  @IsUUID()
  @ApiId({ required: false })
  expenseId?: string;
}
