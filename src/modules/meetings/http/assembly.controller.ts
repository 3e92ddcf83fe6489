import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { ApiPaginatedResponse, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { AssemblyService } from '../application/assembly.service';
import { ConvocationService } from '../application/convocation.service';
import { MeetingsService } from '../application/meetings.service';
import {
  AttendanceRequest,
  ConvokeRequest,
  DispatchListQuery,
  DispatchProofRequest,
  OpenMeetingRequest,
  SecondConvocationRequest,
} from './dto/assembly.request';
import {
  AttendanceEntryResponse,
  AttendanceResponse,
  ConvocationResponse,
  DispatchResponse,
  QuorumResponse,
} from './dto/assembly.response';
import { ConvocationQuery } from './dto/meeting-list.query';
import { MeetingResponse } from './dto/meeting.response';

/**
 * The assembly itself (Civil Code art. 3.87): the convocation register, the attendance list with proxies, the double
 * quorum, the opening and the second convocation. The syndic writes; every role of the organization reads (an owner,
 * the meetings of its buildings).
 */
@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('meetings/:id')
export class AssemblyController {
  constructor(
    private readonly assemblies: AssemblyService,
    private readonly meetings: MeetingsService,
    private readonly convocations: ConvocationService,
  ) {}

  /**
   * Convokes every owner of the building (not convoked yet) on `sentOn`, each by its channel: the notice delay is
   * checked on that day in Brussels calendar dates (422 CONVOCATION_TOO_LATE), warnings name the safer practices
   * missed. The meeting becomes convened and its agenda freezes.
   */
  @Post('dispatches')
  @Roles('syndic')
  @ApiCreatedResponse({ type: ConvocationResponse })
  @ApiProblem(409, 422)
  async convoke(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ConvokeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConvocationResponse> {
    const { dispatches, warnings } = await this.assemblies.convoke(tenant, id, body);
    void reply.header('location', `/api/v1/meetings/${id}/dispatches`);
    return { data: dispatches.map(DispatchResponse.from), ...(warnings.length ? { warnings: [...warnings] } : {}) };
  }

  /** The convocation register of the meeting. */
  @Get('dispatches')
  @ApiPaginatedResponse(DispatchResponse)
  async dispatches(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: DispatchListQuery,
  ): Promise<Paginated<DispatchResponse>> {
    return paginated(await this.assemblies.dispatches(tenant, id, query), DispatchResponse.from);
  }

  /** Records the proof of one convocation: the registered-mail number or the e-mail receipt id. */
  @Put('dispatches/:dispatchId')
  @Roles('syndic')
  @ApiOkResponse({ type: DispatchResponse })
  async recordProof(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('dispatchId', uuidParam('dispatchId')) dispatchId: string,
    @Body() body: DispatchProofRequest,
  ): Promise<DispatchResponse> {
    return DispatchResponse.from(await this.assemblies.recordProof(tenant, id, dispatchId, body.proof));
  }

  /**
   * The convocation letter of one owner: addressee block, sending day and channel, the notice of art. 3.87 §3, the
   * agenda in the letter's language and the proxy form. An owner reads only its own.
   */
  @Get('dispatches/:dispatchId/convocation.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblem(409)
  async convocation(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('dispatchId', uuidParam('dispatchId')) dispatchId: string,
    @Query() query: ConvocationQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const lang = query.lang ?? languageFrom(acceptLanguage, 'fr');
    const file = await this.convocations.pdfForDispatch(tenant, id, dispatchId, lang);
    void reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff');
    return file.pdf;
  }

  /**
   * Replaces the attendance list before opening (409 ATTENDANCE_FROZEN after): proxies are checked at once against
   * the limits (422 PROXY_LIMIT_EXCEEDED) and the syndic (422 SYNDIC_CANNOT_HOLD_PROXY), art. 3.87 §7.
   */
  @Put('attendance')
  @Roles('syndic')
  @ApiOkResponse({ type: AttendanceResponse })
  @ApiProblem(409, 422)
  async recordAttendance(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AttendanceRequest,
  ): Promise<AttendanceResponse> {
    const entries = await this.assemblies.recordAttendance(tenant, id, body.entries);
    return { data: entries.map(AttendanceEntryResponse.from) };
  }

  @Get('attendance')
  @ApiOkResponse({ type: AttendanceResponse })
  async attendance(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<AttendanceResponse> {
    return { data: (await this.assemblies.attendance(tenant, id)).map(AttendanceEntryResponse.from) };
  }

  /** The double quorum (art. 3.87 §5): live before opening, frozen after. */
  @Get('quorum')
  @ApiOkResponse({ type: QuorumResponse })
  async quorum(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<QuorumResponse> {
    return QuorumResponse.from(await this.assemblies.quorum(tenant, id));
  }

  /**
   * Opens a convened assembly (409 MEETING_NOT_CONVENED before): freezes attendance, the quorum verdict and the votes
   * of each unit on the assembly's date → in_session, or no_quorum. Not tied to the clock.
   */
  @Put('open')
  @HttpCode(200)
  @Roles('syndic')
  @ApiOkResponse({ type: MeetingResponse })
  @ApiProblem(409, 422)
  async open(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: OpenMeetingRequest,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.assemblies.open(tenant, id, body));
  }

  /**
   * The second assembly of a first one opened without quorum (art. 3.87 §5): 409 QUORUM_WAS_REACHED,
   * 409 MEETING_NOT_OPENED, 409 SECOND_CONVOCATION_EXISTS; 422 SECOND_CONVOCATION_INVALID when less than 15 days
   * later or on items not on the first agenda.
   */
  @Post('second-convocation')
  @Roles('syndic')
  @ApiCreatedResponse({ type: MeetingResponse })
  @ApiProblem(409, 422)
  async secondConvocation(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SecondConvocationRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeetingResponse> {
    const meeting = await this.meetings.secondConvocation(tenant, id, body);
    void reply.header('location', `/api/v1/meetings/${meeting.id}`);
    return MeetingResponse.from(meeting);
  }
}
