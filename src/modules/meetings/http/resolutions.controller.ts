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
import { MinutesService } from '../application/minutes.service';
import { ResolutionsService } from '../application/resolutions.service';
import { BallotRequest, MinutesQuery, ProposeResolutionRequest, ResolutionListQuery } from './dto/resolution.request';
import { ClosedResolutionResponse, ResolutionResponse } from './dto/resolution.response';
import { sendAttachment } from '../../../shared/http/attachment';

/** The votes of a general assembly in session (Civil Code art. 3.87-3.88) and its minutes. */
@ApiTags('meetings')
@ApiBearerAuth()
@ApiProblem(400, 401, 403, 404)
@Controller('meetings/:id')
export class ResolutionsController {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly minutes: MinutesService,
  ) {}

  @Post('resolutions')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Put a resolution to the vote',
    description:
      "Opens the vote on a resolution about an item of the meeting's agenda (404 for an item that is not on it), with the majority of Civil Code art. 3.88 it needs: absolute (more than half the votes cast), two_thirds, four_fifths (at least that share of the votes cast) or unanimity (every vote of the building). Abstentions are not votes cast. Only while the meeting is in_session (409 MEETING_NOT_IN_SESSION). Roles: syndic.",
    status: 201,
    success: ResolutionResponse,
    problems: [409, 422],
  })
  async propose(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ProposeResolutionRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResolutionResponse> {
    const resolution = await this.resolutions.propose(tenant, id, body);
    void reply.header('location', `/api/v1/meetings/${id}/resolutions/${resolution.id}`);
    return ResolutionResponse.from(resolution);
  }

  @Get('resolutions')
  @ApiOperationDoc({
    summary: 'List the resolutions of an assembly',
    description: `The meeting's resolutions in the order they were proposed, with their ballots and, once closed, their tally. Roles: syndic, accountant, board_member, owner.`,
    success: pageOf(ResolutionResponse),
  })
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ResolutionListQuery,
  ): Promise<Paginated<ResolutionResponse>> {
    const page = { page: query.page, perPage: query.perPage, sort: 'createdAt', order: query.order ?? 'asc' } as const;
    return paginated(await this.resolutions.list(tenant, id, page), ResolutionResponse.from);
  }

  @Put('resolutions/:resolutionId/votes')
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Record a ballot',
    description:
      "Records or replaces the ballot (for, against or abstain) of an owner present or represented, weighed with its units' votes frozen at opening; a represented owner's ballot names the holder of its proxy. 422 NOT_PRESENT for an absent owner, 422 NO_VOTING_RIGHTS for an owner whose units vote through another co-owner or are suspended; 409 RESOLUTION_CLOSED once the resolution closed, 409 MEETING_NOT_IN_SESSION outside the session. Answers the resolution with its ballots. Roles: syndic.",
    success: ResolutionResponse,
    problems: [409, 422],
  })
  async vote(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('resolutionId', uuidParam('resolutionId')) resolutionId: string,
    @Body() body: BallotRequest,
  ): Promise<ResolutionResponse> {
    return ResolutionResponse.from(await this.resolutions.vote(tenant, id, resolutionId, body));
  }

  @Put('resolutions/:resolutionId/close')
  @HttpCode(200)
  @Roles('syndic')
  @ApiOperationDoc({
    summary: 'Close the vote on a resolution',
    description:
      'Closes the vote: the tally after the vote cap (nobody counts for more than all the other owners present or represented together, Civil Code art. 3.87 §6), the result (adopted or rejected; no vote cast is rejected), the capped voters and the suspended units (jointly held without representative). A closed resolution never changes (409 RESOLUTION_CLOSED). Roles: syndic.',
    success: ClosedResolutionResponse,
    problems: [409],
  })
  async close(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('resolutionId', uuidParam('resolutionId')) resolutionId: string,
  ): Promise<ClosedResolutionResponse> {
    return ClosedResolutionResponse.fromClosed(await this.resolutions.close(tenant, id, resolutionId));
  }

  @Get('minutes.pdf')
  @ApiAcceptLanguage()
  @ApiOperationDoc({
    summary: 'Minutes of the assembly (PDF)',
    description: `The minutes of a completed assembly (PDF in French or Dutch, under the firm's letterhead; \`lang\` or Accept-Language, French by default): attendance and quorum, each resolution with its majority, tally and result, and the names of the owners who voted against or abstained (Civil Code art. 3.87 §10). Named \`proces-verbal-<building>-<date>.pdf\`, in Dutch \`notulen-<building>-<date>.pdf\`. 409 MINUTES_NOT_AVAILABLE before the assembly is completed. Roles: syndic, accountant, board_member, owner.`,
    success: { binary: ['application/pdf'] },
    problems: [409],
  })
  async minutesPdf(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: MinutesQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const preferred = languageFrom(acceptLanguage, 'fr');
    const file = await this.minutes.pdf(tenant, id, query.lang ?? (preferred === 'nl' ? 'nl' : 'fr'));
    return sendAttachment(reply, file.pdf, 'application/pdf', file.fileName);
  }
}
