import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { PageQuery } from '../../../shared/http/page.query';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { BookClosingsService } from '../application/book-closings.service';
import { CloseBooksRequest } from './dto/book-closing.request';
import { BookClosingResponse } from './dto/book-closing.response';

/**
 * Closed periods. Syndics and accountants close the books (the accountant prepares the accounts the assembly
 * approves, and already records and pays expenses); every role that reads the building reads its closings.
 */
@ApiTags('buildings')
@ApiBearerAuth()
@Controller('buildings/:id/closings')
export class BuildingClosingsController {
  constructor(private readonly closings: BookClosingsService) {}

  @Post()
  @Roles('syndic', 'accountant')
  @ApiOperationDoc({
    summary: 'Close the books',
    description:
      'Closes the books up to `until` (inclusive), once the assembly approved the accounts: every later write dated on or before it (expense, ownership, quota, call, payment, journal entry) answers 409 PERIOD_CLOSED. A closing must come after the last one (409 CLOSING_NOT_AFTER_LAST) and not after today (422 CLOSING_IN_FUTURE). On the last day of a financial year (31 December), the closing first posts the year-end entry, in the same transaction: classes 6 and 7 brought to zero against the working-capital fund 100 (journal misc, sourceType closing). Closings are never reopened through the API. Roles: syndic, accountant.',
    status: 201,
    success: BookClosingResponse,
    problems: [400, 403, 404, 409, 422],
  })
  async close(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CloseBooksRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BookClosingResponse> {
    const closing = await this.closings.close(tenant, id, body);
    void reply.header('location', `/api/v1/buildings/${id}/closings/${closing.id}`);
    return BookClosingResponse.from(closing);
  }

  @Get(':closingId')
  @ApiOperationDoc({
    summary: 'Get a closed period',
    description: 'One closing of the building (where `Location` points after closing the books).',
    success: BookClosingResponse,
    problems: [400, 403, 404],
  })
  async get(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('closingId', uuidParam('closingId')) closingId: string,
  ): Promise<BookClosingResponse> {
    return BookClosingResponse.from(await this.closings.get(tenant, id, closingId));
  }

  @Get()
  @ApiOperationDoc({
    summary: 'List closed periods',
    description: "The building's closings, newest first (`order=asc` for oldest first).",
    success: pageOf(BookClosingResponse),
    problems: [400, 403, 404],
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: PageQuery,
  ): Promise<Paginated<BookClosingResponse>> {
    return paginated(await this.closings.list(tenant, id, query), BookClosingResponse.from);
  }
}
