import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiPaginatedResponse, Paginated, paginated } from '@shared/http/paginated.response';
import { ChargesService } from '../application/charges.service';
import { ExpensesService } from '../application/expenses.service';
import { DistributionResponse } from './dto/distribution.response';
import { ListExpensesQuery } from './dto/expense.query';
import { CreateExpenseRequest, MarkExpensePaidRequest, UpdateExpenseRequest } from './dto/expense.request';
import { ExpenseResponse } from './dto/expense.response';
import { uuidParam } from '../../../shared/http/validation';

@ApiTags('expenses')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('expenses')
export class ExpensesController {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly charges: ChargesService,
  ) {}

  /** Expenses of the organization (an owner sees those of buildings where it holds a share). */
  @Get()
  @ApiPaginatedResponse(ExpenseResponse)
  async list(@Tenant() tenant: TenantContext, @Query() query: ListExpensesQuery): Promise<Paginated<ExpenseResponse>> {
    return paginated(await this.expenses.list(tenant, query), ExpenseResponse.from);
  }

  /** Records an expense, pending (syndic, accountant); 409 PERIOD_CLOSED when dated in the building's closed books. */
  @Post()
  @Roles('syndic', 'accountant')
  @ApiProblem(404, 409, 422)
  async create(
    @Tenant() tenant: TenantContext,
    @Body() body: CreateExpenseRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExpenseResponse> {
    const expense = await this.expenses.create(tenant, body);
    void reply.header('location', `/api/v1/expenses/${expense.id}`);
    return ExpenseResponse.from(expense);
  }

  @Get(':id')
  @ApiProblem(404)
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.get(tenant, id));
  }

  /**
   * Replaces the editable fields of a pending expense (409 once paid or cancelled; 409 PERIOD_CLOSED when its old or
   * new date lies in the building's closed books).
   */
  @Put(':id')
  @Roles('syndic', 'accountant')
  @ApiProblem(404, 409, 422)
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateExpenseRequest,
  ): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.revise(tenant, id, body));
  }

  /** Deletes a pending expense (409 once paid or cancelled: cancel it instead; 409 PERIOD_CLOSED in closed books). */
  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic', 'accountant')
  @ApiProblem(404, 409)
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.expenses.remove(tenant, id);
  }

  /** Marks it paid: a payment dated on its paid day (409 PERIOD_CLOSED when that day lies in closed books). */
  @Put(':id/mark-paid')
  @Roles('syndic', 'accountant')
  @ApiProblem(404, 409)
  async markPaid(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MarkExpensePaidRequest,
  ): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.markPaid(tenant, id, body));
  }

  /** Cancels a pending expense (409 PERIOD_CLOSED when it is dated in the building's closed books). */
  @Put(':id/cancel')
  @Roles('syndic', 'accountant')
  @ApiProblem(404, 409)
  async cancel(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.cancel(tenant, id));
  }

  /** Who pays what, to the cent: units by quota, then owners as at the expense date by share. */
  @Get(':id/distribution')
  @ApiProblem(404)
  async distribution(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<DistributionResponse> {
    return DistributionResponse.from(await this.charges.distribution(tenant, id));
  }
}
