import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { JournalService } from '../application/journal.service';
import { ListJournalQuery, TrialBalanceQuery } from './dto/journal.query';
import { ManualEntryRequest, ReverseEntryRequest } from './dto/journal.request';
import { JournalEntryResponse, TrialBalanceResponse } from './dto/journal.response';

/**
 * A building's books. Syndics and accountants post manual entries and reverse them; board members read; owners are
 * refused (403): the journal names every owner's debts.
 */
@ApiTags('accounting')
@ApiBearerAuth()
@Controller('buildings/:id')
export class JournalController {
  constructor(private readonly journal: JournalService) {}

  @Post('journal')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Post a manual entry',
    description:
      "A manual entry in the miscellaneous journal: at least two lines, each with either a debit or a credit, on accounts of the chart or the organization's sub-accounts (else 422 UNKNOWN_ACCOUNT). Debits ≠ credits → 422 ENTRY_NOT_BALANCED; a line on the owners' account 410 → 422 OWNERS_ACCOUNT_RESERVED (it moves with calls and payments only); a date in closed books → 409 PERIOD_CLOSED. Entries never change: correct one by reversing it. Roles: syndic, accountant.",
    status: 201,
    success: JournalEntryResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async post(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ManualEntryRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JournalEntryResponse> {
    const entry = await this.journal.post(tenant, id, body);
    void reply.header('location', `/api/v1/buildings/${id}/journal/${entry.id}`);
    return JournalEntryResponse.from(entry);
  }

  @Get('journal')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: "List a building's journal",
    description:
      'The entries of the building, oldest first by default, with their lines: the automatic postings of calls for funds (sales), owner payments and supplier payments (financial), supplier invoices (purchases), and the manual entries (misc). Filters: `from`, `to` (inclusive), `journal`. Roles: syndic, accountant, board_member.',
    success: pageOf(JournalEntryResponse),
    problems: [400, 403, 404],
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ListJournalQuery,
  ): Promise<Paginated<JournalEntryResponse>> {
    return paginated(await this.journal.list(tenant, id, query), JournalEntryResponse.from);
  }

  @Get('journal/:entryId')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'Get a journal entry',
    description: 'One entry of the building with its lines. Roles: syndic, accountant, board_member.',
    success: JournalEntryResponse,
    problems: [400, 403, 404],
  })
  async get(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('entryId', uuidParam('entryId')) entryId: string,
  ): Promise<JournalEntryResponse> {
    return JournalEntryResponse.from(await this.journal.get(tenant, id, entryId));
  }

  @Post('journal/:entryId/reverse')
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Reverse a manual entry',
    description:
      'Posts the reversing entry (same accounts, debit and credit swapped) dated `date` (today by default). An entry is reversed once, a reversal is never reversed (409 ENTRY_ALREADY_REVERSED); automatic postings are corrected through their source, by cancelling the call or revising the expense (409 ENTRY_POSTED_AUTOMATICALLY); a date in closed books → 409 PERIOD_CLOSED. Roles: syndic, accountant.',
    status: 201,
    success: JournalEntryResponse,
    problems: [400, 403, 404, 409],
  })
  async reverse(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('entryId', uuidParam('entryId')) entryId: string,
    @Body() body: ReverseEntryRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JournalEntryResponse> {
    const entry = await this.journal.reverse(tenant, id, entryId, body ?? {});
    void reply.header('location', `/api/v1/buildings/${id}/journal/${entry.id}`);
    return JournalEntryResponse.from(entry);
  }

  @Get('trial-balance')
  @Roles('syndic', 'accountant', 'board_member')
  @ApiOperationDoc({
    summary: 'Get the trial balance',
    description:
      "Every account's debits, credits and balance (debits − credits) over the building's entries dated up to `asOf` (inclusive, today by default), labelled in `lang` (fr by default); the totals of debits and credits are equal. Roles: syndic, accountant, board_member.",
    success: TrialBalanceResponse,
    problems: [400, 403, 404],
  })
  async trialBalance(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: TrialBalanceQuery,
  ): Promise<TrialBalanceResponse> {
    return TrialBalanceResponse.from(await this.journal.trialBalance(tenant, id, query));
  }
}
