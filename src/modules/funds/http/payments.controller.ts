import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiPaginatedResponse, Paginated, paginated } from '@shared/http/paginated.response';
import { PaymentsService } from '../application/payments.service';
import { ListPaymentsQuery, PaymentResponse, RecordPaymentRequest } from './dto/payment.dto';

/** Owners' payments: syndics and accountants record them, board members read them. */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  /**
   * Records a payment and allocates it: the item its OGM names, then the owner's oldest due items, the rest as a
   * credit. 400 INVALID_OGM; 409 PERIOD_CLOSED; 422 PAYMENT_UNIDENTIFIED.
   */
  @Post()
  @Roles('syndic', 'accountant')
  @ApiProblem(409, 422)
  async record(
    @Tenant() tenant: TenantContext,
    @Body() body: RecordPaymentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PaymentResponse> {
    const payment = await this.payments.record(tenant, body);
    void reply.header('location', `/api/v1/payments?ownerId=${payment.ownerId}`);
    return PaymentResponse.from(payment);
  }

  @Get()
  @Roles('syndic', 'accountant', 'board_member')
  @ApiPaginatedResponse(PaymentResponse)
  async list(@Tenant() tenant: TenantContext, @Query() query: ListPaymentsQuery): Promise<Paginated<PaymentResponse>> {
    return paginated(await this.payments.list(tenant, query), PaymentResponse.from);
  }
}
