import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TenantContext } from '@shared/domain';
import { Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { uuidParam } from '../../../shared/http/validation';
import { LedgersService } from '../application/ledgers.service';
import { LedgerQuery, LedgerResponse } from './dto/ledger.dto';

@ApiTags('funds')
@ApiBearerAuth()
@ApiProblem(400, 401, 404)
@Controller('owners')
export class LedgersController {
  constructor(private readonly ledgers: LedgersService) {}

  /**
   * The owner's ledger in a building: the opening balance at from, dated calls and payments with a running balance,
   * the balances per fund. An owner reads its own only (404 otherwise).
   */
  @Get(':id/ledger')
  async ledger(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: LedgerQuery,
  ): Promise<LedgerResponse> {
    return LedgerResponse.from(await this.ledgers.ledger(tenant, id, query));
  }
}
