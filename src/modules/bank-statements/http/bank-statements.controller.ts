import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { uuidParam } from '@shared/http/validation';
import { BankStatementsService } from '../application/bank-statements.service';
import { StatementUploadLimits } from '../domain/statement-upload';
import { ListStatementsQuery } from './dto/bank-statement.query';
import { BankStatementResponse } from './dto/bank-statement.response';
import { StatementUploadForm } from './dto/statement-upload.form';
import { withStatementFile } from './statement-upload';

const UPLOAD_DESCRIPTION =
  'multipart/form-data with one part named `file` (other fields, in any order, are ignored): the statement, ' +
  'up to 10 MB (413).';

@ApiTags('bank-statements')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('buildings')
export class BankStatementsController {
  constructor(
    private readonly statements: BankStatementsService,
    private readonly limits: StatementUploadLimits,
  ) {}

  @Post(':id/bank-statements')
  @Roles('syndic', 'accountant')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: StatementUploadForm, description: UPLOAD_DESCRIPTION })
  @ApiResponse({
    status: 200,
    type: BankStatementResponse,
    description: 'The statement was already imported: the one kept, with `alreadyImported: true`; nothing changed',
    headers: { Location: { description: 'The path of the statement kept', schema: { type: 'string' } } },
  })
  @ApiOperationDoc({
    summary: 'Import a bank statement',
    description:
      "Imports one statement of the building's bank account: a Belgian CODA file (Febelfin Standard CODA 2, records " +
      'of 128 characters) or an ISO 20022 CAMT.053 document, recognised from its content (anything else: 415 ' +
      'STATEMENT_FORMAT_UNKNOWN; a body that is not multipart: 415 UNSUPPORTED_MEDIA_TYPE; no `file` part: 400 ' +
      'VALIDATION_FAILED; a broken file: 400 STATEMENT_MALFORMED). One statement per file (else 422 ' +
      'STATEMENT_FILE_HAS_SEVERAL), in EUR (else 422 STATEMENT_CURRENCY_UNSUPPORTED). Opening balance plus movements ' +
      'must be the closing balance (else 422 STATEMENT_UNBALANCED, nothing stored). Each credit whose structured ' +
      "communication names a call item of the building becomes that owner's payment (matched); the other movements " +
      'wait unmatched in the reconciliation queue. The same statement again, whichever of the two formats brings it, answers 200 with ' +
      'the one kept and `alreadyImported: true`. Roles: syndic, accountant.',
    status: 201,
    success: BankStatementResponse,
    successDescription: 'The statement, imported',
    problems: [404, 413, 415, 422],
  })
  async import(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BankStatementResponse> {
    const { statement, alreadyImported } = await withStatementFile(request, this.limits.maxBytes, (content) =>
      this.statements.import(tenant, id, content),
    );
    void reply
      .status(alreadyImported ? 200 : 201)
      .header('location', `/api/v1/buildings/${id}/bank-statements/${statement.id}`);
    return BankStatementResponse.from(statement, alreadyImported);
  }

  @Get(':id/bank-statements')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: "List a building's bank statements",
    description:
      'The statements imported for the building, newest closing day first (sort by closingDate or importedAt), ' +
      'each with how many of its movements are matched, unmatched or suggested. Roles: syndic, accountant, board_member.',
    success: pageOf(BankStatementResponse),
    problems: [404],
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ListStatementsQuery,
  ): Promise<Paginated<BankStatementResponse>> {
    return paginated(await this.statements.list(tenant, id, query), (s) => BankStatementResponse.from(s));
  }

  @Get(':id/bank-statements/:statementId')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'Get a bank statement',
    description:
      "One imported statement of the building, with its balances and its movements' reconciliation counts. " +
      'Roles: syndic, accountant, board_member.',
    success: BankStatementResponse,
    problems: [404],
  })
  async get(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('statementId', uuidParam('statementId')) statementId: string,
  ): Promise<BankStatementResponse> {
    return BankStatementResponse.from(await this.statements.get(tenant, id, statementId));
  }
}
