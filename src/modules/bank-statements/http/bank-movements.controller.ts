import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiPaginatedResponse, Paginated, paginated } from '@shared/http/paginated.response';
import { BankStatementsService } from '../application/bank-statements.service';
import { ListMovementsQuery } from './dto/bank-statement.query';
import { BankMovementResponse } from './dto/bank-statement.response';

/** The reconciliation queue: imported bank movements by building and status. */
@ApiTags('bank-statements')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('bank-movements')
export class BankMovementsController {
  constructor(private readonly statements: BankStatementsService) {}

  /** Movements of the organization (or of `buildingId`), newest booking first; filter by `status`. */
  @Get()
  @Roles('syndic', 'accountant', 'board_member')
  @ApiProblem(404)
  @ApiPaginatedResponse(BankMovementResponse)
  async list(
    @Tenant() tenant: TenantContext,
    @Query() query: ListMovementsQuery,
  ): Promise<Paginated<BankMovementResponse>> {
    return paginated(await this.statements.movements(tenant, query), BankMovementResponse.from);
  }
}
