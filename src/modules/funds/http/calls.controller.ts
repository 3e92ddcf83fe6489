import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { CallsService } from '../application/calls.service';
import { ListCallsQuery } from './dto/call.query';
import { CreateCallRequest } from './dto/call.request';
import { CallResponse } from './dto/call.response';

/** Calls for funds: syndics and accountants issue and cancel them, board members read them. */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Post()
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Issue a call for funds',
    description:
      'Calls an amount into a fund of the building, split exactly over the owners holding the units on callDate ' +
      '(by the quotas, or by the distribution key keyId), one item per owner with its own structured communication. ' +
      "On a reserve fund the answer shows where the year's reserve calls stand against the legal minimum. 404 for " +
      "an unknown building, fund or key; 409 PERIOD_CLOSED when callDate lies in the building's closed books; 422 " +
      'REGISTRY_INCOMPLETE while the registry on callDate leaves part of the amount to nobody. Roles: syndic, accountant.',
    status: 201,
    success: CallResponse,
    problems: [404, 409, 422],
  })
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
  @ApiOperationDoc({
    summary: 'List calls for funds',
    description:
      'Calls of the organization with their items and status on the day read (open, overdue, paid, cancelled), ' +
      'newest call date first; filters by building (404 for a building not of the organization), status and ' +
      'call-date range. Roles: syndic, accountant, board_member.',
    success: pageOf(CallResponse),
    problems: [404],
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: ListCallsQuery): Promise<Paginated<CallResponse>> {
    return paginated(await this.calls.list(tenant, query), CallResponse.from);
  }

  @Get(':id')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'Get a call for funds',
    description:
      "One call with its owners' items, what they paid, and on a reserve fund the year's standing against the " +
      'minimum. Roles: syndic, accountant, board_member.',
    success: CallResponse,
    problems: [404],
  })
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<CallResponse> {
    return CallResponse.from(await this.calls.get(tenant, id));
  }

  @Put(':id/cancel')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Cancel a call for funds',
    description:
      "Cancels a call nothing is paid of: its items leave the owners' ledgers and the arrears. 409 " +
      'CALL_HAS_PAYMENTS once a payment is allocated to it, 409 CALL_CANCELLED when already cancelled, ' +
      "409 PERIOD_CLOSED when its call date lies in the building's closed books. Roles: syndic, accountant.",
    success: CallResponse,
    problems: [404, 409],
  })
  async cancel(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<CallResponse> {
    return CallResponse.from(await this.calls.cancel(tenant, id));
  }
}
