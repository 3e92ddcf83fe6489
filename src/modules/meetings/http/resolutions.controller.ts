import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { TenantContext } from '../../../shared/domain';
import { Roles, Tenant } from '../../../shared/http/access.decorators';
import { ApiProblem } from '../../../shared/http/api-problem.decorator';
import { languageFrom } from '../../../shared/http/language';
import { ApiPaginatedResponse, paginated, Paginated } from '../../../shared/http/paginated.response';
import { uuidParam } from '../../../shared/http/validation';
import { MinutesService } from '../application/minutes.service';
import { ResolutionsService } from '../application/resolutions.service';
import { BallotRequest, MinutesQuery, ProposeResolutionRequest, ResolutionListQuery } from './dto/resolution.request';
import { ClosedResolutionResponse, ResolutionResponse } from './dto/resolution.response';

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

  /** Puts a resolution on an agenda item to the vote (syndic); only while the meeting is in_session (409). */
  @Post('resolutions')
  @Roles('syndic')
  @ApiCreatedResponse({ type: ResolutionResponse })
  @ApiProblem(409, 422)
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

  /** The meeting's resolutions in the order they were proposed, with their ballots and, once closed, their tally. */
  @Get('resolutions')
  @ApiPaginatedResponse(ResolutionResponse)
  async list(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: ResolutionListQuery,
  ): Promise<Paginated<ResolutionResponse>> {
    const page = { page: query.page, perPage: query.perPage, sort: 'createdAt', order: query.order ?? 'asc' } as const;
    return paginated(await this.resolutions.list(tenant, id, page), ResolutionResponse.from);
  }

  /**
   * Records the ballot of an owner present or represented (422 NOT_PRESENT otherwise; 422 NO_VOTING_RIGHTS for an
   * owner whose units vote through another co-owner or are suspended); changeable until the resolution closes.
   */
  @Put('resolutions/:resolutionId/votes')
  @Roles('syndic')
  @ApiProblem(409, 422)
  async vote(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('resolutionId', uuidParam('resolutionId')) resolutionId: string,
    @Body() body: BallotRequest,
  ): Promise<ResolutionResponse> {
    return ResolutionResponse.from(await this.resolutions.vote(tenant, id, resolutionId, body));
  }

  /** Closes the vote: the tally after the vote cap, the result, the capped voters and the suspended units. */
  @Put('resolutions/:resolutionId/close')
  @HttpCode(200)
  @Roles('syndic')
  @ApiOkResponse({ type: ClosedResolutionResponse })
  @ApiProblem(409)
  async close(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Param('resolutionId', uuidParam('resolutionId')) resolutionId: string,
  ): Promise<ClosedResolutionResponse> {
    return ClosedResolutionResponse.fromClosed(await this.resolutions.close(tenant, id, resolutionId));
  }

  /**
   * The minutes (PDF, French or Dutch) once the meeting is completed (409 MINUTES_NOT_AVAILABLE before), named
   * `proces-verbal-<building>-<date>.pdf`, in Dutch `notulen-<building>-<date>.pdf`.
   */
  @Get('minutes.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiProblem(409)
  async minutesPdf(
    @Tenant() tenant: TenantContext,
    @Param('id', uuidParam('id')) id: string,
    @Query() query: MinutesQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const preferred = languageFrom(acceptLanguage, 'fr');
    const file = await this.minutes.pdf(tenant, id, query.lang ?? (preferred === 'nl' ? 'nl' : 'fr'));
    void reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('x-content-type-options', 'nosniff');
    return file.pdf;
  }
}
