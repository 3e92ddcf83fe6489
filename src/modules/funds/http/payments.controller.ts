import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { PaymentsService } from '../application/payments.service';
import { ListPaymentsQuery } from './dto/payment.query';
import { RecordPaymentRequest } from './dto/payment.request';
import { PaymentResponse } from './dto/payment.response';

/** Owners' payments: syndics and accountants record them, board members read them. */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post()
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: "Record an owner's payment",
    description:
      'Records money received on a fund of the building and allocates it: first to the call item its structured ' +
      "communication names, then to the owner's oldest due items; what is left stays as unallocatedCents, a credit " +
      "on the owner's ledger. 400 INVALID_OGM when the communication's check digits fail; 404 for the building or " +
      "the owner; 409 PERIOD_CLOSED when paidOn lies in the building's closed books; 422 PAYMENT_UNIDENTIFIED when " +
      'neither a known communication of the building nor ownerId says whose it is, 422 PAYMENT_OWNER_MISMATCH when ' +
      'they name different owners. Roles: syndic, accountant.',
    status: 201,
    success: PaymentResponse,
    problems: [409, 422],
  })
  async record(
    @Tenant() tenant: TenantContext,
    @Body() body: RecordPaymentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentResponse> {
    const payment = await this.payments.record(tenant, body);
    void reply.header('location', `/api/v1/payments/${payment.id}`);
    return PaymentResponse.from(payment);
  }

  @Get()
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'List payments',
    description:
      "Owners' payments of the organization with their allocations, newest paid day first; filters by building and " +
      'owner (404 for one not of the organization) and by paid-day range. Roles: syndic, accountant, board_member.',
    success: pageOf(PaymentResponse),
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: ListPaymentsQuery): Promise<Paginated<PaymentResponse>> {
    return paginated(await this.payments.list(tenant, query), PaymentResponse.from);
  }

  @Get(':id')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'Get a payment',
    description:
      'One payment with where its money went and what stayed a credit. Roles: syndic, accountant, board_member.',
    success: PaymentResponse,
  })
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<PaymentResponse> {
    return PaymentResponse.from(await this.payments.get(tenant, id));
  }
}
