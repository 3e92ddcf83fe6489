import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { PageQuery } from '@shared/http/page.query';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { FundsService } from '../application/funds.service';
import { LedgersService } from '../application/ledgers.service';
import { RESERVE_MINIMUM_RULE } from '../domain/reserve-minimum';
import { ReserveMinimumQuery } from './dto/fund.query';
import { CreateFundRequest, LateInterestRequest } from './dto/fund.request';
import { FundResponse, LateInterestResponse, ReserveMinimumResponse } from './dto/fund.response';
import { ArrearsQuery } from './dto/ledger.query';
import { ArrearsResponse } from './dto/ledger.response';

/** A building's funds, its reserve minimum and its owners in arrears (syndic, accountant and board read them). */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('buildings')
export class FundsController {
  constructor(
    private readonly funds: FundsService,
    private readonly ledgers: LedgersService,
  ) {}

  @Post(':id/funds')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Open a fund',
    description:
      'Opens a working-capital or reserve fund of the building on its own bank account, in the name of the ' +
      'association of co-owners; calls for funds are issued into it. 400 for an IBAN whose check digits fail (mod ' +
      '97); 409 DUPLICATE_FUND_NAME when the building already has a fund of that name. `Location` points to the ' +
      "building's funds. Roles: syndic.",
    status: 201,
    success: FundResponse,
    problems: [409],
  })
  async open(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CreateFundRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FundResponse> {
    const fund = await this.funds.open(tenant, id, body);
    void reply.header('location', `/api/v1/buildings/${id}/funds`);
    return FundResponse.from(fund);
  }

  @Get(':id/funds')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: "List a building's funds",
    description:
      "The building's funds by kind then name, each with what was called into it and what the owners paid. " +
      'Roles: syndic, accountant, board_member.',
    success: pageOf(FundResponse),
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PageQuery,
  ): Promise<Paginated<FundResponse>> {
    const all = await this.funds.list(tenant, id);
    const start = (query.page - 1) * query.perPage;
    const items = all.slice(start, start + query.perPage);
    return paginated({ items, totalItems: all.length, page: query.page, perPage: query.perPage }, FundResponse.from);
  }

  @Get(':id/reserve-minimum')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'Reserve fund minimum',
    description:
      "The least the year's reserve calls should reach: 5 % of the previous year's ordinary charges, rounded up to " +
      'the cent (Civil Code art. 3.86 §3; works are not ordinary charges, cancelled expenses are left out and ' +
      'credit notes deducted), unless four fifths of the assembly waived it. Roles: syndic, accountant, board_member.',
    success: ReserveMinimumResponse,
  })
  async reserveMinimum(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ReserveMinimumQuery,
  ): Promise<ReserveMinimumResponse> {
    return ReserveMinimumResponse.from(
      await this.funds.reserveMinimum(tenant, id, query.year),
      RESERVE_MINIMUM_RULE.basisPoints / 100,
      RESERVE_MINIMUM_RULE.source,
    );
  }

  @Get(':id/arrears')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'Owners in arrears',
    description:
      "The building's owners with overdue amounts on asOf (today by default), oldest due date first: each overdue " +
      "item after the owner's credit, the days late and, only when the statutes or the assembly set a rate, the " +
      'late interest. Owners whose credit covers everything are left out. Roles: syndic, accountant, board_member.',
    success: ArrearsResponse,
  })
  async arrears(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ArrearsQuery,
  ): Promise<ArrearsResponse> {
    return ArrearsResponse.from(await this.ledgers.arrears(tenant, id, query.asOf));
  }

  @Put(':id/late-interest')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Set the late-interest rate',
    description:
      'Sets the yearly rate of simple interest on overdue amounts, as the statutes or an assembly decision set it ' +
      '(decisionRef says which); annualRateBp null removes it, the default being no late interest. It shows in the ' +
      'arrears and the reminder letters. Roles: syndic.',
    success: LateInterestResponse,
  })
  async setLateInterest(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: LateInterestRequest,
  ): Promise<LateInterestResponse> {
    const setting = await this.funds.setLateInterest(tenant, id, {
      annualRateBp: body.annualRateBp,
      decisionRef: body.decisionRef ?? null,
    });
    return { buildingId: id, ...setting };
  }
}
