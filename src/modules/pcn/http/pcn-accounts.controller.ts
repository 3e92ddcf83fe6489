import { Body, Controller, Get, Injectable, Param, PipeTransform, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ChartService } from '@modules/accounting';
import type { TenantContext } from '../../../shared/domain/tenant';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import { validationFailed } from '../../../shared/http/api-exception';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '../../../shared/http/paginated.response';
import { CHARGE_ACCOUNT_CODE, CreatePcnAccountRequest, RelabelPcnAccountRequest } from './dto/pcn-account.request';
import { PcnAccountResponse } from './dto/pcn-account.response';
import { ListPcnAccountsQuery } from './dto/pcn-account.query';

/** A malformed code in the path is a bad request, like a malformed uuid. */
@Injectable()
export class ParseAccountCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!CHARGE_ACCOUNT_CODE.test(value))
      throw validationFailed([{ field: 'code', message: 'code must be a class-6 account code of 2 to 10 digits' }]);
    return value;
  }
}

const SEE_CHART =
  'The charge accounts are those of the co-ownership chart (`GET /accounting/chart`, class 6) and the ' +
  "organization's sub-accounts (`POST /accounting/chart/accounts`).";

/**
 * The charge accounts (class 6) expenses are booked on and the PCN report prints: the co-ownership chart in force
 * and the organization's sub-accounts, read and written through the accounting context.
 */
@ApiTags('pcn')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('pcn/accounts')
export class PcnAccountsController {
  constructor(private readonly chart: ChartService) {}

  @Get()
  @Roles('syndic', 'accountant', 'board_member', 'owner')
  @ApiOperationDoc({
    summary: 'List PCN accounts',
    description: `The charge accounts (class 6) by code: those of the co-ownership chart in force and the organization's sub-accounts. ${SEE_CHART} Roles: syndic, accountant, board_member, owner.`,
    success: pageOf(PcnAccountResponse),
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: ListPcnAccountsQuery): Promise<Paginated<PcnAccountResponse>> {
    const all = await this.chart.chargeAccounts(tenant);
    const ordered = (query.order ?? 'asc') === 'desc' ? [...all].reverse() : all;
    const start = (query.page - 1) * query.perPage;
    return paginated(
      { items: ordered.slice(start, start + query.perPage), totalItems: all.length, page: query.page, perPage: query.perPage },
      PcnAccountResponse.from,
    );
  }

  @Get(':code')
  @Roles('syndic', 'accountant', 'board_member', 'owner')
  @ApiOperationDoc({
    summary: 'Get a PCN account',
    description: `One charge account by its code, with its labels. ${SEE_CHART} Roles: syndic, accountant, board_member, owner.`,
    success: PcnAccountResponse,
    problems: [404],
  })
  async get(@Tenant() tenant: TenantContext, @Param('code', ParseAccountCodePipe) code: string): Promise<PcnAccountResponse> {
    return PcnAccountResponse.from(await this.chart.chargeAccount(tenant, code));
  }

  @Post()
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Add a PCN account (deprecated)',
    description:
      "Deprecated: use `POST /accounting/chart/accounts`, which names the parent. Adds a charge sub-account of the organization under the longest code of the chart its code extends (615000 under 61), else under the class; 409 PCN_ACCOUNT_EXISTS when the code is in the chart or already a sub-account. Roles: syndic, accountant.",
    status: 201,
    success: PcnAccountResponse,
    problems: [409],
    deprecated: true,
  })
  async add(
    @Tenant() tenant: TenantContext,
    @Body() body: CreatePcnAccountRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PcnAccountResponse> {
    const account = await this.chart.openChargeAccount(tenant, body);
    void reply.header('location', `/api/v1/pcn/accounts/${account.code}`);
    return PcnAccountResponse.from(account);
  }

  @Put(':code')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Relabel a PCN account (deprecated)',
    description:
      "Deprecated: the chart's accounts are platform data (`GET /accounting/chart`). Replaces the labels of one of the organization's sub-accounts; the code stays. 409 CHART_ACCOUNT_READ_ONLY for an account of the chart. Roles: syndic, accountant.",
    success: PcnAccountResponse,
    problems: [404, 409],
    deprecated: true,
  })
  async relabel(
    @Tenant() tenant: TenantContext,
    @Param('code', ParseAccountCodePipe) code: string,
    @Body() body: RelabelPcnAccountRequest,
  ): Promise<PcnAccountResponse> {
    return PcnAccountResponse.from(await this.chart.relabelChargeAccount(tenant, code, body));
  }
}
