import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import { ChartService } from '../application/chart.service';
import { ChartQuery } from './dto/journal.query';
import { SubAccountRequest } from './dto/journal.request';
import { ChartAccountResponse, ChartResponse } from './dto/journal.response';

/** The co-ownership chart of accounts: every role reads it; syndics and accountants add sub-accounts. */
@ApiTags('accounting')
@ApiBearerAuth()
@Controller('accounting/chart')
export class ChartController {
  constructor(private readonly chart: ChartService) {}

  @Get()
  @ApiOperationDoc({
    summary: 'Get the chart of accounts',
    description:
      "The co-ownership chart of accounts in force (Royal Decree of 12 July 2012, as researched), versioned, with the organization's sub-accounts: code, label in `lang` (fr by default; en gives the French labels), class 1-7, where the number comes from (`source`) and whether it is still to verify against the published annex (`toVerify`).",
    success: ChartResponse,
    problems: [400],
  })
  async get(@Tenant() tenant: TenantContext, @Query() query: ChartQuery): Promise<ChartResponse> {
    return ChartResponse.from(await this.chart.chart(tenant), query.lang ?? 'fr');
  }

  @Post('accounts')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Add a sub-account',
    description:
      "An account of the organization under an account of the chart: its code extends the parent's (610000 → 6100001) and is new in the organization, else 422 INVALID_SUB_ACCOUNT. Roles: syndic, accountant.",
    status: 201,
    success: ChartAccountResponse,
    problems: [400, 403, 422],
  })
  async addSubAccount(@Tenant() tenant: TenantContext, @Body() body: SubAccountRequest): Promise<ChartAccountResponse> {
    return ChartAccountResponse.from(await this.chart.addSubAccount(tenant, body), 'fr');
  }
}
