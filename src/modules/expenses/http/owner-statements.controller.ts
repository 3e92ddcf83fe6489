import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import type { TenantContext } from '@shared/domain';
import { Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ChargesService } from '../application/charges.service';
import { OwnerStatementResponse } from './dto/charges.response';
import { PeriodQuery } from './dto/expense.query';
import { uuidParam } from '../../../shared/http/validation';

/** The owner's statement of charges; the rest of /owners belongs to the registry. */
@ApiTags('expenses')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('owners')
export class OwnerStatementsController {
  constructor(private readonly charges: ChargesService) {}

  @Get(':id/statement')
  @ApiOperationDoc({
    summary: "An owner's statement",
    description:
      "The owner's part of every expense of the period, with totals per category (an owner: its own only). 422 " +
      'REGISTRY_INCOMPLETE when on some expense date the registry leaves part of a charge to nobody (see errors).',
    success: OwnerStatementResponse,
    problems: [422],
  })
  async statement(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PeriodQuery,
  ): Promise<OwnerStatementResponse> {
    return OwnerStatementResponse.from(await this.charges.ownerStatement(tenant, id, query), query);
  }
}
