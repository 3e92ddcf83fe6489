import { Body, Controller, Delete, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { uuidParam } from '../../../shared/http/validation';
import { MeetingAgendaService } from '../application/meeting-agenda.service';
import { AgendaItemRequest, ReorderAgendaRequest } from './dto/agenda.request';
import { AgendaItemResponse, MeetingResponse } from './dto/meeting.response';

/** The agenda of a scheduled meeting (syndic); completed and cancelled meetings answer 409 MEETING_CLOSED. */
@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404, 409)
@Roles('syndic')
@Controller('meetings/:id/agenda')
export class MeetingAgendaController {
  constructor(private readonly agenda: MeetingAgendaService) {}

  @Post()
  @ApiOperationDoc({
    summary: 'Add an agenda item',
    description: 'Appends an item at the end of the agenda.',
    status: 201,
    success: AgendaItemResponse,
    problems: [422],
  })
  async add(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AgendaItemRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgendaItemResponse> {
    const item = await this.agenda.addItem(tenant, id, body);
    void reply.header('location', `/api/v1/meetings/${id}/agenda/${item.id}`);
    return AgendaItemResponse.from(item);
  }

  @Put('order')
  @ApiOperationDoc({
    summary: 'Reorder the agenda',
    description:
      'Puts the items in a new order: `itemIds` lists every current item once (422 AGENDA_ORDER_MISMATCH otherwise).',
    success: MeetingResponse,
    problems: [422],
  })
  async reorder(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReorderAgendaRequest,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.agenda.reorder(tenant, id, body.itemIds));
  }

  @Put(':itemId')
  @ApiOperationDoc({
    summary: 'Edit an agenda item',
    description: "Replaces an item's title and description; its position does not change.",
    success: AgendaItemResponse,
  })
  async edit(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: AgendaItemRequest,
  ): Promise<AgendaItemResponse> {
    return AgendaItemResponse.from(await this.agenda.editItem(tenant, id, itemId, body));
  }

  @Delete(':itemId')
  @HttpCode(204)
  @ApiOperationDoc({
    summary: 'Remove an agenda item',
    description: 'Removes an item; the following ones move up.',
    status: 204,
  })
  async remove(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
  ): Promise<void> {
    await this.agenda.removeItem(tenant, id, itemId);
  }
}
