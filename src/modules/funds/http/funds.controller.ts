import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { PageQuery } from '@shared/http/page.query';
import { ApiPaginatedResponse, Paginated, paginated } from '@shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { FundsService } from '../application/funds.service';
import { LedgersService } from '../application/ledgers.service';
import { RESERVE_MINIMUM_RULE } from '../domain/reserve-minimum';
import { CreateFundRequest, FundResponse, ReserveMinimumQuery, ReserveMinimumResponse } from './dto/fund.dto';
import { ArrearsQuery, ArrearsResponse } from './dto/ledger.dto';

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

  /** Opens a fund (syndic) on its own bank account; an IBAN whose check fails → 400. */
  @Post(':id/funds')
  @Roles('syndic')
  @ApiProblem(409)
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

  /** The building's funds with what was called and received, by kind then name. */
  @Get(':id/funds')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiPaginatedResponse(FundResponse)
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

  /** At least 5 % of the previous year's ordinary charges (Civil Code art. 3.86 §3; works are not ordinary). */
  @Get(':id/reserve-minimum')
  @Roles('syndic', 'accountant', 'board_member')
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

  /** Owners with overdue amounts on asOf (today by default): oldest due date, days late, items. */
  @Get(':id/arrears')
  @Roles('syndic', 'accountant', 'board_member')
  async arrears(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ArrearsQuery,
  ): Promise<ArrearsResponse> {
    return ArrearsResponse.from(await this.ledgers.arrears(tenant, id, query.asOf));
  }
}
