import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { BankStatementsService } from '../application/bank-statements.service';
import { ListMovementsQuery } from './dto/bank-statement.query';
import { BankMovementResponse } from './dto/bank-statement.response';

@ApiTags('bank-statements')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('bank-movements')
export class BankMovementsController {
  constructor(private readonly statements: BankStatementsService) {}

  @Get()
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'List bank movements',
    description:
      'The reconciliation queue: movements of imported statements of the organization (or of `buildingId`: 404 when ' +
      "the building is not the caller's), newest booking day first (sort by bookingDate or amountCents), filtered " +
      'by `status`. Roles: syndic, accountant, board_member.',
    success: pageOf(BankMovementResponse),
    problems: [404],
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Query() query: ListMovementsQuery,
  ): Promise<Paginated<BankMovementResponse>> {
    return paginated(await this.statements.movements(tenant, query), BankMovementResponse.from);
  }
}
