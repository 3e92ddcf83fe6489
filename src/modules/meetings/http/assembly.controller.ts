import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiAcceptLanguage, ApiOperationDoc } from '../../../shared/http/api-operation.decorator';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { pageOf, paginated, Paginated } from '../../../shared/http/paginated.response';
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
import { sendAttachment } from '../../../shared/http/attachment';

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

  @Post('dispatches')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Convoke the owners',
    description:
      "Convokes every owner of the building on the assembly's date who is not convoked yet, on `sentOn` (today by default), each by its channel: e-mail while its written consent is in force, else registered mail, unless `channel` is given. The notice delay (Civil Code art. 3.87 §3) is checked on that day in Brussels calendar dates: the assembly must come at least max(15, the building's noticeDays) days later (422 CONVOCATION_TOO_LATE, unless the meeting is urgent with a reason). `warnings` name the safer practices missed (not N clear days, registered mail presumed received 3 working days later, urgent short notice). The meeting becomes convened and its agenda freezes. 409 MEETING_CLOSED once the assembly opened or was cancelled. Roles: syndic.",
    status: 201,
    success: ConvocationResponse,
    problems: [409, 422],
  })
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

  @Get('dispatches')
  @ApiOperationDoc({
    summary: 'List the convocations sent',
    description: `The convocation register of the meeting: one dispatch per owner convoked, with its channel, the day it left and its proof, by sentOn (oldest first) unless sorted otherwise. Roles: syndic, accountant, board_member, owner.`,
    success: pageOf(DispatchResponse),
  })
  async dispatches(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: DispatchListQuery,
  ): Promise<Paginated<DispatchResponse>> {
    return paginated(await this.assemblies.dispatches(tenant, id, query), DispatchResponse.from);
  }

  @Put('dispatches/:dispatchId')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Record the proof of a convocation',
    description:
      'Records the proof of one convocation: the registered-mail number or the e-mail receipt id (it replaces the previous one). Roles: syndic.',
    success: DispatchResponse,
  })
  async recordProof(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('dispatchId', uuidParam('dispatchId')) dispatchId: string,
    @Body() body: DispatchProofRequest,
  ): Promise<DispatchResponse> {
    return DispatchResponse.from(await this.assemblies.recordProof(tenant, id, dispatchId, body.proof));
  }

  @Get('dispatches/:dispatchId/convocation.pdf')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: "An owner's convocation letter (PDF)",
    description: `The convocation letter of one owner as sent (PDF in French, Dutch or English, under the firm's letterhead): the addressee block, the day and channel it left, the notice of Civil Code art. 3.87 §3, the agenda in the letter's language and the proxy form; named \`convocation-<building>-<date>-<owner>.pdf\`, in Dutch \`oproeping-<building>-<date>-<owner>.pdf\`. 409 MEETING_CANCELLED for a cancelled meeting. Roles: syndic, accountant, board_member, owner.`,
    success: { binary: ['application/pdf'] },
    problems: [409],
  })
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
    return sendAttachment(reply, file.pdf, 'application/pdf', file.fileName);
  }

  @Put('attendance')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Record the attendance list',
    description:
      "Replaces the attendance list before opening (409 ATTENDANCE_FROZEN once opened, 409 MEETING_CLOSED once held or cancelled); an owner left out is absent. Each entry is an owner of the building on the assembly date (422 otherwise); a represented owner names the holder of its written proxy, a co-owner present or someone else by name. Proxies are checked at once against the limits of Civil Code art. 3.87 §7 (422 PROXY_LIMIT_EXCEEDED: a holder takes at most three, more only while its own votes and its principals' are at most 10 % of the building's votes) and the syndic may hold none (422 SYNDIC_CANNOT_HOLD_PROXY). Roles: syndic.",
    success: AttendanceResponse,
    problems: [409, 422],
  })
  async recordAttendance(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AttendanceRequest,
  ): Promise<AttendanceResponse> {
    const entries = await this.assemblies.recordAttendance(tenant, id, body.entries);
    return { data: entries.map(AttendanceEntryResponse.from) };
  }

  @Get('attendance')
  @ApiOperationDoc({
    summary: 'Get the attendance list',
    description: `Who is present, represented (with the holder of the proxy) or absent; frozen once the assembly opened. Roles: syndic, accountant, board_member, owner.`,
    success: AttendanceResponse,
  })
  async attendance(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<AttendanceResponse> {
    return { data: (await this.assemblies.attendance(tenant, id)).map(AttendanceEntryResponse.from) };
  }

  @Get('quorum')
  @ApiOperationDoc({
    summary: 'Get the quorum',
    description: `The double quorum of Civil Code art. 3.87 §5: more than half the co-owners holding at least half the quotas, or more than three quarters of the quotas. Computed live from the attendance list before opening, frozen after. Jointly held units without representative are suspended: out of both counts. Roles: syndic, accountant, board_member, owner.`,
    success: QuorumResponse,
  })
  async quorum(@Tenant() tenant: TenantContext, @Param('id', uuidParam('id')) id: string): Promise<QuorumResponse> {
    return QuorumResponse.from(await this.assemblies.quorum(tenant, id));
  }

  @Put('open')
  @HttpCode(200)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Open the assembly',
    description:
      "Opens a convened assembly and records who chairs it and who keeps its minutes: freezes the attendance list, the quorum verdict and the votes of each unit on the assembly's date; the meeting becomes in_session, or no_quorum when the quorum is not reached (a second convocation then follows). A second convocation deliberates whatever the attendance. Not tied to the clock: an assembly may be recorded afterwards from the signed attendance list. 409 MEETING_NOT_CONVENED before the convocations, 409 MEETING_CLOSED once opened, held or cancelled. Roles: syndic.",
    success: MeetingResponse,
    problems: [409, 422],
  })
  async open(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: OpenMeetingRequest,
  ): Promise<MeetingResponse> {
    return MeetingResponse.from(await this.assemblies.open(tenant, id, body));
  }

  @Post('second-convocation')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Schedule the second assembly',
    description:
      'Schedules the second assembly of a first one opened without quorum (Civil Code art. 3.87 §5): a new meeting with `isSecondConvocation: true` and `firstMeetingId`, on the items of the first agenda given (all by default), which deliberates whatever the attendance. 409 MEETING_NOT_OPENED before the first opened, 409 QUORUM_WAS_REACHED when it had its quorum, 409 SECOND_CONVOCATION_EXISTS the second time; 422 SECOND_CONVOCATION_INVALID when less than 15 Brussels calendar days after the first or on items not on the first agenda. Roles: syndic.',
    status: 201,
    success: MeetingResponse,
    problems: [409, 422],
  })
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
