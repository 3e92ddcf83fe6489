import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
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

  @Get()
  @ApiOperationDoc({
    summary: 'List expenses',
    description: 'Expenses of the organization (an owner sees those of buildings where it holds a share).',
    success: pageOf(ExpenseResponse),
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: ListExpensesQuery): Promise<Paginated<ExpenseResponse>> {
    return paginated(await this.expenses.list(tenant, query), ExpenseResponse.from);
  }

  @Post()
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Create an expense',
    description:
      "Records an expense, pending (syndic, accountant); 409 PERIOD_CLOSED when dated in the building's closed books. Roles: syndic, accountant.",
    status: 201,
    success: ExpenseResponse,
    problems: [404, 409, 422],
  })
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
  @ApiOperationDoc({
    summary: 'Get an expense',
    description: 'One expense of the organization with its status (overdue is derived from the due date).',
    success: ExpenseResponse,
    problems: [404],
  })
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.get(tenant, id));
  }

  @Put(':id')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Update an expense',
    description:
      "Replaces the editable fields of a pending expense (409 once paid or cancelled; 409 PERIOD_CLOSED when its old or new date lies in the building's closed books). Roles: syndic, accountant.",
    success: ExpenseResponse,
    problems: [404, 409, 422],
  })
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateExpenseRequest,
  ): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.revise(tenant, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Delete an expense',
    description:
      'Deletes a pending expense (409 once paid or cancelled: cancel it instead; 409 PERIOD_CLOSED in closed books). Roles: syndic, accountant.',
    status: 204,
    problems: [404, 409],
  })
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.expenses.remove(tenant, id);
  }

  @Put(':id/mark-paid')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Mark an expense paid',
    description:
      'Marks it paid: a payment dated on its paid day (409 PERIOD_CLOSED when that day lies in closed books). Roles: syndic, accountant.',
    success: ExpenseResponse,
    problems: [404, 409],
  })
  async markPaid(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MarkExpensePaidRequest,
  ): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.markPaid(tenant, id, body));
  }

  @Put(':id/cancel')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Cancel an expense',
    description:
      "Cancels a pending expense (409 PERIOD_CLOSED when it is dated in the building's closed books). Roles: syndic, accountant.",
    success: ExpenseResponse,
    problems: [404, 409],
  })
  async cancel(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<ExpenseResponse> {
    return ExpenseResponse.from(await this.expenses.cancel(tenant, id));
  }

  @Get(':id/distribution')
  @ApiOperationDoc({
    summary: 'Distribution of an expense',
    description:
      'Who pays what, to the cent: units by quota, then owners as at the expense date by share. 422 ' +
      'REGISTRY_INCOMPLETE while the registry on that date leaves part of the charge to nobody (see errors).',
    success: DistributionResponse,
    problems: [404, 422],
  })
  async distribution(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<DistributionResponse> {
    return DistributionResponse.from(await this.charges.distribution(tenant, id));
  }
}
