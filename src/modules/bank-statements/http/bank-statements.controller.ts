import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiPaginatedResponse, Paginated, paginated } from '@shared/http/paginated.response';
import { uuidParam } from '@shared/http/validation';
import { BankStatementsService } from '../application/bank-statements.service';
import { StatementUploadLimits } from '../domain/statement-upload';
import { ListStatementsQuery } from './dto/bank-statement.query';
import { BankStatementResponse } from './dto/bank-statement.response';
import { withStatementFile } from './statement-upload';

const UPLOAD_DESCRIPTION =
  'multipart/form-data with one part named `file`: a Belgian CODA file (Febelfin Standard CODA 2, records of 128 ' +
  'characters) or an ISO 20022 CAMT.053 document, recognised from its content (anything else: 415 ' +
  'STATEMENT_FORMAT_UNKNOWN). One statement per file. Opening balance plus movements must be the closing balance ' +
  '(else 422 STATEMENT_UNBALANCED, nothing stored). The same statement again answers 200 with the one kept and ' +
  '`alreadyImported: true`, whichever of the two formats brings it.';

/** Bank statements of a building's accounts: import (syndic, accountant) and read (also the board). */
@ApiTags('bank-statements')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('buildings')
export class BankStatementsController {
  constructor(
    private readonly statements: BankStatementsService,
    private readonly limits: StatementUploadLimits,
  ) {}

  /** Imports a statement file → 201 with the statement, or 200 with `alreadyImported: true` when it was already kept. */
  @Post(':id/bank-statements')
  @Roles('syndic', 'accountant')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: UPLOAD_DESCRIPTION,
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: BankStatementResponse })
  @ApiOkResponse({ type: BankStatementResponse, description: 'The statement was already imported' })
  @ApiProblem(413, 415, 422)
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

  /** The building's statements, newest closing day first. */
  @Get(':id/bank-statements')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiPaginatedResponse(BankStatementResponse)
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ListStatementsQuery,
  ): Promise<Paginated<BankStatementResponse>> {
    return paginated(await this.statements.list(tenant, id, query), (s) => BankStatementResponse.from(s));
  }

  @Get(':id/bank-statements/:statementId')
  @Roles('syndic', 'accountant', 'board_member')
  async get(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('statementId', uuidParam('statementId')) statementId: string,
  ): Promise<BankStatementResponse> {
    return BankStatementResponse.from(await this.statements.get(tenant, id, statementId));
  }
}
