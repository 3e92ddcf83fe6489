import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
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
@ApiExtraModels(MatchMovementRequest)
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
      'by `status`. A `suggested` movement carries its `suggestion`, found at import: a credit without a structured ' +
      'communication of a known call item, from an account an owner paid from before, of exactly what one of that ' +
      "owner's call items still owes (when the account is known for one owner only); a debit to the supplier IBAN of " +
      'an unpaid invoice, of exactly its amount. Roles: syndic, accountant, board_member.',
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
    summary: 'Match a bank movement to a call item, an owner or an invoice',
    description:
      'The body names exactly one of `callItemId`, `ownerId` (for a credit) and `expenseId` (for a debit), else 400. ' +
      "A credit becomes the owner's payment, dated on its booking day: to the call item named (which must be of the " +
      "movement's building), or else to the one its structured communication names (which must be this owner's, " +
      "else 422 PAYMENT_OWNER_MISMATCH), then to the owner's oldest due call items, then it stays as a credit. A " +
      'debit pays the invoice of the building it names: of exactly its amount (else 422 MOVEMENT_AMOUNT_MISMATCH), ' +
      'marked paid on the booking day (409 EXPENSE_ALREADY_PAID, EXPENSE_CANCELLED), which books it 440 against the ' +
      "bank. The movement is then matched, with the payment's or the invoice's id, and loses its suggestion. A " +
      'movement already matched → 409 MOVEMENT_ALREADY_MATCHED; a debit to an owner or a call item → 422 ' +
      'MOVEMENT_NOT_A_CREDIT; a credit to an invoice → 422 MOVEMENT_NOT_A_DEBIT; a booking day in the closed books ' +
      '→ 409 PERIOD_CLOSED; a movement, call item, owner or invoice the organization does not hold, or a call item ' +
      'or invoice of another building → 404. Nothing changes on a refusal. Credits whose structured communication ' +
      'names a call item of the building are matched on import already. Roles: syndic, accountant.',
    success: BankMovementResponse,
    successDescription: 'The movement, matched',
    problems: [404, 409, 422],
  })
  @ApiBody({
    schema: {
      allOf: [{ $ref: getSchemaPath(MatchMovementRequest) }],
      minProperties: 1,
      maxProperties: 1,
      example: { callItemId: '0b6f3c1e-2d4a-4f8b-9c3e-5a7d1e2f3b4c' },
    },
  })
  async match(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MatchMovementRequest,
  ): Promise<BankMovementResponse> {
    return BankMovementResponse.from(await this.statements.match(tenant, id, body));
  }
}
