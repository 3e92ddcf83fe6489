import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TenantContext } from '@shared/domain';
import { Tenant } from '@shared/http/access.decorators';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { uuidParam } from '../../../shared/http/validation';
import { LedgersService } from '../application/ledgers.service';
import { LedgerQuery } from './dto/ledger.query';
import { LedgerResponse } from './dto/ledger.response';

/** The owners' ledgers; the rest of /owners belongs to the registry. */
@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('owners')
export class LedgersController {
  constructor(private readonly ledgers: LedgersService) {}

  @Get(':id/ledger')
  @ApiOperationDoc({
    summary: "An owner's ledger",
    description:
      "The owner's account in a building: the opening balance before from, the dated calls and payments up to to " +
      '(today by default) with a running balance, the closing balance and its split per fund (fundId null: the ' +
      "owner's credit). Cancelled calls are left out. 404 for an owner or building not of the organization. Roles: " +
      'every role; an owner reads its own ledger only (404 for another).',
    success: LedgerResponse,
  })
  async ledger(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: LedgerQuery,
  ): Promise<LedgerResponse> {
    return LedgerResponse.from(await this.ledgers.ledger(tenant, id, query));
  }
}
