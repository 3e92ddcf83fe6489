import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAcceptLanguage, ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { ConvocationService } from '../application/convocation.service';
import { MeetingsService } from '../application/meetings.service';
import { ConvocationQuery, MeetingListQuery } from './dto/meeting-list.query';
import { CancelMeetingRequest, ReviseMeetingRequest, ScheduleMeetingRequest } from './dto/meeting.request';
import { AgendaItemResponse, MeetingResponse } from './dto/meeting.response';
import { sendAttachment } from '../../../shared/http/attachment';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly convocations: ConvocationService,
  ) {}

  @Get()
  @ApiOperationDoc({
    summary: 'List general assemblies',
    description: 'General assemblies of the organization, newest first (an owner sees those of its buildings).',
    success: pageOf(MeetingResponse),
  })
  async list(@Tenant() tenant: TenantContext, @Query() query: MeetingListQuery): Promise<Paginated<MeetingResponse>> {
    return paginated(await this.meetings.list(tenant, query), MeetingResponse.from);
  }

  @Post()
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Schedule a general assembly',
    description:
      'Schedules a general assembly at any future time: the notice delay (Civil Code art. 3.87 §3) is checked when the convocations are sent (POST /meetings/:id/dispatches). Roles: syndic.',
    status: 201,
    success: MeetingResponse,
    problems: [404, 422],
  })
  async schedule(
    @Tenant() tenant: TenantContext,
    @Body() body: ScheduleMeetingRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingResponse> {
    const meeting = await this.meetings.schedule(tenant, body);
    void reply.header('location', `/api/v1/meetings/${meeting.id}`);
    return MeetingResponse.from(meeting);
  }

  @Get(':id')
  @ApiOperationDoc({
    summary: 'Get a general assembly',
    description: 'One general assembly with its agenda, in order.',
    success: MeetingResponse,
    problems: [404],
  })
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.get(tenant, id));
  }

  @Get(':id/agenda/:itemId')
  @ApiOperationDoc({
    summary: 'Get an agenda item',
    description: "One item of the meeting's agenda (where `Location` points after adding it).",
    success: AgendaItemResponse,
    problems: [404],
  })
  async agendaItem(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
  ): Promise<AgendaItemResponse> {
    return AgendaItemResponse.from(await this.meetings.agendaItem(tenant, id, itemId));
  }

  @Put(':id')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Update a general assembly',
    description:
      'Replaces the editable fields of a meeting not convoked yet (409 AGENDA_FROZEN once the letters left). Roles: syndic.',
    success: MeetingResponse,
    problems: [404, 409, 422],
  })
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReviseMeetingRequest,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.revise(tenant, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Delete a general assembly',
    description:
      'Deletes a meeting not convoked yet (409 AGENDA_FROZEN once convened, MEETING_CLOSED once held or cancelled). Roles: syndic.',
    status: 204,
    problems: [404, 409],
  })
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.meetings.remove(tenant, id);
  }

  @Put(':id/cancel')
  @HttpCode(200)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Cancel a general assembly',
    description:
      'Cancels a scheduled assembly with the reason given (409 MEETING_CLOSED once completed or cancelled). Roles: syndic.',
    success: MeetingResponse,
    problems: [404, 409],
  })
  async cancel(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CancelMeetingRequest,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.cancel(tenant, id, body.reason));
  }

  @Put(':id/complete')
  @HttpCode(200)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Record that an assembly was held',
    description:
      'Closes an assembly in session (409 MEETING_NOT_OPENED before opening); its minutes are due within 30 days. Roles: syndic.',
    success: MeetingResponse,
    problems: [404, 409],
  })
  async complete(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.complete(tenant, id));
  }

  @Get(':id/convocation.pdf')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'Convocation letter (PDF)',
    description:
      "The convocation letter with its agenda and a proxy form (PDF in French, Dutch or English), under the firm's letterhead; named `convocation-<building>-<date>.pdf`, in Dutch `oproeping-<building>-<date>.pdf`.",
    success: { binary: ['application/pdf'] },
    problems: [404, 409],
  })
  async convocation(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ConvocationQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const lang = query.lang ?? languageFrom(acceptLanguage, 'fr');
    const file = await this.convocations.pdf(tenant, id, lang);
    return sendAttachment(reply, file.pdf, 'application/pdf', file.fileName);
  }
}
