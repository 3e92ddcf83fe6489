import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiPaginatedResponse, Paginated, paginated } from '@shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { CallsService } from '../application/calls.service';
import { CallResponse, CreateCallRequest, ListCallsQuery } from './dto/call.dto';

/** Calls for funds: syndics and accountants issue and cancel them, board members read them. */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  /**
   * Issues a call: split exactly over the owners holding the units on callDate, one structured communication each.
   * 404 building, fund or key; 409 PERIOD_CLOSED; 422 REGISTRY_INCOMPLETE.
   */
  @Post()
  @Roles('syndic', 'accountant')
  @ApiProblem(404, 409, 422)
  async issue(
    @Tenant() tenant: TenantContext,
    @Body() body: CreateCallRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CallResponse> {
    const call = await this.calls.issue(tenant, body);
    void reply.header('location', `/api/v1/calls/${call.id}`);
    return CallResponse.from(call);
  }

  @Get()
  @Roles('syndic', 'accountant', 'board_member')
  @ApiProblem(404)
  @ApiPaginatedResponse(CallResponse)
  async list(@Tenant() tenant: TenantContext, @Query() query: ListCallsQuery): Promise<Paginated<CallResponse>> {
    return paginated(await this.calls.list(tenant, query), CallResponse.from);
  }

  @Get(':id')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiProblem(404)
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<CallResponse> {
    return CallResponse.from(await this.calls.get(tenant, id));
  }

  /** Cancels a call nothing is paid of; else 409 CALL_HAS_PAYMENTS (CALL_CANCELLED, PERIOD_CLOSED). */
  @Put(':id/cancel')
  @Roles('syndic', 'accountant')
  @ApiProblem(404, 409)
  async cancel(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<CallResponse> {
    return CallResponse.from(await this.calls.cancel(tenant, id));
  }
}
