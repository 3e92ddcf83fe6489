import { Controller, Delete, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiIfNoneMatch, ApiOperationDoc } from '@shared/http/api-operation.decorator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { DocumentsService } from '../application/documents.service';
import { DOCUMENT_CONTENT_TYPES } from '../domain/content-type';
import { downloadNameOf } from '../domain/document';
import { contentDisposition } from '../domain/file-name';
import { UploadLimits } from '../domain/upload-limits';
import { ListDocumentsQuery } from './dto/document-list.query';
import { DocumentResponse } from './dto/document.response';
import { UploadDocumentForm } from './dto/upload-document.request';
import { withUploadForm } from './multipart-upload';
import { uuidParam } from './validation';

const UPLOAD_DESCRIPTION =
  'multipart/form-data: the form fields (buildingId, type, title, visibility?, meetingId?, expenseId?) and one part ' +
  'named `file`, in any order. The file is checked and staged as it streams, never buffered, and filed once the ' +
  'whole form is valid; fields sent before it that are already wrong refuse the upload before it is read. The type ' +
  'is recognised from the bytes (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, UTF-8 text; anything else 415), the size is ' +
  'capped by MAX_UPLOAD_MB (413), and the stored object is never named after the client file name.';

@ApiTags('documents')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly limits: UploadLimits,
  ) {}

  @Get()
  @ApiOperationDoc({
    summary: 'List documents',
    description:
      'Documents of the organization, newest first (an owner sees the public_to_owners ones of its buildings).',
    success: pageOf(DocumentResponse),
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Query() query: ListDocumentsQuery,
  ): Promise<Paginated<DocumentResponse>> {
    return paginated(await this.documents.list(tenant, query), DocumentResponse.from);
  }

  @Post('upload')
  @Roles('syndic', 'accountant')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentForm, description: UPLOAD_DESCRIPTION })
  @ApiOperationDoc({
    summary: 'Upload a document',
    description:
      'Uploads a document of a building (syndic: any type; accountant: invoice and financial_statement). A meeting or expense it is linked to must belong to the same building, else 404 like any resource the caller cannot see. Roles: syndic, accountant.',
    status: 201,
    success: DocumentResponse,
    problems: [404, 413, 415],
  })
  async upload(
    @Tenant() tenant: TenantContext,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DocumentResponse> {
    const document = await withUploadForm(request, this.limits.maxBytes, {
      stage: (content) => this.documents.stage(content),
      file: ({ fields, fileName }, content) => this.documents.registerStaged(tenant, { ...fields, fileName }, content),
    });
    void reply.header('location', `/api/v1/documents/${document.id}`);
    return DocumentResponse.from(document);
  }

  @Get(':id/metadata')
  @ApiOperationDoc({
    summary: "Get a document's metadata",
    description: 'Title, type, size, SHA-256 and links of one document, without its bytes.',
    success: DocumentResponse,
    problems: [404],
  })
  async metadata(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<DocumentResponse> {
    return DocumentResponse.from(await this.documents.get(tenant, id));
  }

  @Get(':id')
  @ApiResponse({ status: 304, description: 'Not modified: If-None-Match names the current ETag' })
  @ApiIfNoneMatch()
  @ApiOperationDoc({
    summary: 'Download a document',
    description:
      'The bytes, streamed, as an attachment; `If-None-Match` with the ETag (the SHA-256 in quotes) answers 304.',
    success: { binary: [...DOCUMENT_CONTENT_TYPES] },
    problems: [404],
  })
  async download(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { document, open } = await this.documents.download(tenant, id);
    const etag = `"${document.sha256}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', 'private, no-cache')
      .header('x-content-type-options', 'nosniff');
    if (matchesEtag(ifNoneMatch, etag)) {
      void reply.status(304).send();
      return;
    }
    const content = await open();
    const stream = content.stream instanceof Readable ? content.stream : Readable.from(content.stream);
    void reply
      .status(200)
      .type(document.mimeType)
      .header('content-length', content.size)
      .header('content-disposition', contentDisposition(downloadNameOf(document)))
      .send(stream);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Delete a document',
    description: 'Deletes the document and its bytes (syndic). Roles: syndic.',
    status: 204,
    problems: [404],
  })
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.documents.remove(tenant, id);
  }
}

/** RFC 9110 weak comparison, as If-None-Match requires: `W/` prefixes are ignored and `*` matches. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === etag;
  });
}
