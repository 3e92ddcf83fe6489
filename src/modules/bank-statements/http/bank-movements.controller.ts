import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TenantContext } from '@shared/domain';
import { Roles, Tenant } from '@shared/http/access.decorators';
import { ApiProblem } from '@shared/http/api-problem.decorator';
import { ApiOperationDoc } from '@shared/http/api-operation.decorator';
import { pageOf, Paginated, paginated } from '@shared/http/paginated.response';
import { BankStatementsService } from '../application/bank-statements.service';
import { uuidParam } from '@shared/http/validation';
import { ListMovementsQuery } from './dto/bank-statement.query';
import { MatchMovementRequest } from './dto/match-movement.request';
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

  @Put(':id/match')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Match a bank movement to an owner',
    description:
      "Records the credit as the owner's payment, dated on its booking day (its structured communication, if any, " +
      "first pays the call item it names, which must be this owner's, else 422 PAYMENT_OWNER_MISMATCH; the rest goes " +
      "to the owner's oldest due call items, then stays as a credit), and marks the movement matched with the " +
      "payment's id. A movement already matched → 409 MOVEMENT_ALREADY_MATCHED; a debit → 422 MOVEMENT_NOT_A_CREDIT; " +
      "a booking day in the building's closed books → 409 PERIOD_CLOSED; a movement or an owner of another " +
      'organization → 404. Credits whose structured communication names a call item of the building are matched on ' +
      'import already. Roles: syndic, accountant.',
    success: BankMovementResponse,
    successDescription: 'The movement, matched',
    problems: [404, 409, 422],
  })
  async match(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MatchMovementRequest,
  ): Promise<BankMovementResponse> {
    return BankMovementResponse.from(await this.statements.matchToOwner(tenant, id, body.ownerId));
  }
}
