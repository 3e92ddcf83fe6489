import { Body, Controller, Get, Injectable, Param, PipeTransform, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain/tenant';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { validationFailed } from '../../../shared/http/api-exception';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '../../../shared/http/paginated.response';
import { ChartOfAccounts } from '../application/chart-of-accounts.service';
import { PCN_ACCOUNT_CODE } from '../domain/pcn-account';
import { CreatePcnAccountRequest, RelabelPcnAccountRequest } from './dto/pcn-account.request';
import { PcnAccountResponse } from './dto/pcn-account.response';
import { ListPcnAccountsQuery } from './dto/pcn-account.query';

/** A malformed code in the path is a bad request, like a malformed uuid. */
@Injectable()
export class ParseAccountCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PCN_ACCOUNT_CODE.test(value))
      throw validationFailed([{ field: 'code', message: 'code must be a class-6 account code of 6 digits' }]);
    return value;
  }
}

@ApiTags('pcn')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('pcn/accounts')
export class PcnAccountsController {
  constructor(private readonly chart: ChartOfAccounts) {}

  @Get()
  @Roles('syndic', 'accountant', 'board_member', 'owner')
  @ApiOperationDoc({
    summary: 'List PCN accounts',
    description:
      "The organization's chart of accounts by code; it starts with the eight default accounts. Roles: syndic, accountant, board_member, owner.",
    success: pageOf(PcnAccountResponse),
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Query() query: ListPcnAccountsQuery,
  ): Promise<Paginated<PcnAccountResponse>> {
    const page = { page: query.page, perPage: query.perPage, sort: 'code' as const, order: query.order ?? 'asc' };
    return paginated(await this.chart.list(tenant, page), PcnAccountResponse.from);
  }

  @Get(':code')
  @Roles('syndic', 'accountant', 'board_member', 'owner')
  @ApiOperationDoc({
    summary: 'Get a PCN account',
    description:
      'One account of the chart by its code, with its labels in French, Dutch and English. Roles: syndic, accountant, board_member, owner.',
    success: PcnAccountResponse,
    problems: [404],
  })
  async get(
    @Tenant() tenant: TenantContext,
    @Param('code', ParseAccountCodePipe) code: string,
  ): Promise<PcnAccountResponse> {
    return PcnAccountResponse.from(await this.chart.get(tenant, code));
  }

  @Post()
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Add a PCN account',
    description: 'Adds an account to the chart; its code can never change afterwards. Roles: syndic, accountant.',
    status: 201,
    success: PcnAccountResponse,
    problems: [409],
  })
  async add(
    @Tenant() tenant: TenantContext,
    @Body() body: CreatePcnAccountRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PcnAccountResponse> {
    const account = await this.chart.add(tenant, body);
    void reply.header('location', `/api/v1/pcn/accounts/${account.code}`);
    return PcnAccountResponse.from(account);
  }

  @Put(':code')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Relabel a PCN account',
    description: 'Replaces the labels; the code stays. Roles: syndic, accountant.',
    success: PcnAccountResponse,
    problems: [404],
  })
  async relabel(
    @Tenant() tenant: TenantContext,
    @Param('code', ParseAccountCodePipe) code: string,
    @Body() body: RelabelPcnAccountRequest,
  ): Promise<PcnAccountResponse> {
    return PcnAccountResponse.from(await this.chart.relabel(tenant, code, body));
  }
}
