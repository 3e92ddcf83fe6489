import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { uuidParam } from '../../../shared/http/validation';
import { UnitsService } from '../application/units.service';
import { ChangeQuotaRequest } from './dto/quota.request';
import { QuotaHistoryResponse } from './dto/quota.response';

/** A unit's quota over time: every date-D figure (distribution, call, vote) uses the quota valid on D. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitQuotasController {
  constructor(private readonly units: UnitsService) {}

  @Get(':id/quotas')
  @ApiOperationDoc({
    summary: 'Quota history of a unit',
    description: 'The quota history, since the deed first then by start (`validTo` exclusive, null while current).',
    success: QuotaHistoryResponse,
    problems: [400, 403, 404],
  })
  async history(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<QuotaHistoryResponse> {
    return QuotaHistoryResponse.from(await this.units.quotaHistory(tenant, id));
  }

  @Post(':id/quotas')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Change the quota of a unit',
    description:
      "A quota from `validFrom` on (syndic): the quota in force ends that day. 422 QUOTA_EXCEEDED (names the date) when the building's total would be exceeded on some date; 422 QUOTA_HISTORY_CONFLICT when `validFrom` is not after the start of the current quota (correct that one with PUT /units/:id instead); 409 PERIOD_CLOSED when `validFrom` lies in the building's closed books. Answers the whole history. Roles: syndic.",
    status: 201,
    success: QuotaHistoryResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async change(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ChangeQuotaRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<QuotaHistoryResponse> {
    const history = await this.units.changeQuota(tenant, id, body);
    void reply.header('location', `/api/v1/units/${id}/quotas`);
    return QuotaHistoryResponse.from(history);
  }
}
