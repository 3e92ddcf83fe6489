import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import type { TenantContext } from '@shared/domain';
import { Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { ChargesService } from '../application/charges.service';
import { ExpensesService } from '../application/expenses.service';
import { BuildingChargesResponse } from './dto/charges.response';
import { BuildingExpensesQuery, PeriodQuery } from './dto/expense.query';
import { ExpenseResponse } from './dto/expense.response';
import { uuidParam } from '../../../shared/http/validation';

/** The expenses routes nested under a building. */
@ApiTags('expenses')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('buildings')
export class BuildingExpensesController {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly charges: ChargesService,
  ) {}

  @Get(':id/expenses')
  @ApiOperationDoc({
    summary: "List a building's expenses",
    description: 'The expenses of one building; same filters and order as GET /expenses.',
    success: pageOf(ExpenseResponse),
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: BuildingExpensesQuery,
  ): Promise<Paginated<ExpenseResponse>> {
    return paginated(await this.expenses.listForBuilding(tenant, id, query), ExpenseResponse.from);
  }

  @Get(':id/charges')
  @ApiOperationDoc({
    summary: "A building's charges",
    description:
      "Totals per unit and per owner of the period's expenses, each distributed as at its own date. 422 " +
      'REGISTRY_INCOMPLETE when on some expense date the registry leaves part of a charge to nobody (see errors).',
    success: BuildingChargesResponse,
    problems: [422],
  })
  async totals(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PeriodQuery,
  ): Promise<BuildingChargesResponse> {
    return BuildingChargesResponse.from(await this.charges.buildingCharges(tenant, id, query), query);
  }
}
