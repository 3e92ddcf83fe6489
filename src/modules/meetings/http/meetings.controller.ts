import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { ApiPaginatedResponse, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { ConvocationService } from '../application/convocation.service';
import { MeetingsService } from '../application/meetings.service';
import { ConvocationQuery, MeetingListQuery } from './dto/meeting-list.query';
import { CancelMeetingRequest, ReviseMeetingRequest, ScheduleMeetingRequest } from './dto/meeting.request';
import { AgendaItemResponse, MeetingResponse } from './dto/meeting.response';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblem(400, 401, 403)
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly convocations: ConvocationService,
  ) {}

  /** General assemblies of the organization, newest first (an owner sees those of its buildings). */
  @Get()
  @ApiPaginatedResponse(MeetingResponse)
  async list(@Tenant() tenant: TenantContext, @Query() query: MeetingListQuery): Promise<Paginated<MeetingResponse>> {
    return paginated(await this.meetings.list(tenant, query), MeetingResponse.from);
  }

  /**
   * Schedules a general assembly (syndic), at any future time: the notice delay (Civil Code art. 3.87 §3) is checked
   * when the convocations are sent (POST /meetings/:id/dispatches).
   */
  @Post()
  @Roles('syndic')
  @ApiCreatedResponse({ type: MeetingResponse })
  @ApiProblem(404, 422)
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
  @ApiProblem(404)
  async get(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.get(tenant, id));
  }

  /** One item of the meeting's agenda (where `Location` points after adding it). */
  @Get(':id/agenda/:itemId')
  @ApiOkResponse({ type: AgendaItemResponse })
  @ApiProblem(404)
  async agendaItem(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
  ): Promise<AgendaItemResponse> {
    return AgendaItemResponse.from(await this.meetings.agendaItem(tenant, id, itemId));
  }

  /** Replaces the editable fields of a meeting not convoked yet (409 AGENDA_FROZEN once the letters left). */
  @Put(':id')
  @Roles('syndic')
  @ApiProblem(404, 409, 422)
  async revise(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReviseMeetingRequest,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.revise(tenant, id, body));
  }

  /** Deletes a meeting not convoked yet (409 AGENDA_FROZEN once convened, MEETING_CLOSED once held or cancelled). */
  @Delete(':id')
  @HttpCode(204)
  @Roles('syndic')
  @ApiProblem(404, 409)
  async remove(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.meetings.remove(tenant, id);
  }

  @Put(':id/cancel')
  @HttpCode(200)
  @Roles('syndic')
  @ApiProblem(404, 409)
  async cancel(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CancelMeetingRequest,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.cancel(tenant, id, body.reason));
  }

  /** Closes an assembly in session (409 MEETING_NOT_OPENED before opening); its minutes are due within 30 days. */
  @Put(':id/complete')
  @HttpCode(200)
  @Roles('syndic')
  @ApiProblem(404, 409)
  async complete(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.meetings.complete(tenant, id));
  }

  /**
   * The convocation letter with its agenda and a proxy form (PDF in French, Dutch or English), under the firm's
   * letterhead; named `convocation-<building>-<date>.pdf`, in Dutch `oproeping-<building>-<date>.pdf`.
   */
  @Get(':id/convocation.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblem(404, 409)
  async convocation(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ConvocationQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const lang = query.lang ?? languageFrom(acceptLanguage, 'fr');
    const file = await this.convocations.pdf(tenant, id, lang);
    void reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff');
    return file.pdf;
  }
}
